# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.country import Country


T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """A postal address with contacts."""

    street: str | Unset = UNSET
    """ Street and number. """
    city: str | Unset = UNSET
    """ City. """
    postal_code: str | Unset = UNSET
    """ Postal code. """
    postal_code_location: str | Unset = UNSET
    """ Locality the postal code belongs to. """
    phone: str | Unset = UNSET
    """ Phone number. """
    fax: str | Unset = UNSET
    """ Fax number. """
    region: str | Unset = UNSET
    """ Region or district. """
    country: Country | Unset = UNSET
    """ A country. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street = self.street

        city = self.city

        postal_code = self.postal_code

        postal_code_location = self.postal_code_location

        phone = self.phone

        fax = self.fax

        region = self.region

        country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.country, Unset):
            country = self.country.to_dict()

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
        if region is not UNSET:
            field_dict["region"] = region
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.country import Country  # noqa: PLC0415

        d = dict(src_dict)
        street = d.pop("street", UNSET)

        city = d.pop("city", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        postal_code_location = d.pop("postal_code_location", UNSET)

        phone = d.pop("phone", UNSET)

        fax = d.pop("fax", UNSET)

        region = d.pop("region", UNSET)

        _country = d.pop("country", UNSET)
        country: Country | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = Country.from_dict(_country)

        address = cls(
            street=street,
            city=city,
            postal_code=postal_code,
            postal_code_location=postal_code_location,
            phone=phone,
            fax=fax,
            region=region,
            country=country,
        )

        address.additional_properties = d
        return address

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
