from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.delivery_method import DeliveryMethod  # noqa: PLC0415
        from ..models.location import Location  # noqa: PLC0415
        from ..models.order_customer import OrderCustomer  # noqa: PLC0415
        from ..models.payment_condition import PaymentCondition  # noqa: PLC0415
        from ..models.payment_method import PaymentMethod  # noqa: PLC0415
        from ..models.sales_document import SalesDocument  # noqa: PLC0415
        from ..models.salesman_summary import SalesmanSummary  # noqa: PLC0415
        from ..models.series import Series  # noqa: PLC0415

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

        def _parse_customer(data: object) -> None | OrderCustomer | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_1 = OrderCustomer.from_dict(data)

                return customer_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderCustomer | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_series(data: object) -> None | Series | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                series_type_1 = Series.from_dict(data)

                return series_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Series | Unset, data)

        series = _parse_series(d.pop("series", UNSET))

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

        def _parse_sales_document(data: object) -> None | SalesDocument | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sales_document_type_1 = SalesDocument.from_dict(data)

                return sales_document_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SalesDocument | Unset, data)

        sales_document = _parse_sales_document(d.pop("sales_document", UNSET))

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

        def _parse_exchange_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        exchange_rate = _parse_exchange_rate(d.pop("exchange_rate", UNSET))

        def _parse_items(data: object) -> list[OrderItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                items_type_0 = []
                _items_type_0 = data
                for items_type_0_item_data in _items_type_0:
                    items_type_0_item = OrderItem.from_dict(items_type_0_item_data)

                    items_type_0.append(items_type_0_item)

                return items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderItem] | None | Unset, data)

        items = _parse_items(d.pop("items", UNSET))

        def _parse_your_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        your_reference = _parse_your_reference(d.pop("your_reference", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_vehicle_plate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vehicle_plate = _parse_vehicle_plate(d.pop("vehicle_plate", UNSET))

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

        def _parse_alternate_billing_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alternate_billing_address = _parse_alternate_billing_address(d.pop("alternate_billing_address", UNSET))

        def _parse_alternate_shipping_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alternate_shipping_address = _parse_alternate_shipping_address(d.pop("alternate_shipping_address", UNSET))

        def _parse_hash_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hash_ = _parse_hash_(d.pop("hash", UNSET))

        def _parse_hash_control(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hash_control = _parse_hash_control(d.pop("hash_control", UNSET))

        def _parse_loading_location(data: object) -> Location | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                loading_location_type_1 = Location.from_dict(data)

                return loading_location_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Location | None | Unset, data)

        loading_location = _parse_loading_location(d.pop("loading_location", UNSET))

        def _parse_unloading_location(data: object) -> Location | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                unloading_location_type_1 = Location.from_dict(data)

                return unloading_location_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Location | None | Unset, data)

        unloading_location = _parse_unloading_location(d.pop("unloading_location", UNSET))

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
