from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


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
        from ..models.address import Address  # noqa: PLC0415

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
        from ..models.address import Address  # noqa: PLC0415

        d = dict(src_dict)
        number = d.pop("number")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_invoice_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_email = _parse_invoice_email(d.pop("invoiceEmail", UNSET))

        def _parse_postal_address(data: object) -> Address | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                postal_address_type_1 = Address.from_dict(data)

                return postal_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Address | None | Unset, data)

        postal_address = _parse_postal_address(d.pop("postalAddress", UNSET))

        def _parse_corporate_identity_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        corporate_identity_number = _parse_corporate_identity_number(d.pop("corporateIdentityNumber", UNSET))

        customer = cls(
            number=number,
            name=name,
            invoice_email=invoice_email,
            postal_address=postal_address,
            corporate_identity_number=corporate_identity_number,
        )

        customer.additional_properties = d
        return customer

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
