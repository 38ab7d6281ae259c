# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.country_code import CountryCode


T = TypeVar("T", bound="CustomerAddressCreate")


@_attrs_define
class CustomerAddressCreate:
    """A new address for a customer, under a type the customer does not use yet."""

    customer: int
    """ Identifier of the customer. """
    street: str
    """ Street and number. """
    city: str
    """ City. """
    type_: str
    """ Address type; unique per customer. """
    country: CountryCode
    """ Reference to a country by its code. """
    postal_code: str | Unset = UNSET
    """ Postal code; NNNN-NNN when the country is Portugal. """
    postal_code_location: str | Unset = UNSET
    """ Locality the postal code belongs to. """
    phone: str | Unset = UNSET
    """ Phone number. """
    fax: str | Unset = UNSET
    """ Fax number. """
    region: str | Unset = UNSET
    """ Region or district. """

    def to_dict(self) -> dict[str, Any]:
        customer = self.customer

        street = self.street

        city = self.city

        type_ = self.type_

        country = self.country.to_dict()

        postal_code = self.postal_code

        postal_code_location = self.postal_code_location

        phone = self.phone

        fax = self.fax

        region = self.region

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customer": customer,
                "street": street,
                "city": city,
                "type": type_,
                "country": country,
            }
        )
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.country_code import CountryCode  # noqa: PLC0415

        d = dict(src_dict)
        customer = d.pop("customer")

        street = d.pop("street")

        city = d.pop("city")

        type_ = d.pop("type")

        country = CountryCode.from_dict(d.pop("country"))

        postal_code = d.pop("postal_code", UNSET)

        postal_code_location = d.pop("postal_code_location", UNSET)

        phone = d.pop("phone", UNSET)

        fax = d.pop("fax", UNSET)

        region = d.pop("region", UNSET)

        customer_address_create = cls(
            customer=customer,
            street=street,
            city=city,
            type_=type_,
            country=country,
            postal_code=postal_code,
            postal_code_location=postal_code_location,
            phone=phone,
            fax=fax,
            region=region,
        )

        return customer_address_create
