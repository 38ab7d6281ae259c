# generated from specs/gks4.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_input import AddressInput


T = TypeVar("T", bound="ShipTo")


@_attrs_define
class ShipTo:
    """Delivery recipient and address of an allotment."""

    recipient_name: None | str | Unset = UNSET
    """ Name of the receiving person or company. """
    address: AddressInput | Unset = UNSET
    """ A postal address sent to GKS4. """
    contact_name: None | str | Unset = UNSET
    """ Contact person at the delivery address. """
    contact_mobile_phone: None | str | Unset = UNSET
    """ Mobile phone number of the contact person. """
    contact_email: None | str | Unset = UNSET
    """ E-mail address of the contact person. """

    def to_dict(self) -> dict[str, Any]:
        recipient_name: None | str | Unset
        if isinstance(self.recipient_name, Unset):
            recipient_name = UNSET
        else:
            recipient_name = self.recipient_name

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        contact_mobile_phone: None | str | Unset
        if isinstance(self.contact_mobile_phone, Unset):
            contact_mobile_phone = UNSET
        else:
            contact_mobile_phone = self.contact_mobile_phone

        contact_email: None | str | Unset
        if isinstance(self.contact_email, Unset):
            contact_email = UNSET
        else:
            contact_email = self.contact_email

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if recipient_name is not UNSET:
            field_dict["recipientName"] = recipient_name
        if address is not UNSET:
            field_dict["address"] = address
        if contact_name is not UNSET:
            field_dict["contactName"] = contact_name
        if contact_mobile_phone is not UNSET:
            field_dict["contactMobilePhone"] = contact_mobile_phone
        if contact_email is not UNSET:
            field_dict["contactEmail"] = contact_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_input import AddressInput  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_recipient_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recipient_name = _parse_recipient_name(d.pop("recipientName", UNSET))

        _address = d.pop("address", UNSET)
        address: AddressInput | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = AddressInput.from_dict(_address)

        def _parse_contact_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_name = _parse_contact_name(d.pop("contactName", UNSET))

        def _parse_contact_mobile_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_mobile_phone = _parse_contact_mobile_phone(d.pop("contactMobilePhone", UNSET))

        def _parse_contact_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_email = _parse_contact_email(d.pop("contactEmail", UNSET))

        ship_to = cls(
            recipient_name=recipient_name,
            address=address,
            contact_name=contact_name,
            contact_mobile_phone=contact_mobile_phone,
            contact_email=contact_email,
        )

        return ship_to
