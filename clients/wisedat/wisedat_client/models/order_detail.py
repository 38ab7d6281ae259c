# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.delivery_method import DeliveryMethod
    from ..models.location import Location
    from ..models.order_customer import OrderCustomer
    from ..models.order_item import OrderItem
    from ..models.payment_condition import PaymentCondition
    from ..models.payment_method import PaymentMethod
    from ..models.sales_document import SalesDocument
    from ..models.salesman_summary import SalesmanSummary
    from ..models.series import Series


T = TypeVar("T", bound="OrderDetail")


@_attrs_define
class OrderDetail:
    """The full record of one order, lines included."""

    id: str
    """ Order identifier. """
    customer: OrderCustomer | Unset = UNSET
    """ The customer of an order, with its addresses. """
    series: Series | Unset = UNSET
    """ A document series. """
    salesman: SalesmanSummary | Unset = UNSET
    """ A salesman as it appears in a list or inside another record. """
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
    items: list[OrderItem] | Unset = UNSET
    """ Order lines. """
    your_reference: str | Unset = UNSET
    """ The customer's own reference for the order. """
    notes: str | Unset = UNSET
    """ Free notes. """
    vehicle_plate: str | Unset = UNSET
    """ Plate of the transporting vehicle. """
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
    alternate_billing_address: str | Unset = UNSET
    """ Type of the customer address used for billing instead of the default one. """
    alternate_shipping_address: str | Unset = UNSET
    """ Type of the customer address used for shipping instead of the default one. """
    hash_: str | Unset = UNSET
    """ Document signature hash. """
    hash_control: str | Unset = UNSET
    """ Version of the key used for the hash. """
    loading_location: Location | Unset = UNSET
    """ Place where goods are loaded or unloaded. """
    unloading_location: Location | Unset = UNSET
    """ Place where goods are loaded or unloaded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        series: dict[str, Any] | Unset = UNSET
        if not isinstance(self.series, Unset):
            series = self.series.to_dict()

        salesman: dict[str, Any] | Unset = UNSET
        if not isinstance(self.salesman, Unset):
            salesman = self.salesman.to_dict()

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

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        your_reference = self.your_reference

        notes = self.notes

        vehicle_plate = self.vehicle_plate

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

        alternate_billing_address = self.alternate_billing_address

        alternate_shipping_address = self.alternate_shipping_address

        hash_ = self.hash_

        hash_control = self.hash_control

        loading_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loading_location, Unset):
            loading_location = self.loading_location.to_dict()

        unloading_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.unloading_location, Unset):
            unloading_location = self.unloading_location.to_dict()

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
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.delivery_method import DeliveryMethod  # noqa: PLC0415
        from ..models.location import Location  # noqa: PLC0415
        from ..models.order_customer import OrderCustomer  # noqa: PLC0415
        from ..models.order_item import OrderItem  # noqa: PLC0415
        from ..models.payment_condition import PaymentCondition  # noqa: PLC0415
        from ..models.payment_method import PaymentMethod  # noqa: PLC0415
        from ..models.sales_document import SalesDocument  # noqa: PLC0415
        from ..models.salesman_summary import SalesmanSummary  # noqa: PLC0415
        from ..models.series import Series  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        _customer = d.pop("customer", UNSET)
        customer: OrderCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = OrderCustomer.from_dict(_customer)

        _series = d.pop("series", UNSET)
        series: Series | Unset
        if isinstance(_series, Unset):
            series = UNSET
        else:
            series = Series.from_dict(_series)

        _salesman = d.pop("salesman", UNSET)
        salesman: SalesmanSummary | Unset
        if isinstance(_salesman, Unset):
            salesman = UNSET
        else:
            salesman = SalesmanSummary.from_dict(_salesman)

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

        exchange_rate = d.pop("exchange_rate", UNSET)

        _items = d.pop("items", UNSET)
        items: list[OrderItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = OrderItem.from_dict(items_item_data)

                items.append(items_item)

        your_reference = d.pop("your_reference", UNSET)

        notes = d.pop("notes", UNSET)

        vehicle_plate = d.pop("vehicle_plate", UNSET)

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

        canceled = d.pop("canceled", UNSET)

        closed = d.pop("closed", UNSET)

        merchandise = d.pop("merchandise", UNSET)

        postage = d.pop("postage", UNSET)

        discounts = d.pop("discounts", UNSET)

        subtotal = d.pop("subtotal", UNSET)

        taxes = d.pop("taxes", UNSET)

        adjustment = d.pop("adjustment", UNSET)

        total = d.pop("total", UNSET)

        entity_discount = d.pop("entity_discount", UNSET)

        financial_discount = d.pop("financial_discount", UNSET)

        alternate_billing_address = d.pop("alternate_billing_address", UNSET)

        alternate_shipping_address = d.pop("alternate_shipping_address", UNSET)

        hash_ = d.pop("hash", UNSET)

        hash_control = d.pop("hash_control", UNSET)

        _loading_location = d.pop("loading_location", UNSET)
        loading_location: Location | Unset
        if isinstance(_loading_location, Unset):
            loading_location = UNSET
        else:
            loading_location = Location.from_dict(_loading_location)

        _unloading_location = d.pop("unloading_location", UNSET)
        unloading_location: Location | Unset
        if isinstance(_unloading_location, Unset):
            unloading_location = UNSET
        else:
            unloading_location = Location.from_dict(_unloading_location)

        order_detail = cls(
            id=id,
            customer=customer,
            series=series,
            salesman=salesman,
            delivery_method=delivery_method,
            payment_condition=payment_condition,
            payment_method=payment_method,
            sales_document=sales_document,
            currency=currency,
            exchange_rate=exchange_rate,
            items=items,
            your_reference=your_reference,
            notes=notes,
            vehicle_plate=vehicle_plate,
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
            alternate_billing_address=alternate_billing_address,
            alternate_shipping_address=alternate_shipping_address,
            hash_=hash_,
            hash_control=hash_control,
            loading_location=loading_location,
            unloading_location=unloading_location,
        )

        order_detail.additional_properties = d
        return order_detail

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
