# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (Error)")
        obj = cls.__new__(cls)
        v = src_dict.get("errCode", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("errCode", v, "an integer")
        obj.err_code = v
        v = src_dict.get("errMsg", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("errMsg", v, "a string")
        obj.err_msg = v
        v = src_dict.get("errObs", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("errObs", v, "a string or null")
        obj.err_obs = v
        v = src_dict.get("errFields", UNSET)
        obj.err_fields = v
        v = src_dict.get("errUrl", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("errUrl", v, "a string or null")
        obj.err_url = v
        if _Error_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _Error_keys}
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


_Error_keys = frozenset(
    (
        "errCode",
        "errMsg",
        "errObs",
        "errFields",
        "errUrl",
    )
)
