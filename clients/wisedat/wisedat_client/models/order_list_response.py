# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET

T = TypeVar("T", bound="OrderListResponse")


@_attrs_define
class OrderListResponse:
    """One page of orders."""

    pagination: Pagination
    """ Position of the returned page within the whole result. """
    orders: list[OrderSummary]
    """ Orders on this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "orders": orders,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (OrderListResponse)")
        obj = cls.__new__(cls)
        v = src_dict.get("pagination", UNSET)
        try:
            obj.pagination = _Pagination_from_dict(v)
        except errors.ParseFailure as _f0:
            raise _f0.within("pagination")
        v = src_dict.get("orders", UNSET)
        if type(v) is not list:
            raise errors.wrong_type("orders", v, "an array")
        _p_orders = _OrderSummary_from_dict
        try:
            obj.orders = [_p_orders(_x0) for _x0 in v] if v else []
        except errors.ParseFailure:
            raise errors.item_failure("orders", v, _p_orders) from None
        if _OrderListResponse_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _OrderListResponse_keys}
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


from ..models.order_summary import OrderSummary  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.pagination import Pagination  # noqa: E402  (after the class: import cycles between models resolve)

_OrderSummary_from_dict = OrderSummary.from_dict
_Pagination_from_dict = Pagination.from_dict

_OrderListResponse_keys = frozenset(
    (
        "pagination",
        "orders",
    )
)
