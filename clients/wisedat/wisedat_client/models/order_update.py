# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderUpdate")


@_attrs_define
class OrderUpdate:
    """Changes to an open order; only `id` is mandatory. When `customer` is sent, unsent commercial settings are taken from
    that customer.

    """

    id: str
    """ Identifier of the order to change. """
    customer: int | Unset = UNSET
    """ Customer identifier. """
    salesman: int | Unset = UNSET
    """ Salesman identifier. """
    series: str | Unset = UNSET
    """ Series identifier (same rules as on creation). """
    your_reference: str | Unset = UNSET
    """ The customer's own reference. """
    notes: str | Unset = UNSET
    """ Free notes. """
    vehicle_plate: str | Unset = UNSET
    """ Plate of the transporting vehicle. """
    delivery_method: str | Unset = UNSET
    """ Delivery method identifier. """
    sales_document: str | Unset = UNSET
    """ Sales document identifier; it must be of the order type (2). """
    payment_condition: str | Unset = UNSET
    """ Payment condition identifier. """
    payment_method: str | Unset = UNSET
    """ Payment method identifier. """
    date: datetime.date | Unset = UNSET
    """ Order date (UTC). """
    expiration_date: datetime.date | Unset = UNSET
    """ Expiration date (UTC). """
    closed: bool | Unset = UNSET
    """ Whether to close the order. """
    currency: str | Unset = UNSET
    """ Currency identifier. """
    exchange_rate: float | Unset = UNSET
    """ Exchange rate; mandatory (and above zero) when the currency is not the base currency. """
    entity_discount: float | Unset = UNSET
    """ Customer discount, as a percentage between 0 and 100. """
    financial_discount: float | Unset = UNSET
    """ Financial discount, as a percentage between 0 and 100. """
    alternate_billing_address: str | Unset = UNSET
    """ Type of the customer address to bill to instead of the default one. """
    alternate_shipping_address: str | Unset = UNSET
    """ Type of the customer address to ship to instead of the default one. """
    loading_location: LocationInput | Unset = UNSET
    """ Loading or unloading place of an order. """
    unloading_location: LocationInput | Unset = UNSET
    """ Loading or unloading place of an order. """
    items: list[OrderItemInput] | Unset = UNSET
    """ Order lines; when sent they replace every existing line. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer = self.customer

        salesman = self.salesman

        series = self.series

        your_reference = self.your_reference

        notes = self.notes

        vehicle_plate = self.vehicle_plate

        delivery_method = self.delivery_method

        sales_document = self.sales_document

        payment_condition = self.payment_condition

        payment_method = self.payment_method

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        expiration_date: str | Unset = UNSET
        if not isinstance(self.expiration_date, Unset):
            expiration_date = self.expiration_date.isoformat()

        closed = self.closed

        currency = self.currency

        exchange_rate = self.exchange_rate

        entity_discount = self.entity_discount

        financial_discount = self.financial_discount

        alternate_billing_address = self.alternate_billing_address

        alternate_shipping_address = self.alternate_shipping_address

        loading_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loading_location, Unset):
            loading_location = self.loading_location.to_dict()

        unloading_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unloading_location, Unset):
            unloading_location = self.unloading_location.to_dict()

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if customer is not UNSET:
            field_dict["customer"] = customer
        if salesman is not UNSET:
            field_dict["salesman"] = salesman
        if series is not UNSET:
            field_dict["series"] = series
        if your_reference is not UNSET:
            field_dict["your_reference"] = your_reference
        if notes is not UNSET:
            field_dict["notes"] = notes
        if vehicle_plate is not UNSET:
            field_dict["vehicle_plate"] = vehicle_plate
        if delivery_method is not UNSET:
            field_dict["delivery_method"] = delivery_method
        if sales_document is not UNSET:
            field_dict["sales_document"] = sales_document
        if payment_condition is not UNSET:
            field_dict["payment_condition"] = payment_condition
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if date is not UNSET:
            field_dict["date"] = date
        if expiration_date is not UNSET:
            field_dict["expiration_date"] = expiration_date
        if closed is not UNSET:
            field_dict["closed"] = closed
        if currency is not UNSET:
            field_dict["currency"] = currency
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if entity_discount is not UNSET:
            field_dict["entity_discount"] = entity_discount
        if financial_discount is not UNSET:
            field_dict["financial_discount"] = financial_discount
        if alternate_billing_address is not UNSET:
            field_dict["alternate_billing_address"] = alternate_billing_address
        if alternate_shipping_address is not UNSET:
            field_dict["alternate_shipping_address"] = alternate_shipping_address
        if loading_location is not UNSET:
            field_dict["loading_location"] = loading_location
        if unloading_location is not UNSET:
            field_dict["unloading_location"] = unloading_location
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (OrderUpdate)")
        obj = cls.__new__(cls)
        v = src_dict.get("id", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("id", v, "a string")
        obj.id = v
        v = src_dict.get("customer", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("customer", v, "an integer")
        obj.customer = v
        v = src_dict.get("salesman", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("salesman", v, "an integer")
        obj.salesman = v
        v = src_dict.get("series", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("series", v, "a string")
        obj.series = v
        v = src_dict.get("your_reference", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("your_reference", v, "a string")
        obj.your_reference = v
        v = src_dict.get("notes", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("notes", v, "a string")
        obj.notes = v
        v = src_dict.get("vehicle_plate", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("vehicle_plate", v, "a string")
        obj.vehicle_plate = v
        v = src_dict.get("delivery_method", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("delivery_method", v, "a string")
        obj.delivery_method = v
        v = src_dict.get("sales_document", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("sales_document", v, "a string")
        obj.sales_document = v
        v = src_dict.get("payment_condition", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("payment_condition", v, "a string")
        obj.payment_condition = v
        v = src_dict.get("payment_method", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("payment_method", v, "a string")
        obj.payment_method = v
        v = src_dict.get("date", UNSET)
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
        v = src_dict.get("expiration_date", UNSET)
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
        v = src_dict.get("closed", UNSET)
        if not (type(v) is bool) and v is not UNSET:
            raise errors.wrong_type("closed", v, "a boolean")
        obj.closed = v
        v = src_dict.get("currency", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("currency", v, "a string")
        obj.currency = v
        v = src_dict.get("exchange_rate", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("exchange_rate", v, "a number")
        obj.exchange_rate = v
        v = src_dict.get("entity_discount", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("entity_discount", v, "a number")
        obj.entity_discount = v
        v = src_dict.get("financial_discount", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("financial_discount", v, "a number")
        obj.financial_discount = v
        v = src_dict.get("alternate_billing_address", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("alternate_billing_address", v, "a string")
        obj.alternate_billing_address = v
        v = src_dict.get("alternate_shipping_address", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("alternate_shipping_address", v, "a string")
        obj.alternate_shipping_address = v
        v = src_dict.get("loading_location", UNSET)
        if v is UNSET:
            obj.loading_location = UNSET
        else:
            try:
                obj.loading_location = _LocationInput_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("loading_location")
        v = src_dict.get("unloading_location", UNSET)
        if v is UNSET:
            obj.unloading_location = UNSET
        else:
            try:
                obj.unloading_location = _LocationInput_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("unloading_location")
        v = src_dict.get("items", UNSET)
        if v is UNSET:
            obj.items = UNSET
        else:
            if type(v) is not list:
                raise errors.wrong_type("items", v, "an array")
            _p_items = _OrderItemInput_from_dict
            try:
                obj.items = [_p_items(_x0) for _x0 in v] if v else []
            except errors.ParseFailure:
                raise errors.item_failure("items", v, _p_items) from None
        return obj


from ..models.location_input import LocationInput  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.order_item_input import OrderItemInput  # noqa: E402  (after the class: import cycles between models resolve)

_LocationInput_from_dict = LocationInput.from_dict
_OrderItemInput_from_dict = OrderItemInput.from_dict
