# generated from specs/gks4.yaml — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from .. import errors
from ..models.language_code import LanguageCode
from ..types import UNSET, Unset

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (SalesOrderCreate)")
        obj = cls.__new__(cls)
        v = src_dict.get("customerNumber", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("customerNumber", v, "a string")
        obj.customer_number = v
        v = src_dict.get("billingCompanyInfo", UNSET)
        if v is None:
            obj.billing_company_info = v
        else:
            try:
                obj.billing_company_info = _BillingCompanyInfo_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("billingCompanyInfo")

        v = src_dict.get("billTo", UNSET)
        if v is None:
            obj.bill_to = v
        else:
            try:
                obj.bill_to = _BillTo_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("billTo")

        v = src_dict.get("shipTo", UNSET)
        if v is None:
            obj.ship_to = v
        else:
            try:
                obj.ship_to = _OrderShipTo_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("shipTo")

        v = src_dict.get("orderTitle", UNSET)
        if not (type(v) is str or v is None):
            raise errors.wrong_type("orderTitle", v, "a string or null")
        obj.order_title = v
        v = src_dict.get("promisedDeliveryDate", UNSET)
        if v is None:
            obj.promised_delivery_date = v
        else:
            if type(v) is not str:
                raise errors.wrong_type("promisedDeliveryDate", v, "a string (datetime)")
            _c_promised_delivery_date: datetime.datetime | None
            try:
                _c_promised_delivery_date = datetime.datetime.fromisoformat(v)
            except ValueError:
                _c_promised_delivery_date = None
            if _c_promised_delivery_date is None:
                raise errors.bad_value("promisedDeliveryDate", v, "an ISO 8601 datetime")
            obj.promised_delivery_date = _c_promised_delivery_date

        v = src_dict.get("ordered", UNSET)
        if v is None:
            obj.ordered = v
        else:
            if type(v) is not str:
                raise errors.wrong_type("ordered", v, "a string (datetime)")
            _c_ordered: datetime.datetime | None
            try:
                _c_ordered = datetime.datetime.fromisoformat(v)
            except ValueError:
                _c_ordered = None
            if _c_ordered is None:
                raise errors.bad_value("ordered", v, "an ISO 8601 datetime")
            obj.ordered = _c_ordered

        v = src_dict.get("purchaseOrderNumber", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("purchaseOrderNumber", v, "a string")
        obj.purchase_order_number = v
        v = src_dict.get("isExport", UNSET)
        if not (type(v) is bool):
            raise errors.wrong_type("isExport", v, "a boolean")
        obj.is_export = v
        v = src_dict.get("isExportWithinEu", UNSET)
        if not (type(v) is bool):
            raise errors.wrong_type("isExportWithinEu", v, "a boolean")
        obj.is_export_within_eu = v
        v = src_dict.get("languageCode", UNSET)
        if v is None:
            obj.language_code = v
        else:
            if type(v) is not str:
                raise errors.wrong_type("languageCode", v, "a string (LanguageCode)")
            _m_language_code = _LanguageCode_by_value.get(v)
            if _m_language_code is None:
                raise errors.bad_value("languageCode", v, "a LanguageCode value")
            obj.language_code = _m_language_code

        v = src_dict.get("currencyCode", UNSET)
        if not (type(v) is str or v is None):
            raise errors.wrong_type("currencyCode", v, "a string or null")
        obj.currency_code = v
        v = src_dict.get("noteFromCustomer", UNSET)
        if not (type(v) is str or v is None):
            raise errors.wrong_type("noteFromCustomer", v, "a string or null")
        obj.note_from_customer = v
        v = src_dict.get("billingContact", UNSET)
        if v is UNSET:
            obj.billing_contact = UNSET
        else:
            try:
                obj.billing_contact = _BillingContact_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("billingContact")
        v = src_dict.get("hasAllotments", UNSET)
        if not (type(v) is bool) and v is not UNSET:
            raise errors.wrong_type("hasAllotments", v, "a boolean")
        obj.has_allotments = v
        v = src_dict.get("salesOrderlines", UNSET)
        if v is UNSET:
            obj.sales_orderlines = UNSET
        else:
            if type(v) is not list:
                raise errors.wrong_type("salesOrderlines", v, "an array")
            _p_sales_orderlines = _SalesOrderLine_from_dict
            try:
                obj.sales_orderlines = [_p_sales_orderlines(_x0) for _x0 in v] if v else []
            except errors.ParseFailure:
                raise errors.item_failure("salesOrderlines", v, _p_sales_orderlines) from None
        return obj


from ..models.bill_to import BillTo  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.billing_company_info import BillingCompanyInfo  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.billing_contact import BillingContact  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.order_ship_to import OrderShipTo  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.sales_order_line import SalesOrderLine  # noqa: E402  (after the class: import cycles between models resolve)

_LanguageCode_by_value = cast(dict[Any, LanguageCode], LanguageCode._value2member_map_)
_BillingCompanyInfo_from_dict = BillingCompanyInfo.from_dict
_BillingContact_from_dict = BillingContact.from_dict
_BillTo_from_dict = BillTo.from_dict
_OrderShipTo_from_dict = OrderShipTo.from_dict
_SalesOrderLine_from_dict = SalesOrderLine.from_dict
