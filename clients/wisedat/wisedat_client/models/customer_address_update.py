# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.country_code import CountryCode


T = TypeVar("T", bound="CustomerAddressUpdate")


@_attrs_define
class CustomerAddressUpdate:
    """Changes to the address of a given type of a customer."""

    customer: int
    """ Identifier of the customer. """
    type_: str
    """ Type of the address to change. """
    street: str | Unset = UNSET
    """ Street and number. """
    city: str | Unset = UNSET
    """ City. """
    postal_code: str | Unset = UNSET
    """ Postal code; when the country is Portugal, this value (or the stored one if omitted) must read NNNN-NNN. """
    postal_code_location: str | Unset = UNSET
    """ Locality the postal code belongs to. """
    phone: str | Unset = UNSET
    """ Phone number. """
    fax: str | Unset = UNSET
    """ Fax number. """
    region: str | Unset = UNSET
    """ Region or district. """
    country: CountryCode | Unset = UNSET
    """ Reference to a country by its code. """

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer

        type_ = self.type_

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

        field_dict.update(
            {
                "customer": customer,
                "type": type_,
            }
        )
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
        from ..models.country_code import CountryCode  # noqa: PLC0415

        d = dict(src_dict)
        customer = d.pop("customer")

        type_ = d.pop("type")

        street = d.pop("street", UNSET)

        city = d.pop("city", UNSET)

        postal_code = d.pop("postal_code", UNSET)

        postal_code_location = d.pop("postal_code_location", UNSET)

        phone = d.pop("phone", UNSET)

        fax = d.pop("fax", UNSET)

        region = d.pop("region", UNSET)

        _country = d.pop("country", UNSET)
        country: CountryCode | Unset
        if isinstance(_country, Unset):
            country = UNSET
        else:
            country = CountryCode.from_dict(_country)

        customer_address_update = cls(
            customer=customer,
            type_=type_,
            street=street,
            city=city,
            postal_code=postal_code,
            postal_code_location=postal_code_location,
            phone=phone,
            fax=fax,
            region=region,
            country=country,
        )

        return customer_address_update
