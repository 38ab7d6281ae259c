# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_input import AddressInput


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
        from ..models.address_input import AddressInput  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        country = d.pop("country")

        tax_id = d.pop("tax_id", UNSET)

        commission = d.pop("commission", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        notes = d.pop("notes", UNSET)

        _address = d.pop("address", UNSET)
        address: AddressInput | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = AddressInput.from_dict(_address)

        salesman_create = cls(
            code=code,
            name=name,
            country=country,
            tax_id=tax_id,
            commission=commission,
            email=email,
            phone=phone,
            notes=notes,
            address=address,
        )

        return salesman_create
