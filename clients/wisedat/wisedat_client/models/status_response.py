# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_state import ApiState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.public_key import PublicKey


T = TypeVar("T", bound="StatusResponse")


@_attrs_define
class StatusResponse:
    """Status of the company's API."""

    state: ApiState
    """ Availability of the company's API: 0 offline, 1 online, 2 company not found (wrong API key), 3 API not
    activated, 4 table management not active, 5 API Server module not available, 6 inactive plan. """
    public_key: PublicKey | Unset = UNSET
    """ The server's RSA public key, used to encrypt the login credentials. It is renewed daily and on every server
    restart, which invalidates all tokens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state = self.state.value

        public_key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.public_key, Unset):
            public_key = self.public_key.to_dict()

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
        from ..models.public_key import PublicKey  # noqa: PLC0415

        d = dict(src_dict)
        state = ApiState(d.pop("State"))

        _public_key = d.pop("PublicKey", UNSET)
        public_key: PublicKey | Unset
        if isinstance(_public_key, Unset):
            public_key = UNSET
        else:
            public_key = PublicKey.from_dict(_public_key)

        status_response = cls(
            state=state,
            public_key=public_key,
        )

        status_response.additional_properties = d
        return status_response

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
