from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


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
    postal_address: Address | Unset = UNSET
    """ A postal address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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
        from ..models.address import Address  # noqa: PLC0415

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
        postal_address: Address | Unset
        if isinstance(_postal_address, Unset):
            postal_address = UNSET
        else:
            postal_address = Address.from_dict(_postal_address)

        customer_create = cls(
            name=name,
            number=number,
            invoice_email=invoice_email,
            corporate_identity_number=corporate_identity_number,
            postal_address=postal_address,
        )

        customer_create.additional_properties = d
        return customer_create

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
