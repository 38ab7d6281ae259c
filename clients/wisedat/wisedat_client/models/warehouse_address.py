# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="WarehouseAddress")


@_attrs_define
class WarehouseAddress:
    """Address of a warehouse."""

    street: None | str | Unset = UNSET
    """ Street and number. """
    city: None | str | Unset = UNSET
    """ City. """
    postal_code: None | str | Unset = UNSET
    """ Postal code. """
    postal_code_location: None | str | Unset = UNSET
    """ Locality the postal code belongs to. """
    phone: None | str | Unset = UNSET
    """ Phone number. """
    fax: None | str | Unset = UNSET
    """ Fax number. """
    country: Country | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street: None | str | Unset
        if isinstance(self.street, Unset):
            street = UNSET
        else:
            street = self.street

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        postal_code_location: None | str | Unset
        if isinstance(self.postal_code_location, Unset):
            postal_code_location = UNSET
        else:
            postal_code_location = self.postal_code_location

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        country: dict[str, Any] | None | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, Country):
            country = self.country.to_dict()
        else:
            country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if street is not UNSET:
            field_dict["street"] = street
        if city is not UNSET:
            field_dict["city"] = city
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if postal_code_location is not UNSET:
            field_dict["postal_code_location"] = postal_code_location
        if phone is not UNSET:
            field_dict["phone"] = phone
        if fax is not UNSET:
            field_dict["fax"] = fax
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (WarehouseAddress)")
        obj = cls.__new__(cls)
        v = src_dict.get("street", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("street", v, "a string or null")
        obj.street = v
        v = src_dict.get("city", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("city", v, "a string or null")
        obj.city = v
        v = src_dict.get("postal_code", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("postal_code", v, "a string or null")
        obj.postal_code = v
        v = src_dict.get("postal_code_location", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("postal_code_location", v, "a string or null")
        obj.postal_code_location = v
        v = src_dict.get("phone", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("phone", v, "a string or null")
        obj.phone = v
        v = src_dict.get("fax", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("fax", v, "a string or null")
        obj.fax = v
        v = src_dict.get("country", UNSET)
        if v is None or v is UNSET:
            obj.country = v
        else:
            try:
                obj.country = _Country_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("country")

        if _WarehouseAddress_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _WarehouseAddress_keys}
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


from ..models.country import Country  # noqa: E402  (after the class: import cycles between models resolve)

_Country_from_dict = Country.from_dict

_WarehouseAddress_keys = frozenset(
    (
        "street",
        "city",
        "postal_code",
        "postal_code_location",
        "phone",
        "fax",
        "country",
    )
)
