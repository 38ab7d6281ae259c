# generated from specs/gks4.yaml — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.language_code import LanguageCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bill_to import BillTo
    from ..models.billing_company_info import BillingCompanyInfo
    from ..models.billing_contact import BillingContact
    from ..models.order_ship_to import OrderShipTo
    from ..models.sales_order_line import SalesOrderLine


T = TypeVar("T", bound="SalesOrderCreate")


@_attrs_define
class SalesOrderCreate:
    """A sales order to place in GKS4."""

    customer_number: str
    """ GKS4 customer number of the buyer; a customer with this number must already exist. """
    billing_company_info: BillingCompanyInfo | None
    """ Company details for invoicing (structure not documented). """
    bill_to: BillTo | None
    """ Invoice recipient for the whole order (structure not documented). """
    ship_to: None | OrderShipTo
    """ Delivery recipient for the whole order (structure not documented; probably the same shape as an allotment's
    ShipTo). """
    order_title: None | str
    """ Free name for the order, handy when searching for it later. """
    promised_delivery_date: datetime.datetime | None
    """ Delivery date promised to the buyer. """
    ordered: datetime.datetime | None
    """ Order date. Obsolete: the vendor always uses the date the request is received, so send null. """
    purchase_order_number: str
    """ The buyer's own purchase order reference (may be an empty string). """
    is_export: bool
    """ Whether the order is an export sale. """
    is_export_within_eu: bool
    """ Whether the export goes to another EU country. """
    language_code: LanguageCode | None
    """ ISO 639-1 language for documents sent to the buyer (e.g. the order confirmation): sv (Swedish), no
    (Norwegian) or en (English); null leaves the choice to GKS4. """
    currency_code: None | str
    """ ISO 4217 currency of all amounts in the order. """
    note_from_customer: None | str
    """ Comment from the buyer, typically instructions to the seller. """
    billing_contact: BillingContact | Unset = UNSET
    """ The person at the buyer responsible for the invoice. """
    has_allotments: bool | Unset = UNSET
    """ Set by the server when any order line is split into allotments. """
    sales_orderlines: list[SalesOrderLine] | Unset = UNSET
    """ The order lines. """

    def to_dict(self) -> dict[str, Any]:
        from ..models.bill_to import BillTo  # noqa: PLC0415
        from ..models.billing_company_info import BillingCompanyInfo  # noqa: PLC0415
        from ..models.order_ship_to import OrderShipTo  # noqa: PLC0415

        customer_number = self.customer_number

        billing_company_info: dict[str, Any] | None
        if isinstance(self.billing_company_info, BillingCompanyInfo):
            billing_company_info = self.billing_company_info.to_dict()
        else:
            billing_company_info = self.billing_company_info

        bill_to: dict[str, Any] | None
        if isinstance(self.bill_to, BillTo):
            bill_to = self.bill_to.to_dict()
        else:
            bill_to = self.bill_to

        ship_to: dict[str, Any] | None
        if isinstance(self.ship_to, OrderShipTo):
            ship_to = self.ship_to.to_dict()
        else:
            ship_to = self.ship_to

        order_title: None | str
        order_title = self.order_title

        promised_delivery_date: None | str
        if isinstance(self.promised_delivery_date, datetime.datetime):
            promised_delivery_date = self.promised_delivery_date.isoformat()
        else:
            promised_delivery_date = self.promised_delivery_date

        ordered: None | str
        if isinstance(self.ordered, datetime.datetime):
            ordered = self.ordered.isoformat()
        else:
            ordered = self.ordered

        purchase_order_number = self.purchase_order_number

        is_export = self.is_export

        is_export_within_eu = self.is_export_within_eu

        language_code: None | str
        if isinstance(self.language_code, LanguageCode):
            language_code = self.language_code.value
        else:
            language_code = self.language_code

        currency_code: None | str
        currency_code = self.currency_code

        note_from_customer: None | str
        note_from_customer = self.note_from_customer

        billing_contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_contact, Unset):
            billing_contact = self.billing_contact.to_dict()

        has_allotments = self.has_allotments

        sales_orderlines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sales_orderlines, Unset):
            sales_orderlines = []
            for sales_orderlines_item_data in self.sales_orderlines:
                sales_orderlines_item = sales_orderlines_item_data.to_dict()
                sales_orderlines.append(sales_orderlines_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customerNumber": customer_number,
                "billingCompanyInfo": billing_company_info,
                "billTo": bill_to,
                "shipTo": ship_to,
                "orderTitle": order_title,
                "promisedDeliveryDate": promised_delivery_date,
                "ordered": ordered,
                "purchaseOrderNumber": purchase_order_number,
                "isExport": is_export,
                "isExportWithinEu": is_export_within_eu,
                "languageCode": language_code,
                "currencyCode": currency_code,
                "noteFromCustomer": note_from_customer,
            }
        )
        if billing_contact is not UNSET:
            field_dict["billingContact"] = billing_contact
        if has_allotments is not UNSET:
            field_dict["hasAllotments"] = has_allotments
        if sales_orderlines is not UNSET:
            field_dict["salesOrderlines"] = sales_orderlines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bill_to import BillTo  # noqa: PLC0415
        from ..models.billing_company_info import BillingCompanyInfo  # noqa: PLC0415
        from ..models.billing_contact import BillingContact  # noqa: PLC0415
        from ..models.order_ship_to import OrderShipTo  # noqa: PLC0415
        from ..models.sales_order_line import SalesOrderLine  # noqa: PLC0415

        d = dict(src_dict)
        customer_number = d.pop("customerNumber")

        def _parse_billing_company_info(data: object) -> BillingCompanyInfo | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_billing_company_info_type_0 = BillingCompanyInfo.from_dict(data)

                return componentsschemas_billing_company_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingCompanyInfo | None, data)

        billing_company_info = _parse_billing_company_info(d.pop("billingCompanyInfo"))

        def _parse_bill_to(data: object) -> BillTo | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_bill_to_type_0 = BillTo.from_dict(data)

                return componentsschemas_bill_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillTo | None, data)

        bill_to = _parse_bill_to(d.pop("billTo"))

        def _parse_ship_to(data: object) -> None | OrderShipTo:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_order_ship_to_type_0 = OrderShipTo.from_dict(data)

                return componentsschemas_order_ship_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderShipTo, data)

        ship_to = _parse_ship_to(d.pop("shipTo"))

        def _parse_order_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        order_title = _parse_order_title(d.pop("orderTitle"))

        def _parse_promised_delivery_date(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                promised_delivery_date_type_0 = datetime.datetime.fromisoformat(data)

                return promised_delivery_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        promised_delivery_date = _parse_promised_delivery_date(d.pop("promisedDeliveryDate"))

        def _parse_ordered(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ordered_type_0 = datetime.datetime.fromisoformat(data)

                return ordered_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ordered = _parse_ordered(d.pop("ordered"))

        purchase_order_number = d.pop("purchaseOrderNumber")

        is_export = d.pop("isExport")

        is_export_within_eu = d.pop("isExportWithinEu")

        def _parse_language_code(data: object) -> LanguageCode | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_language_code_type_1 = LanguageCode(data)

                return componentsschemas_language_code_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LanguageCode | None, data)

        language_code = _parse_language_code(d.pop("languageCode"))

        def _parse_currency_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        currency_code = _parse_currency_code(d.pop("currencyCode"))

        def _parse_note_from_customer(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note_from_customer = _parse_note_from_customer(d.pop("noteFromCustomer"))

        _billing_contact = d.pop("billingContact", UNSET)
        billing_contact: BillingContact | Unset
        if isinstance(_billing_contact, Unset):
            billing_contact = UNSET
        else:
            billing_contact = BillingContact.from_dict(_billing_contact)

        has_allotments = d.pop("hasAllotments", UNSET)

        _sales_orderlines = d.pop("salesOrderlines", UNSET)
        sales_orderlines: list[SalesOrderLine] | Unset = UNSET
        if _sales_orderlines is not UNSET:
            sales_orderlines = []
            for sales_orderlines_item_data in _sales_orderlines:
                sales_orderlines_item = SalesOrderLine.from_dict(sales_orderlines_item_data)

                sales_orderlines.append(sales_orderlines_item)

        sales_order_create = cls(
            customer_number=customer_number,
            billing_company_info=billing_company_info,
            bill_to=bill_to,
            ship_to=ship_to,
            order_title=order_title,
            promised_delivery_date=promised_delivery_date,
            ordered=ordered,
            purchase_order_number=purchase_order_number,
            is_export=is_export,
            is_export_within_eu=is_export_within_eu,
            language_code=language_code,
            currency_code=currency_code,
            note_from_customer=note_from_customer,
            billing_contact=billing_contact,
            has_allotments=has_allotments,
            sales_orderlines=sales_orderlines,
        )

        return sales_order_create
