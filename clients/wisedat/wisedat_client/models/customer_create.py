# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_input import AddressInput


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
        from ..models.address_input import AddressInput  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        country = d.pop("country")

        tax_id = d.pop("tax_id", UNSET)

        website = d.pop("website", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        notes = d.pop("notes", UNSET)

        currency = d.pop("currency", UNSET)

        _birthday = d.pop("birthday", UNSET)
        birthday: datetime.date | Unset
        if isinstance(_birthday, Unset):
            birthday = UNSET
        else:
            birthday = datetime.date.fromisoformat(_birthday)

        salesman = d.pop("salesman", UNSET)

        _billing_address = d.pop("billing_address", UNSET)
        billing_address: AddressInput | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = AddressInput.from_dict(_billing_address)

        _shipping_address = d.pop("shipping_address", UNSET)
        shipping_address: AddressInput | Unset
        if isinstance(_shipping_address, Unset):
            shipping_address = UNSET
        else:
            shipping_address = AddressInput.from_dict(_shipping_address)

        customer_create = cls(
            code=code,
            name=name,
            country=country,
            tax_id=tax_id,
            website=website,
            email=email,
            phone=phone,
            notes=notes,
            currency=currency,
            birthday=birthday,
            salesman=salesman,
            billing_address=billing_address,
            shipping_address=shipping_address,
        )

        return customer_create
