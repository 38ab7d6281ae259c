# generated from specs/gks4.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """A customer as returned by GKS4."""

    number: str
    """ The GKS4 customer number. """
    name: None | str | Unset = UNSET
    """ Customer (company) name. """
    invoice_email: None | str | Unset = UNSET
    """ E-mail address that receives invoices. """
    postal_address: Address | None | Unset = UNSET
    corporate_identity_number: None | str | Unset = UNSET
    """ Corporate identity (organisation) number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        invoice_email: None | str | Unset
        if isinstance(self.invoice_email, Unset):
            invoice_email = UNSET
        else:
            invoice_email = self.invoice_email

        postal_address: dict[str, Any] | None | Unset
        if isinstance(self.postal_address, Unset):
            postal_address = UNSET
        elif isinstance(self.postal_address, Address):
            postal_address = self.postal_address.to_dict()
        else:
            postal_address = self.postal_address

        corporate_identity_number: None | str | Unset
        if isinstance(self.corporate_identity_number, Unset):
            corporate_identity_number = UNSET
        else:
            corporate_identity_number = self.corporate_identity_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if invoice_email is not UNSET:
            field_dict["invoiceEmail"] = invoice_email
        if postal_address is not UNSET:
            field_dict["postalAddress"] = postal_address
        if corporate_identity_number is not UNSET:
            field_dict["corporateIdentityNumber"] = corporate_identity_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (Customer)")
        obj = cls.__new__(cls)
        v = src_dict.get("number", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("number", v, "a string")
        obj.number = v
        v = src_dict.get("name", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("name", v, "a string or null")
        obj.name = v
        v = src_dict.get("invoiceEmail", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("invoiceEmail", v, "a string or null")
        obj.invoice_email = v
        v = src_dict.get("postalAddress", UNSET)
        if v is None or v is UNSET:
            obj.postal_address = v
        else:
            try:
                obj.postal_address = _Address_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("postalAddress")

        v = src_dict.get("corporateIdentityNumber", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("corporateIdentityNumber", v, "a string or null")
        obj.corporate_identity_number = v
        if _Customer_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _Customer_keys}
            obj.additional_properties = d
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.address import Address  # noqa: E402  (after the class: import cycles between models resolve)

_Address_from_dict = Address.from_dict

_Customer_keys = frozenset(
    (
        "number",
        "name",
        "invoiceEmail",
        "postalAddress",
        "corporateIdentityNumber",
    )
)
