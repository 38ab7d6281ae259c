# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesmanSummary")


@_attrs_define
class SalesmanSummary:
    """A salesman as it appears in a list or inside another record."""

    id: int
    """ Salesman identifier. """
    code: None | str | Unset = UNSET
    """ Salesman code. """
    name: None | str | Unset = UNSET
    """ Salesman name. """
    commission: float | None | Unset = UNSET
    """ Commission, as a percentage. """
    tax_id: None | str | Unset = UNSET
    """ Tax number. """
    active: bool | None | Unset = UNSET
    """ Whether the salesman is active. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        commission: float | None | Unset
        if isinstance(self.commission, Unset):
            commission = UNSET
        else:
            commission = self.commission

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if commission is not UNSET:
            field_dict["commission"] = commission
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (SalesmanSummary)")
        obj = cls.__new__(cls)
        v = src_dict.get("id", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("id", v, "an integer")
        obj.id = v
        v = src_dict.get("code", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("code", v, "a string or null")
        obj.code = v
        v = src_dict.get("name", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("name", v, "a string or null")
        obj.name = v
        v = src_dict.get("commission", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("commission", v, "a number or null")
        obj.commission = v
        v = src_dict.get("tax_id", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("tax_id", v, "a string or null")
        obj.tax_id = v
        v = src_dict.get("active", UNSET)
        if not (type(v) is bool or v is None or v is UNSET):
            raise errors.wrong_type("active", v, "a boolean or null")
        obj.active = v
        if _SalesmanSummary_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SalesmanSummary_keys}
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


_SalesmanSummary_keys = frozenset(
    (
        "id",
        "code",
        "name",
        "commission",
        "tax_id",
        "active",
    )
)
