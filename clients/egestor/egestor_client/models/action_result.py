# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActionResult")


@_attrs_define
class ActionResult:
    """Confirmation returned by deletions and by the receive/pay actions."""

    code: int | None | str | Unset = UNSET
    """ IntOrString, or null where the property is optional. """
    msg: None | str | Unset = UNSET
    """ Human-readable confirmation message (Portuguese). """
    obs: None | str | Unset = UNSET
    """ Extra information; usually null. """
    fields: Any | Unset = UNSET
    """ Field details; always null in the documented examples, so the type is left open (any JSON value, including
    null). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        msg: None | str | Unset
        if isinstance(self.msg, Unset):
            msg = UNSET
        else:
            msg = self.msg

        obs: None | str | Unset
        if isinstance(self.obs, Unset):
            obs = UNSET
        else:
            obs = self.obs

        fields = self.fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if msg is not UNSET:
            field_dict["msg"] = msg
        if obs is not UNSET:
            field_dict["obs"] = obs
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (ActionResult)")
        obj = cls.__new__(cls)
        v = src_dict.get("code", UNSET)
        if not (type(v) is int or v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("code", v, "an integer or null or a string")
        obj.code = v
        v = src_dict.get("msg", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("msg", v, "a string or null")
        obj.msg = v
        v = src_dict.get("obs", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("obs", v, "a string or null")
        obj.obs = v
        v = src_dict.get("fields", UNSET)
        obj.fields = v
        if _ActionResult_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ActionResult_keys}
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


_ActionResult_keys = frozenset(
    (
        "code",
        "msg",
        "obs",
        "fields",
    )
)
