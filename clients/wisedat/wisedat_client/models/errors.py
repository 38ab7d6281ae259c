# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET

T = TypeVar("T", bound="Errors")


@_attrs_define
class Errors:
    """Error envelope holding one message per problem found."""

    errors: list[str]
    """ Human-readable error messages. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (Errors)")
        obj = cls.__new__(cls)
        v = src_dict.get("errors", UNSET)
        if type(v) is not list:
            raise errors.wrong_type("errors", v, "an array")
        for _i0, _x0 in enumerate(v):
            if not (type(_x0) is str):
                raise errors.wrong_type("errors" + "[" + str(_i0) + "]", _x0, "a string")
        obj.errors = v
        if _Errors_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _Errors_keys}
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


_Errors_keys = frozenset(("errors",))
