# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.location_input import LocationInput
    from ..models.order_item_input import OrderItemInput


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
        from ..models.location_input import LocationInput  # noqa: PLC0415
        from ..models.order_item_input import OrderItemInput  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        customer = d.pop("customer", UNSET)

        salesman = d.pop("salesman", UNSET)

        series = d.pop("series", UNSET)

        your_reference = d.pop("your_reference", UNSET)

        notes = d.pop("notes", UNSET)

        vehicle_plate = d.pop("vehicle_plate", UNSET)

        delivery_method = d.pop("delivery_method", UNSET)

        sales_document = d.pop("sales_document", UNSET)

        payment_condition = d.pop("payment_condition", UNSET)

        payment_method = d.pop("payment_method", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _expiration_date = d.pop("expiration_date", UNSET)
        expiration_date: datetime.date | Unset
        if isinstance(_expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = datetime.date.fromisoformat(_expiration_date)

        closed = d.pop("closed", UNSET)

        currency = d.pop("currency", UNSET)

        exchange_rate = d.pop("exchange_rate", UNSET)

        entity_discount = d.pop("entity_discount", UNSET)

        financial_discount = d.pop("financial_discount", UNSET)

        alternate_billing_address = d.pop("alternate_billing_address", UNSET)

        alternate_shipping_address = d.pop("alternate_shipping_address", UNSET)

        _loading_location = d.pop("loading_location", UNSET)
        loading_location: LocationInput | Unset
        if isinstance(_loading_location, Unset):
            loading_location = UNSET
        else:
            loading_location = LocationInput.from_dict(_loading_location)

        _unloading_location = d.pop("unloading_location", UNSET)
        unloading_location: LocationInput | Unset
        if isinstance(_unloading_location, Unset):
            unloading_location = UNSET
        else:
            unloading_location = LocationInput.from_dict(_unloading_location)

        _items = d.pop("items", UNSET)
        items: list[OrderItemInput] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = OrderItemInput.from_dict(items_item_data)

                items.append(items_item)

        order_update = cls(
            id=id,
            customer=customer,
            salesman=salesman,
            series=series,
            your_reference=your_reference,
            notes=notes,
            vehicle_plate=vehicle_plate,
            delivery_method=delivery_method,
            sales_document=sales_document,
            payment_condition=payment_condition,
            payment_method=payment_method,
            date=date,
            expiration_date=expiration_date,
            closed=closed,
            currency=currency,
            exchange_rate=exchange_rate,
            entity_discount=entity_discount,
            financial_discount=financial_discount,
            alternate_billing_address=alternate_billing_address,
            alternate_shipping_address=alternate_shipping_address,
            loading_location=loading_location,
            unloading_location=unloading_location,
            items=items,
        )

        return order_update
