# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import errors
from ..types import UNSET, Unset

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (CustomerAddressUpdate)")
        obj = cls.__new__(cls)
        v = src_dict.get("customer", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("customer", v, "an integer")
        obj.customer = v
        v = src_dict.get("type", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("type", v, "a string")
        obj.type_ = v
        v = src_dict.get("street", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("street", v, "a string")
        obj.street = v
        v = src_dict.get("city", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("city", v, "a string")
        obj.city = v
        v = src_dict.get("postal_code", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("postal_code", v, "a string")
        obj.postal_code = v
        v = src_dict.get("postal_code_location", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("postal_code_location", v, "a string")
        obj.postal_code_location = v
        v = src_dict.get("phone", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("phone", v, "a string")
        obj.phone = v
        v = src_dict.get("fax", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("fax", v, "a string")
        obj.fax = v
        v = src_dict.get("region", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("region", v, "a string")
        obj.region = v
        v = src_dict.get("country", UNSET)
        if v is UNSET:
            obj.country = UNSET
        else:
            try:
                obj.country = _CountryCode_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("country")
        return obj


from ..models.country_code import CountryCode  # noqa: E402  (after the class: import cycles between models resolve)

_CountryCode_from_dict = CountryCode.from_dict
