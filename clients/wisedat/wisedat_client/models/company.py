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
        d = dict(src_dict)
        obj = cls.__new__(cls)
        v = d.pop("id", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("id", v, "a string")
        obj.id = v
        v = d.pop("name", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("name", v, "a string or null")
        obj.name = v
        v = d.pop("tax_id", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("tax_id", v, "a string or null")
        obj.tax_id = v
        v = d.pop("address", UNSET)
        if v is None or v is UNSET:
            obj.address = v
        else:
            try:
                obj.address = Address.from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("address")

        v = d.pop("currency", UNSET)
        if v is None or v is UNSET:
            obj.currency = v
        else:
            try:
                obj.currency = Currency.from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("currency")

        v = d.pop("alt_currency", UNSET)
        if v is None or v is UNSET:
            obj.alt_currency = v
        else:
            try:
                obj.alt_currency = Currency.from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("alt_currency")

        obj.additional_properties = d if d else {}
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
