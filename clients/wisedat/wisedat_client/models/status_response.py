from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
    public_key: list[str] | None | PublicKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.public_key import PublicKey  # noqa: PLC0415

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
        from ..models.public_key import PublicKey  # noqa: PLC0415

        d = dict(src_dict)
        state = ApiState(d.pop("State"))

        def _parse_public_key(data: object) -> list[str] | None | PublicKey | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                public_key_type_0 = PublicKey.from_dict(data)

                return public_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                public_key_type_1 = cast(list[str], data)

                return public_key_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | PublicKey | Unset, data)

        public_key = _parse_public_key(d.pop("PublicKey", UNSET))

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
