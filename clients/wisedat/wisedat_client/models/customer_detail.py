# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerDetail")


@_attrs_define
class CustomerDetail:
    """The full record of one customer."""

    id: int
    """ Customer identifier. """
    code: None | str | Unset = UNSET
    """ Customer code. """
    name: None | str | Unset = UNSET
    """ Customer name. """
    tax_id: None | str | Unset = UNSET
    """ Tax number. """
    website: None | str | Unset = UNSET
    """ Web site. """
    email: None | str | Unset = UNSET
    """ E-mail address. """
    phone: None | str | Unset = UNSET
    """ Phone number. """
    notes: None | str | Unset = UNSET
    """ Free notes. """
    active: bool | None | Unset = UNSET
    """ Whether the customer is active. """
    country: Country | None | Unset = UNSET
    birthday: datetime.date | None | Unset = UNSET
    """ Date of birth (UTC). """
    payment_method: None | PaymentMethod | Unset = UNSET
    payment_condition: None | PaymentCondition | Unset = UNSET
    delivery_method: DeliveryMethod | None | Unset = UNSET
    currency: Currency | None | Unset = UNSET
    salesman: None | SalesmanSummary | Unset = UNSET
    billing_address: Address | None | Unset = UNSET
    shipping_address: Address | None | Unset = UNSET
    other_addresses: list[CustomerAddress] | None | Unset = UNSET
    """ Additional addresses, each with its type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

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

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        country: dict[str, Any] | None | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        elif isinstance(self.country, Country):
            country = self.country.to_dict()
        else:
            country = self.country

        birthday: None | str | Unset
        if isinstance(self.birthday, Unset):
            birthday = UNSET
        elif isinstance(self.birthday, datetime.date):
            birthday = self.birthday.isoformat()
        else:
            birthday = self.birthday

        payment_method: dict[str, Any] | None | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        elif isinstance(self.payment_method, PaymentMethod):
            payment_method = self.payment_method.to_dict()
        else:
            payment_method = self.payment_method

        payment_condition: dict[str, Any] | None | Unset
        if isinstance(self.payment_condition, Unset):
            payment_condition = UNSET
        elif isinstance(self.payment_condition, PaymentCondition):
            payment_condition = self.payment_condition.to_dict()
        else:
            payment_condition = self.payment_condition

        delivery_method: dict[str, Any] | None | Unset
        if isinstance(self.delivery_method, Unset):
            delivery_method = UNSET
        elif isinstance(self.delivery_method, DeliveryMethod):
            delivery_method = self.delivery_method.to_dict()
        else:
            delivery_method = self.delivery_method

        currency: dict[str, Any] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, Currency):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

        salesman: dict[str, Any] | None | Unset
        if isinstance(self.salesman, Unset):
            salesman = UNSET
        elif isinstance(self.salesman, SalesmanSummary):
            salesman = self.salesman.to_dict()
        else:
            salesman = self.salesman

        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, Address):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        shipping_address: dict[str, Any] | None | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        elif isinstance(self.shipping_address, Address):
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

        other_addresses: list[dict[str, Any]] | None | Unset
        if isinstance(self.other_addresses, Unset):
            other_addresses = UNSET
        elif isinstance(self.other_addresses, list):
            other_addresses = []
            for other_addresses_type_0_item_data in self.other_addresses:
                other_addresses_type_0_item = other_addresses_type_0_item_data.to_dict()
                other_addresses.append(other_addresses_type_0_item)

        else:
            other_addresses = self.other_addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
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
        if active is not UNSET:
            field_dict["active"] = active
        if country is not UNSET:
            field_dict["country"] = country
        if birthday is not UNSET:
            field_dict["birthday"] = birthday
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if payment_condition is not UNSET:
            field_dict["payment_condition"] = payment_condition
        if delivery_method is not UNSET:
            field_dict["delivery_method"] = delivery_method
        if currency is not UNSET:
            field_dict["currency"] = currency
        if salesman is not UNSET:
            field_dict["salesman"] = salesman
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if other_addresses is not UNSET:
            field_dict["other_addresses"] = other_addresses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (CustomerDetail)")
        obj = cls.__new__(cls)
        v = src_dict.get("id", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("id", v, "an integer")
        obj.id = v
        v = src_dict.get("code", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("code", v, "a string or null")
        obj.code = v
        v = src_dict.get("name", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("name", v, "a string or null")
        obj.name = v
        v = src_dict.get("tax_id", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("tax_id", v, "a string or null")
        obj.tax_id = v
        v = src_dict.get("website", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("website", v, "a string or null")
        obj.website = v
        v = src_dict.get("email", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("email", v, "a string or null")
        obj.email = v
        v = src_dict.get("phone", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("phone", v, "a string or null")
        obj.phone = v
        v = src_dict.get("notes", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("notes", v, "a string or null")
        obj.notes = v
        v = src_dict.get("active", UNSET)
        if not (type(v) is bool or v is None or v is UNSET):
            raise errors.wrong_type("active", v, "a boolean or null")
        obj.active = v
        v = src_dict.get("country", UNSET)
        if v is None or v is UNSET:
            obj.country = v
        else:
            try:
                obj.country = _Country_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("country")

        v = src_dict.get("birthday", UNSET)
        if v is None or v is UNSET:
            obj.birthday = v
        else:
            if type(v) is not str:
                raise errors.wrong_type("birthday", v, "a string (date)")
            _c_birthday: datetime.date | None
            try:
                _c_birthday = datetime.date.fromisoformat(v)
            except ValueError:
                _c_birthday = None
            if _c_birthday is None:
                raise errors.bad_value("birthday", v, "an ISO 8601 date")
            obj.birthday = _c_birthday

        v = src_dict.get("payment_method", UNSET)
        if v is None or v is UNSET:
            obj.payment_method = v
        else:
            try:
                obj.payment_method = _PaymentMethod_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("payment_method")

        v = src_dict.get("payment_condition", UNSET)
        if v is None or v is UNSET:
            obj.payment_condition = v
        else:
            try:
                obj.payment_condition = _PaymentCondition_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("payment_condition")

        v = src_dict.get("delivery_method", UNSET)
        if v is None or v is UNSET:
            obj.delivery_method = v
        else:
            try:
                obj.delivery_method = _DeliveryMethod_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("delivery_method")

        v = src_dict.get("currency", UNSET)
        if v is None or v is UNSET:
            obj.currency = v
        else:
            try:
                obj.currency = _Currency_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("currency")

        v = src_dict.get("salesman", UNSET)
        if v is None or v is UNSET:
            obj.salesman = v
        else:
            try:
                obj.salesman = _SalesmanSummary_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("salesman")

        v = src_dict.get("billing_address", UNSET)
        if v is None or v is UNSET:
            obj.billing_address = v
        else:
            try:
                obj.billing_address = _Address_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("billing_address")

        v = src_dict.get("shipping_address", UNSET)
        if v is None or v is UNSET:
            obj.shipping_address = v
        else:
            try:
                obj.shipping_address = _Address_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("shipping_address")

        v = src_dict.get("other_addresses", UNSET)
        if v is None or v is UNSET:
            obj.other_addresses = v
        else:
            if type(v) is not list:
                raise errors.wrong_type("other_addresses", v, "an array")
            _p_other_addresses = _CustomerAddress_from_dict
            try:
                obj.other_addresses = [_p_other_addresses(_x0) for _x0 in v] if v else []
            except errors.ParseFailure:
                raise errors.item_failure("other_addresses", v, _p_other_addresses) from None

        if _CustomerDetail_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CustomerDetail_keys}
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
from ..models.country import Country  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.currency import Currency  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.customer_address import CustomerAddress  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.delivery_method import DeliveryMethod  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.payment_condition import PaymentCondition  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.payment_method import PaymentMethod  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.salesman_summary import SalesmanSummary  # noqa: E402  (after the class: import cycles between models resolve)

_Address_from_dict = Address.from_dict
_Country_from_dict = Country.from_dict
_Currency_from_dict = Currency.from_dict
_CustomerAddress_from_dict = CustomerAddress.from_dict
_DeliveryMethod_from_dict = DeliveryMethod.from_dict
_PaymentCondition_from_dict = PaymentCondition.from_dict
_PaymentMethod_from_dict = PaymentMethod.from_dict
_SalesmanSummary_from_dict = SalesmanSummary.from_dict

_CustomerDetail_keys = frozenset(
    (
        "id",
        "code",
        "name",
        "tax_id",
        "website",
        "email",
        "phone",
        "notes",
        "active",
        "country",
        "birthday",
        "payment_method",
        "payment_condition",
        "delivery_method",
        "currency",
        "salesman",
        "billing_address",
        "shipping_address",
        "other_addresses",
    )
)
