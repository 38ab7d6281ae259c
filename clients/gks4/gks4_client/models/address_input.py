# generated from specs/gks4.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressInput")


@_attrs_define
class AddressInput:
    """A postal address sent to GKS4."""

    address1: None | str | Unset = UNSET
    """ First address line (street and number). """
    address2: None | str | Unset = UNSET
    """ Second address line. """
    address3: None | str | Unset = UNSET
    """ Third address line. """
    city: None | str | Unset = UNSET
    """ City or town. """
    zip_code: None | str | Unset = UNSET
    """ Postal code. """
    state: None | str | Unset = UNSET
    """ State, county or region. """
    country_code: None | str | Unset = UNSET
    """ Country code (two letters in the examples, e.g. SE). """

    def to_dict(self) -> dict[str, Any]:
        address1: None | str | Unset
        if isinstance(self.address1, Unset):
            address1 = UNSET
        else:
            address1 = self.address1

        address2: None | str | Unset
        if isinstance(self.address2, Unset):
            address2 = UNSET
        else:
            address2 = self.address2

        address3: None | str | Unset
        if isinstance(self.address3, Unset):
            address3 = UNSET
        else:
            address3 = self.address3

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        zip_code: None | str | Unset
        if isinstance(self.zip_code, Unset):
            zip_code = UNSET
        else:
            zip_code = self.zip_code

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if address3 is not UNSET:
            field_dict["address3"] = address3
        if city is not UNSET:
            field_dict["city"] = city
        if zip_code is not UNSET:
            field_dict["zipCode"] = zip_code
        if state is not UNSET:
            field_dict["state"] = state
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (AddressInput)")
        obj = cls.__new__(cls)
        v = src_dict.get("address1", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("address1", v, "a string or null")
        obj.address1 = v
        v = src_dict.get("address2", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("address2", v, "a string or null")
        obj.address2 = v
        v = src_dict.get("address3", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("address3", v, "a string or null")
        obj.address3 = v
        v = src_dict.get("city", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("city", v, "a string or null")
        obj.city = v
        v = src_dict.get("zipCode", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("zipCode", v, "a string or null")
        obj.zip_code = v
        v = src_dict.get("state", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("state", v, "a string or null")
        obj.state = v
        v = src_dict.get("countryCode", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("countryCode", v, "a string or null")
        obj.country_code = v
        return obj
