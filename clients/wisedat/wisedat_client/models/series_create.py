# generated from specs/wisedat.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="SeriesCreate")


@_attrs_define
class SeriesCreate:
    """A new document series."""

    id: str
    """ Unique identifier of exactly five letters or digits. """
    description: str
    """ Series name. """
    vat_cash_system: bool | Unset = False
    """ Whether the series follows the VAT cash accounting scheme. """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        description = self.description

        vat_cash_system = self.vat_cash_system

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "description": description,
            }
        )
        if vat_cash_system is not UNSET:
            field_dict["vat_cash_system"] = vat_cash_system

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (SeriesCreate)")
        obj = cls.__new__(cls)
        v = src_dict.get("id", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("id", v, "a string")
        obj.id = v
        v = src_dict.get("description", UNSET)
        if not (type(v) is str):
            raise errors.wrong_type("description", v, "a string")
        obj.description = v
        v = src_dict.get("vat_cash_system", UNSET)
        if not (type(v) is bool) and v is not UNSET:
            raise errors.wrong_type("vat_cash_system", v, "a boolean")
        obj.vat_cash_system = v
        return obj
