# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="VendaProdutoCreate")


@_attrs_define
class VendaProdutoCreate:
    """Product or service line of a new sale."""

    cod_produto: int
    """ Code of the product or service. """
    quant: float | Unset = UNSET
    """ Quantity. """
    v_desc: float | Unset = UNSET
    """ Discount amount. """
    preco: float | Unset = UNSET
    """ Unit price. """
    obs: str | Unset = UNSET
    """ Line notes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cod_produto = self.cod_produto

        quant = self.quant

        v_desc = self.v_desc

        preco = self.preco

        obs = self.obs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "codProduto": cod_produto,
            }
        )
        if quant is not UNSET:
            field_dict["quant"] = quant
        if v_desc is not UNSET:
            field_dict["vDesc"] = v_desc
        if preco is not UNSET:
            field_dict["preco"] = preco
        if obs is not UNSET:
            field_dict["obs"] = obs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (VendaProdutoCreate)")
        obj = cls.__new__(cls)
        v = src_dict.get("codProduto", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("codProduto", v, "an integer")
        obj.cod_produto = v
        v = src_dict.get("quant", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("quant", v, "a number")
        obj.quant = v
        v = src_dict.get("vDesc", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("vDesc", v, "a number")
        obj.v_desc = v
        v = src_dict.get("preco", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("preco", v, "a number")
        obj.preco = v
        v = src_dict.get("obs", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("obs", v, "a string")
        obj.obs = v
        if _VendaProdutoCreate_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _VendaProdutoCreate_keys}
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


_VendaProdutoCreate_keys = frozenset(
    (
        "codProduto",
        "quant",
        "vDesc",
        "preco",
        "obs",
    )
)
