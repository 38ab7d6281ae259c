# generated from specs/gestix.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET

T = TypeVar("T", bound="LoginRequest")


@_attrs_define
class LoginRequest:
    """End-user credentials for POST /auth.

    Example:
        {'username': 'api-user', 'password': 'example-password'}

    """

    username: str
    """ The end user's login name. """
    password: str
    """ The end user's password. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (LoginRequest)")
        obj = cls.__new__(cls)
        v = src_dict.get("username", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("username", v, "a string")
        obj.username = v
        v = src_dict.get("password", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("password", v, "a string")
        obj.password = v
        if _LoginRequest_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LoginRequest_keys}
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


_LoginRequest_keys = frozenset(
    (
        "username",
        "password",
    )
)
