# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="Company")


@_attrs_define
class Company:
    """The company the API key belongs to."""

    id: str
    """ Company identifier. """
    name: None | str | Unset = UNSET
    """ Company name. """
    tax_id: None | str | Unset = UNSET
    """ Tax number. """
    address: Address | None | Unset = UNSET
    currency: Currency | None | Unset = UNSET
    alt_currency: Currency | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, Address):
            address = self.address.to_dict()
        else:
            address = self.address

        currency: dict[str, Any] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, Currency):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        alt_currency: dict[str, Any] | None | Unset
        if isinstance(self.alt_currency, Unset):
            alt_currency = UNSET
        elif isinstance(self.alt_currency, Currency):
            alt_currency = self.alt_currency.to_dict()
        else:
            alt_currency = self.alt_currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if address is not UNSET:
            field_dict["address"] = address
        if currency is not UNSET:
            field_dict["currency"] = currency
        if alt_currency is not UNSET:
            field_dict["alt_currency"] = alt_currency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (Company)")
        obj = cls.__new__(cls)
        v = src_dict.get("id", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("id", v, "a string")
        obj.id = v
        v = src_dict.get("name", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("name", v, "a string or null")
        obj.name = v
        v = src_dict.get("tax_id", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("tax_id", v, "a string or null")
        obj.tax_id = v
        v = src_dict.get("address", UNSET)
        if v is None or v is UNSET:
            obj.address = v
        else:
            try:
                obj.address = _Address_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("address")

        v = src_dict.get("currency", UNSET)
        if v is None or v is UNSET:
            obj.currency = v
        else:
            try:
                obj.currency = _Currency_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("currency")

        v = src_dict.get("alt_currency", UNSET)
        if v is None or v is UNSET:
            obj.alt_currency = v
        else:
            try:
                obj.alt_currency = _Currency_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("alt_currency")

        if _Company_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _Company_keys}
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
from ..models.currency import Currency  # noqa: E402  (after the class: import cycles between models resolve)

_Address_from_dict = Address.from_dict
_Currency_from_dict = Currency.from_dict

_Company_keys = frozenset(
    (
        "id",
        "name",
        "tax_id",
        "address",
        "currency",
        "alt_currency",
    )
)
