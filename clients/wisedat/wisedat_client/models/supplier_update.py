# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_update import AddressUpdate


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
        from ..models.address_update import AddressUpdate  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        tax_id = d.pop("tax_id", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        notes = d.pop("notes", UNSET)

        country = d.pop("country", UNSET)

        _address = d.pop("address", UNSET)
        address: AddressUpdate | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = AddressUpdate.from_dict(_address)

        supplier_update = cls(
            id=id,
            name=name,
            tax_id=tax_id,
            email=email,
            phone=phone,
            notes=notes,
            country=country,
            address=address,
        )

        return supplier_update
