# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..models.access_token_request_personal_grant_type import AccessTokenRequestPersonalGrantType
from ..types import UNSET

T = TypeVar("T", bound="AccessTokenRequestPersonal")


@_attrs_define
class AccessTokenRequestPersonal:
    """Obtain an access token from a personal token (a JWT the account owner copies from eGestor under Configurações ->
    Aplicativos conectados). No client secret or user interaction is needed; this is the grant suggested for e-commerce
    sites and other server-to-server integrations.

    """

    grant_type: AccessTokenRequestPersonalGrantType
    """ Grant type selector. """
    personal_token: str
    """ Personal token (JWT) identifying the application and the account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        personal_token = self.personal_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
                "personal_token": personal_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (AccessTokenRequestPersonal)")
        obj = cls.__new__(cls)
        v = src_dict.get("grant_type", UNSET)
        if type(v) is not str:
            raise errors.wrong_type("grant_type", v, "a string (AccessTokenRequestPersonalGrantType)")
        _m_grant_type = _AccessTokenRequestPersonalGrantType_by_value.get(v)
        if _m_grant_type is None:
            raise errors.bad_value("grant_type", v, "a AccessTokenRequestPersonalGrantType value")
        obj.grant_type = _m_grant_type

        v = src_dict.get("personal_token", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("personal_token", v, "a string")
        obj.personal_token = v
        if _AccessTokenRequestPersonal_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _AccessTokenRequestPersonal_keys}
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


_AccessTokenRequestPersonalGrantType_by_value = cast(
    dict[Any, AccessTokenRequestPersonalGrantType], AccessTokenRequestPersonalGrantType._value2member_map_
)

_AccessTokenRequestPersonal_keys = frozenset(
    (
        "grant_type",
        "personal_token",
    )
)
