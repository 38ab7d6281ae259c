# generated from specs/quickstart.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors

T = TypeVar("T", bound="InvoiceMetadata")


@_attrs_define
class InvoiceMetadata:
    """Aggregate values (such as total sums) over the whole filtered invoice list."""

    additional_properties: dict[str, float] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (InvoiceMetadata)")
        obj = cls.__new__(cls)
        if _InvoiceMetadata_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _InvoiceMetadata_keys}
            for _k, _v in d.items():
                if not (type(_v) is float or type(_v) is int):
                    raise errors.wrong_type(errors.key_path(_k), _v, "a number")
                d[_k] = _v
            obj.additional_properties = d
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> float:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: float) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_InvoiceMetadata_keys = frozenset(())
