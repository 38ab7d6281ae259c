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
    exchange_rate: float | Unset = UNSET
    """ Exchange rate to the base currency. """
    date: datetime.date | Unset = UNSET
    """ Order date (UTC). """
    expiration_date: datetime.date | Unset = UNSET
    """ Expiration date (UTC). """
    canceled: bool | Unset = UNSET
    """ Whether the order was cancelled. """
    closed: bool | Unset = UNSET
    """ Whether the order is closed. """
    merchandise: float | Unset = UNSET
    """ Total of the merchandise/service lines (type 1). """
    postage: float | Unset = UNSET
    """ Total of the postage lines (type 2). """
    discounts: float | Unset = UNSET
    """ Total of the value-discount lines (types 4 and 5). """
    subtotal: float | Unset = UNSET
    """ Merchandise plus postage minus discounts. """
    taxes: float | Unset = UNSET
    """ Total tax of the lines (all types except 3 and 6). """
    adjustment: float | Unset = UNSET
    """ Total of the adjustment lines (type 3). """
    total: float | Unset = UNSET
    """ Subtotal plus taxes minus adjustment. """
    entity_discount: float | Unset = UNSET
    """ Customer discount, as a percentage. """
    financial_discount: float | Unset = UNSET
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

        exchange_rate = self.exchange_rate

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        canceled = self.canceled

        closed = self.closed

        merchandise = self.merchandise

        postage = self.postage

        discounts = self.discounts

        subtotal = self.subtotal

        taxes = self.taxes

        adjustment = self.adjustment

        total = self.total

        entity_discount = self.entity_discount

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
        d = dict(src_dict)
        obj = cls.__new__(cls)
        v = d.pop("id", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("id", v, "a string")
        obj.id = v
        v = d.pop("customer", UNSET)
        if v is UNSET:
            obj.customer = UNSET
        else:
            try:
                obj.customer = CustomerSummary.from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("customer")
        v = d.pop("series", UNSET)
        if v is UNSET:
            obj.series = UNSET
        else:
            try:
                obj.series = Series.from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("series")
        v = d.pop("delivery_method", UNSET)
        if v is UNSET:
            obj.delivery_method = UNSET
        else:
            try:
                obj.delivery_method = DeliveryMethod.from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("delivery_method")
        v = d.pop("payment_condition", UNSET)
        if v is UNSET:
            obj.payment_condition = UNSET
        else:
            try:
                obj.payment_condition = PaymentCondition.from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("payment_condition")
        v = d.pop("payment_method", UNSET)
        if v is UNSET:
            obj.payment_method = UNSET
        else:
            try:
                obj.payment_method = PaymentMethod.from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("payment_method")
        v = d.pop("sales_document", UNSET)
        if v is UNSET:
            obj.sales_document = UNSET
        else:
            try:
                obj.sales_document = SalesDocument.from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("sales_document")
        v = d.pop("currency", UNSET)
        if v is UNSET:
            obj.currency = UNSET
        else:
            try:
                obj.currency = Currency.from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("currency")
        v = d.pop("exchange_rate", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("exchange_rate", v, "a number")
        obj.exchange_rate = v
        v = d.pop("date", UNSET)
        if v is UNSET:
            obj.date = UNSET
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
        v = d.pop("expiration_date", UNSET)
        if v is UNSET:
            obj.expiration_date = UNSET
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
        v = d.pop("canceled", UNSET)
        if not (type(v) is bool) and v is not UNSET:
            raise errors.wrong_type("canceled", v, "a boolean")
        obj.canceled = v
        v = d.pop("closed", UNSET)
        if not (type(v) is bool) and v is not UNSET:
            raise errors.wrong_type("closed", v, "a boolean")
        obj.closed = v
        v = d.pop("merchandise", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("merchandise", v, "a number")
        obj.merchandise = v
        v = d.pop("postage", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("postage", v, "a number")
        obj.postage = v
        v = d.pop("discounts", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("discounts", v, "a number")
        obj.discounts = v
        v = d.pop("subtotal", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("subtotal", v, "a number")
        obj.subtotal = v
        v = d.pop("taxes", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("taxes", v, "a number")
        obj.taxes = v
        v = d.pop("adjustment", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("adjustment", v, "a number")
        obj.adjustment = v
        v = d.pop("total", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("total", v, "a number")
        obj.total = v
        v = d.pop("entity_discount", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("entity_discount", v, "a number")
        obj.entity_discount = v
        v = d.pop("financial_discount", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("financial_discount", v, "a number")
        obj.financial_discount = v
        obj.additional_properties = d if d else {}
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
