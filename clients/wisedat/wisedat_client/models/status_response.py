# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..models.api_state import ApiState
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusResponse")


@_attrs_define
class StatusResponse:
    """Status of the company's API."""

    state: ApiState
    """ Availability of the company's API: 0 offline, 1 online, 2 company not found (wrong API key), 3 API not
    activated, 4 table management not active, 5 API Server module not available, 6 inactive plan. """
    public_key: list[str] | None | PublicKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state.value

        public_key: dict[str, Any] | list[str] | None | Unset
        if isinstance(self.public_key, Unset):
            public_key = UNSET
        elif isinstance(self.public_key, PublicKey):
            public_key = self.public_key.to_dict()
        elif isinstance(self.public_key, list):
            public_key = self.public_key

        else:
            public_key = self.public_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "State": state,
            }
        )
        if public_key is not UNSET:
            field_dict["PublicKey"] = public_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (StatusResponse)")
        obj = cls.__new__(cls)
        v = src_dict.get("State", UNSET)
        if type(v) is not int:
            raise errors.wrong_type("State", v, "an integer (ApiState)")
        _m_state = _ApiState_by_value.get(v)
        if _m_state is None:
            raise errors.bad_value("State", v, "a ApiState value")
        obj.state = _m_state

        v = src_dict.get("PublicKey", UNSET)
        if v is None or v is UNSET:
            obj.public_key = v
        else:
            try:
                try:
                    obj.public_key = _PublicKey_from_dict(v)
                except errors.ParseFailure as _f1:
                    raise _f1.within("PublicKey")
            except errors.ParseFailure as _u0_0:
                try:
                    if type(v) is not list:
                        raise errors.wrong_type("PublicKey", v, "an array")
                    for _i1, _x1 in enumerate(v):
                        if not (type(_x1) is str):
                            raise errors.wrong_type("PublicKey" + "[" + str(_i1) + "]", _x1, "a string")
                    obj.public_key = v
                except errors.ParseFailure as _u0_1:
                    raise errors.no_alternative(
                        "PublicKey", [_u0_0, _u0_1], "an object (PublicKey) or an array or null"
                    ) from None

        if _StatusResponse_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _StatusResponse_keys}
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


from ..models.public_key import PublicKey  # noqa: E402  (after the class: import cycles between models resolve)

_ApiState_by_value = cast(dict[Any, ApiState], ApiState._value2member_map_)
_PublicKey_from_dict = PublicKey.from_dict

_StatusResponse_keys = frozenset(
    (
        "State",
        "PublicKey",
    )
)
