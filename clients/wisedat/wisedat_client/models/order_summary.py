from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.customer_summary import CustomerSummary
    from ..models.delivery_method import DeliveryMethod
    from ..models.payment_condition import PaymentCondition
    from ..models.payment_method import PaymentMethod
    from ..models.sales_document import SalesDocument
    from ..models.series import Series


T = TypeVar("T", bound="OrderSummary")


@_attrs_define
class OrderSummary:
    """An order as it appears in a list (without lines)."""

    id: str
    """ Order identifier. """
    customer: CustomerSummary | Unset = UNSET
    """ A customer as it appears in a list. """
    series: Series | Unset = UNSET
    """ A document series. """
    delivery_method: DeliveryMethod | Unset = UNSET
    """ A delivery method. """
    payment_condition: PaymentCondition | Unset = UNSET
    """ A payment condition (payment terms). """
    payment_method: PaymentMethod | Unset = UNSET
    """ A payment method. """
    sales_document: SalesDocument | Unset = UNSET
    """ A kind of sales document. """
    currency: Currency | Unset = UNSET
    """ A currency. """
    exchange_rate: float | None | Unset = UNSET
    """ Exchange rate to the base currency. """
    date: datetime.date | None | Unset = UNSET
    """ Order date (UTC). """
    expiration_date: datetime.date | None | Unset = UNSET
    """ Expiration date (UTC). """
    canceled: bool | None | Unset = UNSET
    """ Whether the order was cancelled. """
    closed: bool | None | Unset = UNSET
    """ Whether the order is closed. """
    merchandise: float | None | Unset = UNSET
    """ Total of the merchandise/service lines (type 1). """
    postage: float | None | Unset = UNSET
    """ Total of the postage lines (type 2). """
    discounts: float | None | Unset = UNSET
    """ Total of the value-discount lines (types 4 and 5). """
    subtotal: float | None | Unset = UNSET
    """ Merchandise plus postage minus discounts. """
    taxes: float | None | Unset = UNSET
    """ Total tax of the lines (all types except 3 and 6). """
    adjustment: float | None | Unset = UNSET
    """ Total of the adjustment lines (type 3). """
    total: float | None | Unset = UNSET
    """ Subtotal plus taxes minus adjustment. """
    entity_discount: float | None | Unset = UNSET
    """ Customer discount, as a percentage. """
    financial_discount: float | None | Unset = UNSET
    """ Financial discount, as a percentage. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.series, Unset):
            series = self.series.to_dict()

        delivery_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_method, Unset):
            delivery_method = self.delivery_method.to_dict()

        payment_condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_condition, Unset):
            payment_condition = self.payment_condition.to_dict()

        payment_method: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.to_dict()

        sales_document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_document, Unset):
            sales_document = self.sales_document.to_dict()

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        exchange_rate: float | None | Unset
        if isinstance(self.exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = self.exchange_rate

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.date):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        canceled: bool | None | Unset
        if isinstance(self.canceled, Unset):
            canceled = UNSET
        else:
            canceled = self.canceled

        closed: bool | None | Unset
        if isinstance(self.closed, Unset):
            closed = UNSET
        else:
            closed = self.closed

        merchandise: float | None | Unset
        if isinstance(self.merchandise, Unset):
            merchandise = UNSET
        else:
            merchandise = self.merchandise

        postage: float | None | Unset
        if isinstance(self.postage, Unset):
            postage = UNSET
        else:
            postage = self.postage

        discounts: float | None | Unset
        if isinstance(self.discounts, Unset):
            discounts = UNSET
        else:
            discounts = self.discounts

        subtotal: float | None | Unset
        if isinstance(self.subtotal, Unset):
            subtotal = UNSET
        else:
            subtotal = self.subtotal

        taxes: float | None | Unset
        if isinstance(self.taxes, Unset):
            taxes = UNSET
        else:
            taxes = self.taxes

        adjustment: float | None | Unset
        if isinstance(self.adjustment, Unset):
            adjustment = UNSET
        else:
            adjustment = self.adjustment

        total: float | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        entity_discount: float | None | Unset
        if isinstance(self.entity_discount, Unset):
            entity_discount = UNSET
        else:
            entity_discount = self.entity_discount

        financial_discount: float | None | Unset
        if isinstance(self.financial_discount, Unset):
            financial_discount = UNSET
        else:
            financial_discount = self.financial_discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if customer is not UNSET:
            field_dict["customer"] = customer
        if series is not UNSET:
            field_dict["series"] = series
        if delivery_method is not UNSET:
            field_dict["delivery_method"] = delivery_method
        if payment_condition is not UNSET:
            field_dict["payment_condition"] = payment_condition
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if sales_document is not UNSET:
            field_dict["sales_document"] = sales_document
        if currency is not UNSET:
            field_dict["currency"] = currency
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if date is not UNSET:
            field_dict["date"] = date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if canceled is not UNSET:
            field_dict["canceled"] = canceled
        if closed is not UNSET:
            field_dict["closed"] = closed
        if merchandise is not UNSET:
            field_dict["merchandise"] = merchandise
        if postage is not UNSET:
            field_dict["postage"] = postage
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if adjustment is not UNSET:
            field_dict["adjustment"] = adjustment
        if total is not UNSET:
            field_dict["total"] = total
        if entity_discount is not UNSET:
            field_dict["entity_discount"] = entity_discount
        if financial_discount is not UNSET:
            field_dict["financial_discount"] = financial_discount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.customer_summary import CustomerSummary  # noqa: PLC0415
        from ..models.delivery_method import DeliveryMethod  # noqa: PLC0415
        from ..models.payment_condition import PaymentCondition  # noqa: PLC0415
        from ..models.payment_method import PaymentMethod  # noqa: PLC0415
        from ..models.sales_document import SalesDocument  # noqa: PLC0415
        from ..models.series import Series  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _customer = d.pop("customer", UNSET)
        customer: CustomerSummary | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = CustomerSummary.from_dict(_customer)

        _series = d.pop("series", UNSET)
        series: Series | Unset
        if isinstance(_series, Unset):
            series = UNSET
        else:
            series = Series.from_dict(_series)

        _delivery_method = d.pop("delivery_method", UNSET)
        delivery_method: DeliveryMethod | Unset
        if isinstance(_delivery_method, Unset):
            delivery_method = UNSET
        else:
            delivery_method = DeliveryMethod.from_dict(_delivery_method)

        _payment_condition = d.pop("payment_condition", UNSET)
        payment_condition: PaymentCondition | Unset
        if isinstance(_payment_condition, Unset):
            payment_condition = UNSET
        else:
            payment_condition = PaymentCondition.from_dict(_payment_condition)

        _payment_method = d.pop("payment_method", UNSET)
        payment_method: PaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = PaymentMethod.from_dict(_payment_method)

        _sales_document = d.pop("sales_document", UNSET)
        sales_document: SalesDocument | Unset
        if isinstance(_sales_document, Unset):
            sales_document = UNSET
        else:
            sales_document = SalesDocument.from_dict(_sales_document)

        _currency = d.pop("currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        def _parse_exchange_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        exchange_rate = _parse_exchange_rate(d.pop("exchange_rate", UNSET))

        def _parse_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_expiration_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_date_type_0 = datetime.date.fromisoformat(data)

                return expiration_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expiration_date = _parse_expiration_date(d.pop("expiration_date", UNSET))

        def _parse_canceled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        canceled = _parse_canceled(d.pop("canceled", UNSET))

        def _parse_closed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        closed = _parse_closed(d.pop("closed", UNSET))

        def _parse_merchandise(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        merchandise = _parse_merchandise(d.pop("merchandise", UNSET))

        def _parse_postage(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        postage = _parse_postage(d.pop("postage", UNSET))

        def _parse_discounts(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        discounts = _parse_discounts(d.pop("discounts", UNSET))

        def _parse_subtotal(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        subtotal = _parse_subtotal(d.pop("subtotal", UNSET))

        def _parse_taxes(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        taxes = _parse_taxes(d.pop("taxes", UNSET))

        def _parse_adjustment(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        adjustment = _parse_adjustment(d.pop("adjustment", UNSET))

        def _parse_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_entity_discount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        entity_discount = _parse_entity_discount(d.pop("entity_discount", UNSET))

        def _parse_financial_discount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        financial_discount = _parse_financial_discount(d.pop("financial_discount", UNSET))

        order_summary = cls(
            id=id,
            customer=customer,
            series=series,
            delivery_method=delivery_method,
            payment_condition=payment_condition,
            payment_method=payment_method,
            sales_document=sales_document,
            currency=currency,
            exchange_rate=exchange_rate,
            date=date,
            expiration_date=expiration_date,
            canceled=canceled,
            closed=closed,
            merchandise=merchandise,
            postage=postage,
            discounts=discounts,
            subtotal=subtotal,
            taxes=taxes,
            adjustment=adjustment,
            total=total,
            entity_discount=entity_discount,
            financial_discount=financial_discount,
        )

        order_summary.additional_properties = d
        return order_summary

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
