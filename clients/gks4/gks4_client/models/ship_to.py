# generated from specs/gks4.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import errors
from ..types import UNSET, Unset

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (ShipTo)")
        obj = cls.__new__(cls)
        v = src_dict.get("recipientName", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("recipientName", v, "a string or null")
        obj.recipient_name = v
        v = src_dict.get("address", UNSET)
        if v is UNSET:
            obj.address = UNSET
        else:
            try:
                obj.address = _AddressInput_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("address")
        v = src_dict.get("contactName", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("contactName", v, "a string or null")
        obj.contact_name = v
        v = src_dict.get("contactMobilePhone", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("contactMobilePhone", v, "a string or null")
        obj.contact_mobile_phone = v
        v = src_dict.get("contactEmail", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("contactEmail", v, "a string or null")
        obj.contact_email = v
        return obj


from ..models.address_input import AddressInput  # noqa: E402  (after the class: import cycles between models resolve)

_AddressInput_from_dict = AddressInput.from_dict
