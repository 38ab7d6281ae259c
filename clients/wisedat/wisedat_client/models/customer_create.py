# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerCreate")


@_attrs_define
class CustomerCreate:
    """A new customer. Besides code, name and country, at least one of the two addresses must be sent."""

    code: str
    """ Unique code made of letters and digits only. """
    name: str
    """ Customer name. """
    country: str
    """ ISO 3166-1 code of the customer's country. """
    tax_id: str | Unset = UNSET
    """ Tax number; must be a valid NIF when the country is Portugal. """
    website: str | Unset = UNSET
    """ Web site. """
    email: str | Unset = UNSET
    """ E-mail address. """
    phone: str | Unset = UNSET
    """ Phone number. """
    notes: str | Unset = UNSET
    """ Free notes. """
    currency: str | Unset = UNSET
    """ Currency identifier; the base currency when omitted. """
    birthday: datetime.date | Unset = UNSET
    """ Date of birth (UTC, YYYY-MM-DD). """
    salesman: int | Unset = UNSET
    """ Identifier of the customer's salesman. """
    billing_address: AddressInput | Unset = UNSET
    """ An address sent with a record; street and city are mandatory. Without a country, the owning record's country
    is used. """
    shipping_address: AddressInput | Unset = UNSET
    """ An address sent with a record; street and city are mandatory. Without a country, the owning record's country
    is used. """

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        country = self.country

        tax_id = self.tax_id

        website = self.website

        email = self.email

        phone = self.phone

        notes = self.notes

        currency = self.currency

        birthday: str | Unset = UNSET
        if not isinstance(self.birthday, Unset):
            birthday = self.birthday.isoformat()

        salesman = self.salesman

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        shipping_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_address, Unset):
            shipping_address = self.shipping_address.to_dict()

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
        if website is not UNSET:
            field_dict["website"] = website
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if notes is not UNSET:
            field_dict["notes"] = notes
        if currency is not UNSET:
            field_dict["currency"] = currency
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if salesman is not UNSET:
            field_dict["salesman"] = salesman
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (CustomerCreate)")
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
        v = src_dict.get("website", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("website", v, "a string")
        obj.website = v
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
        v = src_dict.get("currency", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("currency", v, "a string")
        obj.currency = v
        v = src_dict.get("birthday", UNSET)
        if v is UNSET:
            obj.birthday = UNSET
        else:
            if type(v) is not str:
                raise errors.wrong_type("birthday", v, "a string (date)")
            _c_birthday: datetime.date | None
            try:
                _c_birthday = datetime.date.fromisoformat(v)
            except ValueError:
                _c_birthday = None
            if _c_birthday is None:
                raise errors.bad_value("birthday", v, "an ISO 8601 date")
            obj.birthday = _c_birthday
        v = src_dict.get("salesman", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("salesman", v, "an integer")
        obj.salesman = v
        v = src_dict.get("billing_address", UNSET)
        if v is UNSET:
            obj.billing_address = UNSET
        else:
            try:
                obj.billing_address = _AddressInput_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("billing_address")
        v = src_dict.get("shipping_address", UNSET)
        if v is UNSET:
            obj.shipping_address = UNSET
        else:
            try:
                obj.shipping_address = _AddressInput_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("shipping_address")
        return obj


from ..models.address_input import AddressInput  # noqa: E402  (after the class: import cycles between models resolve)

_AddressInput_from_dict = AddressInput.from_dict
