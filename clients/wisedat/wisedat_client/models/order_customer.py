# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCustomer")


@_attrs_define
class OrderCustomer:
    """The customer of an order, with its addresses."""

    id: int
    """ Customer identifier. """
    code: None | str | Unset = UNSET
    """ Customer code. """
    name: None | str | Unset = UNSET
    """ Customer name. """
    tax_id: None | str | Unset = UNSET
    """ Tax number. """
    email: None | str | Unset = UNSET
    """ E-mail address. """
    phone: None | str | Unset = UNSET
    """ Phone number. """
    active: bool | None | Unset = UNSET
    """ Whether the customer is active. """
    country: Country | None | Unset = UNSET
    billing_address: Address | None | Unset = UNSET
    shipping_address: Address | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        country: dict[str, Any] | None | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, Country):
            country = self.country.to_dict()
        else:
            country = self.country

        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, Address):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        shipping_address: dict[str, Any] | None | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        elif isinstance(self.shipping_address, Address):
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if active is not UNSET:
            field_dict["active"] = active
        if country is not UNSET:
            field_dict["country"] = country
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (OrderCustomer)")
        obj = cls.__new__(cls)
        v = src_dict.get("id", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("id", v, "an integer")
        obj.id = v
        v = src_dict.get("code", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("code", v, "a string or null")
        obj.code = v
        v = src_dict.get("name", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("name", v, "a string or null")
        obj.name = v
        v = src_dict.get("tax_id", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("tax_id", v, "a string or null")
        obj.tax_id = v
        v = src_dict.get("email", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("email", v, "a string or null")
        obj.email = v
        v = src_dict.get("phone", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("phone", v, "a string or null")
        obj.phone = v
        v = src_dict.get("active", UNSET)
        if not (type(v) is bool or v is None or v is UNSET):
            raise errors.wrong_type("active", v, "a boolean or null")
        obj.active = v
        v = src_dict.get("country", UNSET)
        if v is None or v is UNSET:
            obj.country = v
        else:
            try:
                obj.country = _Country_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("country")

        v = src_dict.get("billing_address", UNSET)
        if v is None or v is UNSET:
            obj.billing_address = v
        else:
            try:
                obj.billing_address = _Address_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("billing_address")

        v = src_dict.get("shipping_address", UNSET)
        if v is None or v is UNSET:
            obj.shipping_address = v
        else:
            try:
                obj.shipping_address = _Address_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("shipping_address")

        if _OrderCustomer_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _OrderCustomer_keys}
            obj.additional_properties = d
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.address import Address  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.country import Country  # noqa: E402  (after the class: import cycles between models resolve)

_Address_from_dict = Address.from_dict
_Country_from_dict = Country.from_dict

_OrderCustomer_keys = frozenset(
    (
        "id",
        "code",
        "name",
        "tax_id",
        "email",
        "phone",
        "active",
        "country",
        "billing_address",
        "shipping_address",
    )
)
