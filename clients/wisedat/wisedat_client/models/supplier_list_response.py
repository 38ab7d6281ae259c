# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.supplier_summary import SupplierSummary


T = TypeVar("T", bound="SupplierListResponse")


@_attrs_define
class SupplierListResponse:
    """One page of suppliers."""

    pagination: Pagination
    """ Position of the returned page within the whole result. """
    suppliers: list[SupplierSummary]
    """ Suppliers on this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        suppliers = []
        for suppliers_item_data in self.suppliers:
            suppliers_item = suppliers_item_data.to_dict()
            suppliers.append(suppliers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
                "suppliers": suppliers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination import Pagination  # noqa: PLC0415
        from ..models.supplier_summary import SupplierSummary  # noqa: PLC0415

        d = dict(src_dict)
        pagination = Pagination.from_dict(d.pop("pagination"))

        suppliers = []
        _suppliers = d.pop("suppliers")
        for suppliers_item_data in _suppliers:
            suppliers_item = SupplierSummary.from_dict(suppliers_item_data)

            suppliers.append(suppliers_item)

        supplier_list_response = cls(
            pagination=pagination,
            suppliers=suppliers,
        )

        supplier_list_response.additional_properties = d
        return supplier_list_response

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
