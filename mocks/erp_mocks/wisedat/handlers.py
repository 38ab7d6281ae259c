"""One handler per operation of specs/wisedat.yaml, over :class:`~erp_mocks.wisedat.resources.WisedatData`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.responses import Response

from erp_mocks.engine import Call
from erp_mocks.engine.responses import model_response, project
from erp_mocks.engine.store import Collection, paginate
from erp_mocks.generated import wisedat as m
from erp_mocks.wisedat import writes
from erp_mocks.wisedat.resources import Missing, Record, WisedatData

Handler = Callable[[Call], Response]


def _page(call: Call, records: list[Record], key: str, list_model: Any, item_model: Any) -> Response:
    limit, page = call.query.get("limit", 50), call.query.get("page", 1)
    chunk = paginate(records, page, limit)
    body = {
        "pagination": {"limit": limit, "page": page, "number_pages": chunk.last_page, "number_items": chunk.total},
        key: [project(r, item_model) for r in chunk.items],
    }
    return model_response(list_model, body)


class WisedatHandlers:
    """Maps every operationId to a handler.

    A 400 is a :class:`~erp_mocks.engine.BadInput` (answered by the engine), a 404 a :class:`Missing`.
    """

    def __init__(self, data: WisedatData, error: Callable[[int, list[str]], Response]) -> None:
        self.data = data
        self.error = error

    def table(self) -> dict[str, Handler]:
        d = self.data
        lookups: dict[str, Handler] = {}
        for op, name, model, list_model in [
            ("list_currencies", "currencies", m.Currency, m.CurrencyList),
            ("list_countries", "countries", m.Country, m.CountryList),
            ("list_delivery_methods", "deliverymethods", m.DeliveryMethod, m.DeliveryMethodList),
            ("list_exemption_reasons", "exemptionreasons", m.ExemptionReason, m.ExemptionReasonList),
            ("list_payment_conditions", "paymentconditions", m.PaymentCondition, m.PaymentConditionList),
            ("list_payment_methods", "paymentmethods", m.PaymentMethod, m.PaymentMethodList),
            ("list_sales_documents", "salesdocuments", m.SalesDocument, m.SalesDocumentList),
            ("list_taxes", "taxes", m.Tax, m.TaxList),
            ("list_units", "units", m.Unit, m.UnitList),
            ("list_series", "series", m.Series, m.SeriesList),
            ("list_warehouses", "warehouses", m.Warehouse, m.WarehouseList),
        ]:
            lookups[op] = self._bare_list(d.lookups[name], model, list_model)
        handlers: dict[str, Handler] = {
            "get_company": lambda call: model_response(m.Company, d.company),
            **lookups,
            "list_products": self._paged(
                d.products,
                "products",
                m.ProductDetail,
                m.ProductListResponse,
                m.ProductSummary,
                {
                    "query": d.substring("name", "description", "barcode"),
                    "name": d.substring("name"),
                    "description": d.substring("description"),
                    "barcode": d.substring("barcode"),
                },
            ),
            "list_categories": self._paged(
                d.categories,
                "categories",
                m.Category,
                m.CategoryListResponse,
                m.Category,
                {
                    "query": d.substring("name", "_parent_name"),
                    "name": d.substring("name"),
                    "parent": d.substring("id_parent", "_parent_name"),
                },
            ),
            "list_customers": self._paged(
                d.customers,
                "customers",
                m.CustomerDetail,
                m.CustomerListResponse,
                m.CustomerSummary,
                {
                    "query": d.substring("name", "code", "tax_id"),
                    "name": d.substring("name"),
                    "code": d.substring("code"),
                    "tax_id": d.substring("tax_id"),
                },
            ),
            "list_salesmen": self._paged(
                d.salesmen,
                "salesmen",
                m.SalesmanDetail,
                m.SalesmanListResponse,
                m.SalesmanSummary,
                {
                    "query": d.substring("name", "code", "tax_id"),
                    "name": d.substring("name"),
                    "code": d.substring("code"),
                    "tax_id": d.substring("tax_id"),
                },
            ),
            "list_suppliers": self._paged(
                d.suppliers,
                "suppliers",
                m.SupplierDetail,
                m.SupplierListResponse,
                m.SupplierSummary,
                {
                    "query": d.substring("name", "code", "tax_id"),
                    "name": d.substring("name"),
                    "code": d.substring("code"),
                    "tax_id": d.substring("tax_id"),
                },
            ),
            "list_orders": self._paged(
                d.orders,
                "orders",
                m.OrderDetail,
                m.OrderListResponse,
                m.OrderSummary,
                {
                    "query": d.substring(
                        "customer.code",
                        "customer.name",
                        "salesman.code",
                        "salesman.name",
                        "series.id",
                        "your_reference",
                    ),
                    "closed": lambda r, v: r.get("closed") is v,
                    "customer": d.substring("customer.id", "customer.code", "customer.name"),
                    "salesman": d.substring("salesman.id", "salesman.code", "salesman.name"),
                    "series": d.substring("series.id"),
                    "date": lambda r, v: r.get("date") == v,
                    "expiration_date": lambda r, v: r.get("expiration_date") == v,
                    "your_reference": d.substring("your_reference"),
                },
                show_inactive_default=True,
            ),
        }
        handlers.update(writes.handlers(d))
        return {op: self._guard(handler) for op, handler in handlers.items()}

    def _guard(self, handler: Handler) -> Handler:
        def run(call: Call) -> Response:
            with self.data.lock:
                try:
                    return handler(call)
                except Missing as exc:
                    return self.error(404, [str(exc)])

        return run

    @staticmethod
    def _by_id(collection: Collection[Any], call: Call, model: Any) -> Response:
        """The ``?id=`` form of a list operation: one detailed record, or 404."""
        record = collection.get(call.query["id"])
        if record is None:
            raise Missing(f"no record with id {call.query['id']!r}")
        return model_response(model, record)

    def _bare_list(self, collection: Collection[Any], model: Any, list_model: Any) -> Handler:
        def handle(call: Call) -> Response:
            if "id" in call.query:
                return self._by_id(collection, call, model)
            return model_response(list_model, [project(r, model) for r in collection])

        return handle

    def _paged(
        self,
        collection: Collection[Any],
        key: str,
        detail: Any,
        list_model: Any,
        item_model: Any,
        filters: dict[str, Callable[[Record, Any], bool]],
        *,
        show_inactive_default: bool = False,
    ) -> Handler:
        def handle(call: Call) -> Response:
            if "id" in call.query:
                return self._by_id(collection, call, detail)
            query = dict(call.query)
            if show_inactive_default:
                query.setdefault("show_inactive", True)
            return _page(call, self.data.filtered(collection, query, filters), key, list_model, item_model)

        return handle
