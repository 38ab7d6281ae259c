# generated from specs/wisedat.yaml — do not edit
"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .address_input import AddressInput
from .address_update import AddressUpdate
from .api_state import ApiState
from .category import Category
from .category_create import CategoryCreate
from .category_list_response import CategoryListResponse
from .category_ref import CategoryRef
from .category_summary import CategorySummary
from .category_update import CategoryUpdate
from .company import Company
from .country import Country
from .country_code import CountryCode
from .created_int import CreatedInt
from .created_string import CreatedString
from .currency import Currency
from .customer_address import CustomerAddress
from .customer_address_create import CustomerAddressCreate
from .customer_address_update import CustomerAddressUpdate
from .customer_create import CustomerCreate
from .customer_detail import CustomerDetail
from .customer_list_response import CustomerListResponse
from .customer_summary import CustomerSummary
from .customer_update import CustomerUpdate
from .delivery_method import DeliveryMethod
from .document_type import DocumentType
from .errors import Errors
from .exemption_reason import ExemptionReason
from .location import Location
from .location_input import LocationInput
from .login_response import LoginResponse
from .order_create import OrderCreate
from .order_customer import OrderCustomer
from .order_detail import OrderDetail
from .order_item import OrderItem
from .order_item_input import OrderItemInput
from .order_item_product import OrderItemProduct
from .order_item_type import OrderItemType
from .order_list_response import OrderListResponse
from .order_summary import OrderSummary
from .order_update import OrderUpdate
from .pagination import Pagination
from .payment_condition import PaymentCondition
from .payment_method import PaymentMethod
from .product_create import ProductCreate
from .product_detail import ProductDetail
from .product_list_response import ProductListResponse
from .product_stock import ProductStock
from .product_summary import ProductSummary
from .product_supplier import ProductSupplier
from .product_supplier_input import ProductSupplierInput
from .product_type import ProductType
from .product_update import ProductUpdate
from .public_key import PublicKey
from .sales_document import SalesDocument
from .salesman_create import SalesmanCreate
from .salesman_detail import SalesmanDetail
from .salesman_list_response import SalesmanListResponse
from .salesman_summary import SalesmanSummary
from .salesman_update import SalesmanUpdate
from .series import Series
from .series_create import SeriesCreate
from .series_update import SeriesUpdate
from .status_response import StatusResponse
from .supplier_create import SupplierCreate
from .supplier_detail import SupplierDetail
from .supplier_list_response import SupplierListResponse
from .supplier_summary import SupplierSummary
from .supplier_update import SupplierUpdate
from .tax import Tax
from .tax_create import TaxCreate
from .tax_type import TaxType
from .tax_update import TaxUpdate
from .unit import Unit
from .unit_create import UnitCreate
from .unit_update import UnitUpdate
from .warehouse import Warehouse
from .warehouse_address import WarehouseAddress
from .warehouse_address_input import WarehouseAddressInput
from .warehouse_create import WarehouseCreate
from .warehouse_update import WarehouseUpdate

__all__ = (
    "Address",
    "AddressInput",
    "AddressUpdate",
    "ApiState",
    "Category",
    "CategoryCreate",
    "CategoryListResponse",
    "CategoryRef",
    "CategorySummary",
    "CategoryUpdate",
    "Company",
    "Country",
    "CountryCode",
    "CreatedInt",
    "CreatedString",
    "Currency",
    "CustomerAddress",
    "CustomerAddressCreate",
    "CustomerAddressUpdate",
    "CustomerCreate",
    "CustomerDetail",
    "CustomerListResponse",
    "CustomerSummary",
    "CustomerUpdate",
    "DeliveryMethod",
    "DocumentType",
    "Errors",
    "ExemptionReason",
    "Location",
    "LocationInput",
    "LoginResponse",
    "OrderCreate",
    "OrderCustomer",
    "OrderDetail",
    "OrderItem",
    "OrderItemInput",
    "OrderItemProduct",
    "OrderItemType",
    "OrderListResponse",
    "OrderSummary",
    "OrderUpdate",
    "Pagination",
    "PaymentCondition",
    "PaymentMethod",
    "ProductCreate",
    "ProductDetail",
    "ProductListResponse",
    "ProductStock",
    "ProductSummary",
    "ProductSupplier",
    "ProductSupplierInput",
    "ProductType",
    "ProductUpdate",
    "PublicKey",
    "SalesDocument",
    "SalesmanCreate",
    "SalesmanDetail",
    "SalesmanListResponse",
    "SalesmanSummary",
    "SalesmanUpdate",
    "Series",
    "SeriesCreate",
    "SeriesUpdate",
    "StatusResponse",
    "SupplierCreate",
    "SupplierDetail",
    "SupplierListResponse",
    "SupplierSummary",
    "SupplierUpdate",
    "Tax",
    "TaxCreate",
    "TaxType",
    "TaxUpdate",
    "Unit",
    "UnitCreate",
    "UnitUpdate",
    "Warehouse",
    "WarehouseAddress",
    "WarehouseAddressInput",
    "WarehouseCreate",
    "WarehouseUpdate",
)
