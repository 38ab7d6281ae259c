from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Error body the API sends with every 4xx status."""

    err_code: int
    """ HTTP status code repeated in the body. """
    err_msg: str
    """ Human-readable message (Portuguese). """
    err_obs: None | str | Unset = UNSET
    """ Short machine-oriented hint, e.g. `access_denied`; often null. """
    err_fields: Any | Unset = UNSET
    """ Details about the fields that failed validation; null when not applicable. """
    err_url: None | str | Unset = UNSET
    """ Path of the request that failed; only sent with some errors (seen on 401). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        err_code = self.err_code

        err_msg = self.err_msg

        err_obs: None | str | Unset
        if isinstance(self.err_obs, Unset):
            err_obs = UNSET
        else:
            err_obs = self.err_obs

        err_fields = self.err_fields

        err_url: None | str | Unset
        if isinstance(self.err_url, Unset):
            err_url = UNSET
        else:
            err_url = self.err_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errCode": err_code,
                "errMsg": err_msg,
            }
        )
        if err_obs is not UNSET:
            field_dict["errObs"] = err_obs
        if err_fields is not UNSET:
            field_dict["errFields"] = err_fields
        if err_url is not UNSET:
            field_dict["errUrl"] = err_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        err_code = d.pop("errCode")

        err_msg = d.pop("errMsg")

        def _parse_err_obs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        err_obs = _parse_err_obs(d.pop("errObs", UNSET))

        err_fields = d.pop("errFields", UNSET)

        def _parse_err_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        err_url = _parse_err_url(d.pop("errUrl", UNSET))

        error = cls(
            err_code=err_code,
            err_msg=err_msg,
            err_obs=err_obs,
            err_fields=err_fields,
            err_url=err_url,
        )

        error.additional_properties = d
        return error

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
