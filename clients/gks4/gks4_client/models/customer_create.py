# generated from specs/gks4.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerCreate")


@_attrs_define
class CustomerCreate:
    """A new customer to register in GKS4."""

    name: str
    """ Customer (company) name. """
    number: None | str
    """ Customer number to assign; must be sent, but may be null (presumably GKS4 then assigns one). """
    invoice_email: None | str
    """ E-mail address that receives invoices; must be sent, may be null. """
    corporate_identity_number: str
    """ Corporate identity (organisation) number. """
    postal_address: AddressInput | Unset = UNSET
    """ A postal address sent to GKS4. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        number: None | str
        number = self.number

        invoice_email: None | str
        invoice_email = self.invoice_email

        corporate_identity_number = self.corporate_identity_number

        postal_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postal_address, Unset):
            postal_address = self.postal_address.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "number": number,
                "invoiceEmail": invoice_email,
                "corporateIdentityNumber": corporate_identity_number,
            }
        )
        if postal_address is not UNSET:
            field_dict["postalAddress"] = postal_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (CustomerCreate)")
        obj = cls.__new__(cls)
        v = src_dict.get("name", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("name", v, "a string")
        obj.name = v
        v = src_dict.get("number", UNSET)
        if not (type(v) is str or v is None):
            raise errors.wrong_type("number", v, "a string or null")
        obj.number = v
        v = src_dict.get("invoiceEmail", UNSET)
        if not (type(v) is str or v is None):
            raise errors.wrong_type("invoiceEmail", v, "a string or null")
        obj.invoice_email = v
        v = src_dict.get("corporateIdentityNumber", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("corporateIdentityNumber", v, "a string")
        obj.corporate_identity_number = v
        v = src_dict.get("postalAddress", UNSET)
        if v is UNSET:
            obj.postal_address = UNSET
        else:
            try:
                obj.postal_address = _AddressInput_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("postalAddress")
        return obj


from ..models.address_input import AddressInput  # noqa: E402  (after the class: import cycles between models resolve)

_AddressInput_from_dict = AddressInput.from_dict
