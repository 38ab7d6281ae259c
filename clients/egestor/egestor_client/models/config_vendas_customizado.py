from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConfigVendasCustomizado")


@_attrs_define
class ConfigVendasCustomizado:
    """Labels the account gave to its custom sale fields; only configured fields are present."""

    x_campo_1: None | str | Unset = UNSET
    """ Label of custom field 1. """
    x_campo_2: None | str | Unset = UNSET
    """ Label of custom field 2. """
    x_campo_3: None | str | Unset = UNSET
    """ Label of custom field 3. """
    x_campo_4: None | str | Unset = UNSET
    """ Label of custom field 4. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x_campo_1: None | str | Unset
        if isinstance(self.x_campo_1, Unset):
            x_campo_1 = UNSET
        else:
            x_campo_1 = self.x_campo_1

        x_campo_2: None | str | Unset
        if isinstance(self.x_campo_2, Unset):
            x_campo_2 = UNSET
        else:
            x_campo_2 = self.x_campo_2

        x_campo_3: None | str | Unset
        if isinstance(self.x_campo_3, Unset):
            x_campo_3 = UNSET
        else:
            x_campo_3 = self.x_campo_3

        x_campo_4: None | str | Unset
        if isinstance(self.x_campo_4, Unset):
            x_campo_4 = UNSET
        else:
            x_campo_4 = self.x_campo_4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x_campo_1 is not UNSET:
            field_dict["xCampo1"] = x_campo_1
        if x_campo_2 is not UNSET:
            field_dict["xCampo2"] = x_campo_2
        if x_campo_3 is not UNSET:
            field_dict["xCampo3"] = x_campo_3
        if x_campo_4 is not UNSET:
            field_dict["xCampo4"] = x_campo_4

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_x_campo_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        x_campo_1 = _parse_x_campo_1(d.pop("xCampo1", UNSET))

        def _parse_x_campo_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        x_campo_2 = _parse_x_campo_2(d.pop("xCampo2", UNSET))

        def _parse_x_campo_3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        x_campo_3 = _parse_x_campo_3(d.pop("xCampo3", UNSET))

        def _parse_x_campo_4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        x_campo_4 = _parse_x_campo_4(d.pop("xCampo4", UNSET))

        config_vendas_customizado = cls(
            x_campo_1=x_campo_1,
            x_campo_2=x_campo_2,
            x_campo_3=x_campo_3,
            x_campo_4=x_campo_4,
        )

        config_vendas_customizado.additional_properties = d
        return config_vendas_customizado

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
