# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessToken")


@_attrs_define
class AccessToken:
    """Tokens issued by the token endpoint."""

    access_token: str
    """ Access token to send as `Authorization: Bearer <access_token>`. """
    token_type: str
    """ Token type; always `Bearer`. """
    expires_in: int
    """ Lifetime of the access token in seconds (900 = 15 minutes). """
    refresh_token: None | str | Unset = UNSET
    """ Single-use token for obtaining the next access token. """
    personal_token: None | str | Unset = UNSET
    """ Personal token (JWT) for this application and account; returned by the authorization_code grant. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        expires_in = self.expires_in

        refresh_token: None | str | Unset
        if isinstance(self.refresh_token, Unset):
            refresh_token = UNSET
        else:
            refresh_token = self.refresh_token

        personal_token: None | str | Unset
        if isinstance(self.personal_token, Unset):
            personal_token = UNSET
        else:
            personal_token = self.personal_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "token_type": token_type,
                "expires_in": expires_in,
            }
        )
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if personal_token is not UNSET:
            field_dict["personal_token"] = personal_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (AccessToken)")
        obj = cls.__new__(cls)
        v = src_dict.get("access_token", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("access_token", v, "a string")
        obj.access_token = v
        v = src_dict.get("token_type", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("token_type", v, "a string")
        obj.token_type = v
        v = src_dict.get("expires_in", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("expires_in", v, "an integer")
        obj.expires_in = v
        v = src_dict.get("refresh_token", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("refresh_token", v, "a string or null")
        obj.refresh_token = v
        v = src_dict.get("personal_token", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("personal_token", v, "a string or null")
        obj.personal_token = v
        if _AccessToken_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _AccessToken_keys}
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


_AccessToken_keys = frozenset(
    (
        "access_token",
        "token_type",
        "expires_in",
        "refresh_token",
        "personal_token",
    )
)
