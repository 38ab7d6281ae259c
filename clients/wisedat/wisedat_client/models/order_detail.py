# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderDetail")


@_attrs_define
class OrderDetail:
    """The full record of one order, lines included."""

    id: str
    """ Order identifier. """
    customer: None | OrderCustomer | Unset = UNSET
    series: None | Series | Unset = UNSET
    salesman: None | SalesmanSummary | Unset = UNSET
    delivery_method: DeliveryMethod | None | Unset = UNSET
    payment_condition: None | PaymentCondition | Unset = UNSET
    payment_method: None | PaymentMethod | Unset = UNSET
    sales_document: None | SalesDocument | Unset = UNSET
    currency: Currency | None | Unset = UNSET
    exchange_rate: float | None | Unset = UNSET
    """ Exchange rate to the base currency. """
    items: list[OrderItem] | None | Unset = UNSET
    """ Order lines. """
    your_reference: None | str | Unset = UNSET
    """ The customer's own reference for the order. """
    notes: None | str | Unset = UNSET
    """ Free notes. """
    vehicle_plate: None | str | Unset = UNSET
    """ Plate of the transporting vehicle. """
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
    alternate_billing_address: None | str | Unset = UNSET
    """ Type of the customer address used for billing instead of the default one. """
    alternate_shipping_address: None | str | Unset = UNSET
    """ Type of the customer address used for shipping instead of the default one. """
    hash_: None | str | Unset = UNSET
    """ Document signature hash. """
    hash_control: None | str | Unset = UNSET
    """ Version of the key used for the hash. """
    loading_location: Location | None | Unset = UNSET
    unloading_location: Location | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, OrderCustomer):
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

        salesman: dict[str, Any] | None | Unset
        if isinstance(self.salesman, Unset):
            salesman = UNSET
        elif isinstance(self.salesman, SalesmanSummary):
            salesman = self.salesman.to_dict()
        else:
            salesman = self.salesman

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

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        your_reference: None | str | Unset
        if isinstance(self.your_reference, Unset):
            your_reference = UNSET
        else:
            your_reference = self.your_reference

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        vehicle_plate: None | str | Unset
        if isinstance(self.vehicle_plate, Unset):
            vehicle_plate = UNSET
        else:
            vehicle_plate = self.vehicle_plate

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

        alternate_billing_address: None | str | Unset
        if isinstance(self.alternate_billing_address, Unset):
            alternate_billing_address = UNSET
        else:
            alternate_billing_address = self.alternate_billing_address

        alternate_shipping_address: None | str | Unset
        if isinstance(self.alternate_shipping_address, Unset):
            alternate_shipping_address = UNSET
        else:
            alternate_shipping_address = self.alternate_shipping_address

        hash_: None | str | Unset
        if isinstance(self.hash_, Unset):
            hash_ = UNSET
        else:
            hash_ = self.hash_

        hash_control: None | str | Unset
        if isinstance(self.hash_control, Unset):
            hash_control = UNSET
        else:
            hash_control = self.hash_control

        loading_location: dict[str, Any] | None | Unset
        if isinstance(self.loading_location, Unset):
            loading_location = UNSET
        elif isinstance(self.loading_location, Location):
            loading_location = self.loading_location.to_dict()
        else:
            loading_location = self.loading_location

        unloading_location: dict[str, Any] | None | Unset
        if isinstance(self.unloading_location, Unset):
            unloading_location = UNSET
        elif isinstance(self.unloading_location, Location):
            unloading_location = self.unloading_location.to_dict()
        else:
            unloading_location = self.unloading_location

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
        if salesman is not UNSET:
            field_dict["salesman"] = salesman
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
        if items is not UNSET:
            field_dict["items"] = items
        if your_reference is not UNSET:
            field_dict["your_reference"] = your_reference
        if notes is not UNSET:
            field_dict["notes"] = notes
        if vehicle_plate is not UNSET:
            field_dict["vehicle_plate"] = vehicle_plate
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
        if alternate_billing_address is not UNSET:
            field_dict["alternate_billing_address"] = alternate_billing_address
        if alternate_shipping_address is not UNSET:
            field_dict["alternate_shipping_address"] = alternate_shipping_address
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if hash_control is not UNSET:
            field_dict["hash_control"] = hash_control
        if loading_location is not UNSET:
            field_dict["loading_location"] = loading_location
        if unloading_location is not UNSET:
            field_dict["unloading_location"] = unloading_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (OrderDetail)")
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
                obj.customer = _OrderCustomer_from_dict(v)
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

        v = src_dict.get("salesman", UNSET)
        if v is None or v is UNSET:
            obj.salesman = v
        else:
            try:
                obj.salesman = _SalesmanSummary_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("salesman")

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
        v = src_dict.get("items", UNSET)
        if v is None or v is UNSET:
            obj.items = v
        else:
            if type(v) is not list:
                raise errors.wrong_type("items", v, "an array")
            _p_items = _OrderItem_from_dict
            try:
                obj.items = [_p_items(_x0) for _x0 in v] if v else []
            except errors.ParseFailure:
                raise errors.item_failure("items", v, _p_items) from None

        v = src_dict.get("your_reference", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("your_reference", v, "a string or null")
        obj.your_reference = v
        v = src_dict.get("notes", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("notes", v, "a string or null")
        obj.notes = v
        v = src_dict.get("vehicle_plate", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("vehicle_plate", v, "a string or null")
        obj.vehicle_plate = v
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
        v = src_dict.get("alternate_billing_address", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("alternate_billing_address", v, "a string or null")
        obj.alternate_billing_address = v
        v = src_dict.get("alternate_shipping_address", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("alternate_shipping_address", v, "a string or null")
        obj.alternate_shipping_address = v
        v = src_dict.get("hash", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("hash", v, "a string or null")
        obj.hash_ = v
        v = src_dict.get("hash_control", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("hash_control", v, "a string or null")
        obj.hash_control = v
        v = src_dict.get("loading_location", UNSET)
        if v is None or v is UNSET:
            obj.loading_location = v
        else:
            try:
                obj.loading_location = _Location_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("loading_location")

        v = src_dict.get("unloading_location", UNSET)
        if v is None or v is UNSET:
            obj.unloading_location = v
        else:
            try:
                obj.unloading_location = _Location_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("unloading_location")

        if _OrderDetail_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _OrderDetail_keys}
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
from ..models.delivery_method import DeliveryMethod  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.location import Location  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.order_customer import OrderCustomer  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.order_item import OrderItem  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.payment_condition import PaymentCondition  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.payment_method import PaymentMethod  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.sales_document import SalesDocument  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.salesman_summary import SalesmanSummary  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.series import Series  # noqa: E402  (after the class: import cycles between models resolve)

_Currency_from_dict = Currency.from_dict
_DeliveryMethod_from_dict = DeliveryMethod.from_dict
_Location_from_dict = Location.from_dict
_OrderCustomer_from_dict = OrderCustomer.from_dict
_OrderItem_from_dict = OrderItem.from_dict
_PaymentCondition_from_dict = PaymentCondition.from_dict
_PaymentMethod_from_dict = PaymentMethod.from_dict
_SalesDocument_from_dict = SalesDocument.from_dict
_SalesmanSummary_from_dict = SalesmanSummary.from_dict
_Series_from_dict = Series.from_dict

_OrderDetail_keys = frozenset(
    (
        "id",
        "customer",
        "series",
        "salesman",
        "delivery_method",
        "payment_condition",
        "payment_method",
        "sales_document",
        "currency",
        "exchange_rate",
        "items",
        "your_reference",
        "notes",
        "vehicle_plate",
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
        "alternate_billing_address",
        "alternate_shipping_address",
        "hash",
        "hash_control",
        "loading_location",
        "unloading_location",
    )
)
