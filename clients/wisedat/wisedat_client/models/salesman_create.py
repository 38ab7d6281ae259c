# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesmanCreate")


@_attrs_define
class SalesmanCreate:
    """A new salesman."""

    code: str
    """ Unique code made of letters and digits only. """
    name: str
    """ Salesman name. """
    country: str
    """ ISO 3166-1 code of the salesman's country. """
    tax_id: str | Unset = UNSET
    """ Tax number; must be a valid NIF when the country is Portugal. """
    commission: float | Unset = UNSET
    """ Commission, as a percentage between 0 and 100. """
    email: str | Unset = UNSET
    """ E-mail address. """
    phone: str | Unset = UNSET
    """ Phone number. """
    notes: str | Unset = UNSET
    """ Free notes. """
    address: AddressInput | Unset = UNSET
    """ An address sent with a record; street and city are mandatory. Without a country, the owning record's country
    is used. """

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        country = self.country

        tax_id = self.tax_id

        commission = self.commission

        email = self.email

        phone = self.phone

        notes = self.notes

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
                "name": name,
                "country": country,
            }
        )
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if commission is not UNSET:
            field_dict["commission"] = commission
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if notes is not UNSET:
            field_dict["notes"] = notes
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (SalesmanCreate)")
        obj = cls.__new__(cls)
        v = src_dict.get("code", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("code", v, "a string")
        obj.code = v
        v = src_dict.get("name", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("name", v, "a string")
        obj.name = v
        v = src_dict.get("country", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("country", v, "a string")
        obj.country = v
        v = src_dict.get("tax_id", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("tax_id", v, "a string")
        obj.tax_id = v
        v = src_dict.get("commission", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("commission", v, "a number")
        obj.commission = v
        v = src_dict.get("email", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("email", v, "a string")
        obj.email = v
        v = src_dict.get("phone", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("phone", v, "a string")
        obj.phone = v
        v = src_dict.get("notes", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("notes", v, "a string")
        obj.notes = v
        v = src_dict.get("address", UNSET)
        if v is UNSET:
            obj.address = UNSET
        else:
            try:
                obj.address = _AddressInput_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("address")
        return obj


from ..models.address_input import AddressInput  # noqa: E402  (after the class: import cycles between models resolve)

_AddressInput_from_dict = AddressInput.from_dict
