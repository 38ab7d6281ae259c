# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderSummary")


@_attrs_define
class OrderSummary:
    """An order as it appears in a list (without lines)."""

    id: str
    """ Order identifier. """
    customer: CustomerSummary | None | Unset = UNSET
    series: None | Series | Unset = UNSET
    delivery_method: DeliveryMethod | None | Unset = UNSET
    payment_condition: None | PaymentCondition | Unset = UNSET
    payment_method: None | PaymentMethod | Unset = UNSET
    sales_document: None | SalesDocument | Unset = UNSET
    currency: Currency | None | Unset = UNSET
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

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, CustomerSummary):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        series: dict[str, Any] | None | Unset
        if isinstance(self.series, Unset):
            series = UNSET
        elif isinstance(self.series, Series):
            series = self.series.to_dict()
        else:
            series = self.series

        delivery_method: dict[str, Any] | None | Unset
        if isinstance(self.delivery_method, Unset):
            delivery_method = UNSET
        elif isinstance(self.delivery_method, DeliveryMethod):
            delivery_method = self.delivery_method.to_dict()
        else:
            delivery_method = self.delivery_method

        payment_condition: dict[str, Any] | None | Unset
        if isinstance(self.payment_condition, Unset):
            payment_condition = UNSET
        elif isinstance(self.payment_condition, PaymentCondition):
            payment_condition = self.payment_condition.to_dict()
        else:
            payment_condition = self.payment_condition

        payment_method: dict[str, Any] | None | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        elif isinstance(self.payment_method, PaymentMethod):
            payment_method = self.payment_method.to_dict()
        else:
            payment_method = self.payment_method

        sales_document: dict[str, Any] | None | Unset
        if isinstance(self.sales_document, Unset):
            sales_document = UNSET
        elif isinstance(self.sales_document, SalesDocument):
            sales_document = self.sales_document.to_dict()
        else:
            sales_document = self.sales_document

        currency: dict[str, Any] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, Currency):
            currency = self.currency.to_dict()
        else:
            currency = self.currency

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (OrderSummary)")
        obj = cls.__new__(cls)
        v = src_dict.get("id", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("id", v, "a string")
        obj.id = v
        v = src_dict.get("customer", UNSET)
        if v is None or v is UNSET:
            obj.customer = v
        else:
            try:
                obj.customer = _CustomerSummary_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("customer")

        v = src_dict.get("series", UNSET)
        if v is None or v is UNSET:
            obj.series = v
        else:
            try:
                obj.series = _Series_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("series")

        v = src_dict.get("delivery_method", UNSET)
        if v is None or v is UNSET:
            obj.delivery_method = v
        else:
            try:
                obj.delivery_method = _DeliveryMethod_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("delivery_method")

        v = src_dict.get("payment_condition", UNSET)
        if v is None or v is UNSET:
            obj.payment_condition = v
        else:
            try:
                obj.payment_condition = _PaymentCondition_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("payment_condition")

        v = src_dict.get("payment_method", UNSET)
        if v is None or v is UNSET:
            obj.payment_method = v
        else:
            try:
                obj.payment_method = _PaymentMethod_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("payment_method")

        v = src_dict.get("sales_document", UNSET)
        if v is None or v is UNSET:
            obj.sales_document = v
        else:
            try:
                obj.sales_document = _SalesDocument_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("sales_document")

        v = src_dict.get("currency", UNSET)
        if v is None or v is UNSET:
            obj.currency = v
        else:
            try:
                obj.currency = _Currency_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("currency")

        v = src_dict.get("exchange_rate", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("exchange_rate", v, "a number or null")
        obj.exchange_rate = v
        v = src_dict.get("date", UNSET)
        if v is None or v is UNSET:
            obj.date = v
        else:
            if type(v) is not str:
                raise errors.wrong_type("date", v, "a string (date)")
            _c_date: datetime.date | None
            try:
                _c_date = datetime.date.fromisoformat(v)
            except ValueError:
                _c_date = None
            if _c_date is None:
                raise errors.bad_value("date", v, "an ISO 8601 date")
            obj.date = _c_date

        v = src_dict.get("expiration_date", UNSET)
        if v is None or v is UNSET:
            obj.expiration_date = v
        else:
            if type(v) is not str:
                raise errors.wrong_type("expiration_date", v, "a string (date)")
            _c_expiration_date: datetime.date | None
            try:
                _c_expiration_date = datetime.date.fromisoformat(v)
            except ValueError:
                _c_expiration_date = None
            if _c_expiration_date is None:
                raise errors.bad_value("expiration_date", v, "an ISO 8601 date")
            obj.expiration_date = _c_expiration_date

        v = src_dict.get("canceled", UNSET)
        if not (type(v) is bool or v is None or v is UNSET):
            raise errors.wrong_type("canceled", v, "a boolean or null")
        obj.canceled = v
        v = src_dict.get("closed", UNSET)
        if not (type(v) is bool or v is None or v is UNSET):
            raise errors.wrong_type("closed", v, "a boolean or null")
        obj.closed = v
        v = src_dict.get("merchandise", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("merchandise", v, "a number or null")
        obj.merchandise = v
        v = src_dict.get("postage", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("postage", v, "a number or null")
        obj.postage = v
        v = src_dict.get("discounts", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("discounts", v, "a number or null")
        obj.discounts = v
        v = src_dict.get("subtotal", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("subtotal", v, "a number or null")
        obj.subtotal = v
        v = src_dict.get("taxes", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("taxes", v, "a number or null")
        obj.taxes = v
        v = src_dict.get("adjustment", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("adjustment", v, "a number or null")
        obj.adjustment = v
        v = src_dict.get("total", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("total", v, "a number or null")
        obj.total = v
        v = src_dict.get("entity_discount", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("entity_discount", v, "a number or null")
        obj.entity_discount = v
        v = src_dict.get("financial_discount", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("financial_discount", v, "a number or null")
        obj.financial_discount = v
        if _OrderSummary_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _OrderSummary_keys}
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


from ..models.currency import Currency  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.customer_summary import CustomerSummary  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.delivery_method import DeliveryMethod  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.payment_condition import PaymentCondition  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.payment_method import PaymentMethod  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.sales_document import SalesDocument  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.series import Series  # noqa: E402  (after the class: import cycles between models resolve)

_Currency_from_dict = Currency.from_dict
_CustomerSummary_from_dict = CustomerSummary.from_dict
_DeliveryMethod_from_dict = DeliveryMethod.from_dict
_PaymentCondition_from_dict = PaymentCondition.from_dict
_PaymentMethod_from_dict = PaymentMethod.from_dict
_SalesDocument_from_dict = SalesDocument.from_dict
_Series_from_dict = Series.from_dict

_OrderSummary_keys = frozenset(
    (
        "id",
        "customer",
        "series",
        "delivery_method",
        "payment_condition",
        "payment_method",
        "sales_document",
        "currency",
        "exchange_rate",
        "date",
        "expiration_date",
        "canceled",
        "closed",
        "merchandise",
        "postage",
        "discounts",
        "subtotal",
        "taxes",
        "adjustment",
        "total",
        "entity_discount",
        "financial_discount",
    )
)
