# generated from specs/gks4.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingContact")


@_attrs_define
class BillingContact:
    """The person at the buyer responsible for the invoice."""

    first_name: None | str | Unset = UNSET
    """ First name. """
    last_name: None | str | Unset = UNSET
    """ Last name. """
    email: None | str | Unset = UNSET
    """ E-mail address. """
    phone: None | str | Unset = UNSET
    """ Phone number. """
    phone_mobile: None | str | Unset = UNSET
    """ Mobile phone number. """
    e_invoice_code: None | str | Unset = UNSET
    """ Reference code for electronic invoicing. """

    def to_dict(self) -> dict[str, Any]:
        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        phone_mobile: None | str | Unset
        if isinstance(self.phone_mobile, Unset):
            phone_mobile = UNSET
        else:
            phone_mobile = self.phone_mobile

        e_invoice_code: None | str | Unset
        if isinstance(self.e_invoice_code, Unset):
            e_invoice_code = UNSET
        else:
            e_invoice_code = self.e_invoice_code

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone_mobile is not UNSET:
            field_dict["phoneMobile"] = phone_mobile
        if e_invoice_code is not UNSET:
            field_dict["eInvoiceCode"] = e_invoice_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (BillingContact)")
        obj = cls.__new__(cls)
        v = src_dict.get("firstName", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("firstName", v, "a string or null")
        obj.first_name = v
        v = src_dict.get("lastName", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("lastName", v, "a string or null")
        obj.last_name = v
        v = src_dict.get("email", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("email", v, "a string or null")
        obj.email = v
        v = src_dict.get("phone", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("phone", v, "a string or null")
        obj.phone = v
        v = src_dict.get("phoneMobile", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("phoneMobile", v, "a string or null")
        obj.phone_mobile = v
        v = src_dict.get("eInvoiceCode", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("eInvoiceCode", v, "a string or null")
        obj.e_invoice_code = v
        return obj
