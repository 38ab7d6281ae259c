# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..models.access_token_request_authorization_code_grant_type import AccessTokenRequestAuthorizationCodeGrantType
from ..types import UNSET

T = TypeVar("T", bound="AccessTokenRequestAuthorizationCode")


@_attrs_define
class AccessTokenRequestAuthorizationCode:
    """Exchange the authorization code received on the redirect URI for tokens."""

    grant_type: AccessTokenRequestAuthorizationCodeGrantType
    """ Grant type selector. """
    client_id: str
    """ Application identifier issued by eGestor support. """
    client_secret: str
    """ Application secret issued by eGestor support. """
    redirect_uri: str
    """ Redirect URI registered for the application (or `urn:ietf:wg:oauth:2.0:oob:auto`). """
    code: str
    """ Authorization code received on the redirect URI. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type.value

        client_id = self.client_id

        client_secret = self.client_secret

        redirect_uri = self.redirect_uri

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
                "client_id": client_id,
                "client_secret": client_secret,
                "redirect_uri": redirect_uri,
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (AccessTokenRequestAuthorizationCode)")
        obj = cls.__new__(cls)
        v = src_dict.get("grant_type", UNSET)
        if type(v) is not str:
            raise errors.wrong_type("grant_type", v, "a string (AccessTokenRequestAuthorizationCodeGrantType)")
        _m_grant_type = _AccessTokenRequestAuthorizationCodeGrantType_by_value.get(v)
        if _m_grant_type is None:
            raise errors.bad_value("grant_type", v, "a AccessTokenRequestAuthorizationCodeGrantType value")
        obj.grant_type = _m_grant_type

        v = src_dict.get("client_id", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("client_id", v, "a string")
        obj.client_id = v
        v = src_dict.get("client_secret", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("client_secret", v, "a string")
        obj.client_secret = v
        v = src_dict.get("redirect_uri", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("redirect_uri", v, "a string")
        obj.redirect_uri = v
        v = src_dict.get("code", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("code", v, "a string")
        obj.code = v
        if _AccessTokenRequestAuthorizationCode_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _AccessTokenRequestAuthorizationCode_keys}
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


_AccessTokenRequestAuthorizationCodeGrantType_by_value = cast(
    dict[Any, AccessTokenRequestAuthorizationCodeGrantType],
    AccessTokenRequestAuthorizationCodeGrantType._value2member_map_,
)

_AccessTokenRequestAuthorizationCode_keys = frozenset(
    (
        "grant_type",
        "client_id",
        "client_secret",
        "redirect_uri",
        "code",
    )
)
