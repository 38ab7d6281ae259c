# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="SupplierUpdate")


@_attrs_define
class SupplierUpdate:
    """Changes to an existing supplier; only `id` is mandatory."""

    id: int
    """ Identifier of the supplier to change. """
    name: str | Unset = UNSET
    """ Supplier name. """
    tax_id: str | Unset = UNSET
    """ Tax number; ignored when one is already on file. """
    email: str | Unset = UNSET
    """ E-mail address. """
    phone: str | Unset = UNSET
    """ Phone number. """
    notes: str | Unset = UNSET
    """ Free notes. """
    country: str | Unset = UNSET
    """ ISO 3166-1 code of the supplier's country. """
    address: AddressUpdate | Unset = UNSET
    """ Address changes of a salesman or supplier. Street and city become mandatory only when the record has no
    address yet, which the server checks. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        tax_id = self.tax_id

        email = self.email

        phone = self.phone

        notes = self.notes

        country = self.country

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if notes is not UNSET:
            field_dict["notes"] = notes
        if country is not UNSET:
            field_dict["country"] = country
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (SupplierUpdate)")
        obj = cls.__new__(cls)
        v = src_dict.get("id", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("id", v, "an integer")
        obj.id = v
        v = src_dict.get("name", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("name", v, "a string")
        obj.name = v
        v = src_dict.get("tax_id", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("tax_id", v, "a string")
        obj.tax_id = v
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
        v = src_dict.get("country", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("country", v, "a string")
        obj.country = v
        v = src_dict.get("address", UNSET)
        if v is UNSET:
            obj.address = UNSET
        else:
            try:
                obj.address = _AddressUpdate_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("address")
        return obj


from ..models.address_update import AddressUpdate  # noqa: E402  (after the class: import cycles between models resolve)

_AddressUpdate_from_dict = AddressUpdate.from_dict
