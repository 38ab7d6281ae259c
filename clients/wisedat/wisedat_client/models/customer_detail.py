from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.country import Country
    from ..models.currency import Currency
    from ..models.customer_address import CustomerAddress
    from ..models.delivery_method import DeliveryMethod
    from ..models.payment_condition import PaymentCondition
    from ..models.payment_method import PaymentMethod
    from ..models.salesman_summary import SalesmanSummary


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
        from ..models.address import Address  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.delivery_method import DeliveryMethod  # noqa: PLC0415
        from ..models.payment_condition import PaymentCondition  # noqa: PLC0415
        from ..models.payment_method import PaymentMethod  # noqa: PLC0415
        from ..models.salesman_summary import SalesmanSummary  # noqa: PLC0415

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
        from ..models.address import Address  # noqa: PLC0415
        from ..models.country import Country  # noqa: PLC0415
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.customer_address import CustomerAddress  # noqa: PLC0415
        from ..models.delivery_method import DeliveryMethod  # noqa: PLC0415
        from ..models.payment_condition import PaymentCondition  # noqa: PLC0415
        from ..models.payment_method import PaymentMethod  # noqa: PLC0415
        from ..models.salesman_summary import SalesmanSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_tax_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_id = _parse_tax_id(d.pop("tax_id", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_country(data: object) -> Country | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                country_type_1 = Country.from_dict(data)

                return country_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Country | None | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_birthday(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birthday_type_0 = datetime.date.fromisoformat(data)

                return birthday_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        birthday = _parse_birthday(d.pop("birthday", UNSET))

        def _parse_payment_method(data: object) -> None | PaymentMethod | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_method_type_1 = PaymentMethod.from_dict(data)

                return payment_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethod | Unset, data)

        payment_method = _parse_payment_method(d.pop("payment_method", UNSET))

        def _parse_payment_condition(data: object) -> None | PaymentCondition | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payment_condition_type_1 = PaymentCondition.from_dict(data)

                return payment_condition_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentCondition | Unset, data)

        payment_condition = _parse_payment_condition(d.pop("payment_condition", UNSET))

        def _parse_delivery_method(data: object) -> DeliveryMethod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delivery_method_type_1 = DeliveryMethod.from_dict(data)

                return delivery_method_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeliveryMethod | None | Unset, data)

        delivery_method = _parse_delivery_method(d.pop("delivery_method", UNSET))

        def _parse_currency(data: object) -> Currency | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                currency_type_1 = Currency.from_dict(data)

                return currency_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Currency | None | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_salesman(data: object) -> None | SalesmanSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                salesman_type_1 = SalesmanSummary.from_dict(data)

                return salesman_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SalesmanSummary | Unset, data)

        salesman = _parse_salesman(d.pop("salesman", UNSET))

        def _parse_billing_address(data: object) -> Address | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_address_type_1 = Address.from_dict(data)

                return billing_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Address | None | Unset, data)

        billing_address = _parse_billing_address(d.pop("billing_address", UNSET))

        def _parse_shipping_address(data: object) -> Address | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_address_type_1 = Address.from_dict(data)

                return shipping_address_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Address | None | Unset, data)

        shipping_address = _parse_shipping_address(d.pop("shipping_address", UNSET))

        def _parse_other_addresses(data: object) -> list[CustomerAddress] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                other_addresses_type_0 = []
                _other_addresses_type_0 = data
                for other_addresses_type_0_item_data in _other_addresses_type_0:
                    other_addresses_type_0_item = CustomerAddress.from_dict(other_addresses_type_0_item_data)

                    other_addresses_type_0.append(other_addresses_type_0_item)

                return other_addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomerAddress] | None | Unset, data)

        other_addresses = _parse_other_addresses(d.pop("other_addresses", UNSET))

        customer_detail = cls(
            id=id,
            code=code,
            name=name,
            tax_id=tax_id,
            website=website,
            email=email,
            phone=phone,
            notes=notes,
            active=active,
            country=country,
            birthday=birthday,
            payment_method=payment_method,
            payment_condition=payment_condition,
            delivery_method=delivery_method,
            currency=currency,
            salesman=salesman,
            billing_address=billing_address,
            shipping_address=shipping_address,
            other_addresses=other_addresses,
        )

        customer_detail.additional_properties = d
        return customer_detail

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
