# generated from specs/gks4.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_input import AddressInput


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
        from ..models.address_input import AddressInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        number = _parse_number(d.pop("number"))

        def _parse_invoice_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        invoice_email = _parse_invoice_email(d.pop("invoiceEmail"))

        corporate_identity_number = d.pop("corporateIdentityNumber")

        _postal_address = d.pop("postalAddress", UNSET)
        postal_address: AddressInput | Unset
        if isinstance(_postal_address, Unset):
            postal_address = UNSET
        else:
            postal_address = AddressInput.from_dict(_postal_address)

        customer_create = cls(
            name=name,
            number=number,
            invoice_email=invoice_email,
            corporate_identity_number=corporate_identity_number,
            postal_address=postal_address,
        )

        return customer_create
