# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="VendaCreate")


@_attrs_define
class VendaCreate:
    """Fields for creating a sale. Sales cannot be edited afterwards."""

    cod_contato: int | Unset = UNSET
    """ Code of the customer. """
    dt_venda: str | Unset = UNSET
    """ Calendar date as `YYYY-MM-DD`. `0000-00-00` stands for "no date". """
    cod_vendedor: int | Unset = UNSET
    """ Code of the salesperson. """
    tags: list[str] | Unset = UNSET
    """ Tags. """
    customizado: VendaCustomizadoInput | Unset = UNSET
    """ Values to store in the account's custom sale fields (up to four). """
    produtos: list[VendaProdutoCreate] | Unset = UNSET
    """ Product and service lines. """
    financeiros: list[VendaFinanceiroCreate] | Unset = UNSET
    """ Instalments (due dates). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cod_contato = self.cod_contato

        dt_venda = self.dt_venda

        cod_vendedor = self.cod_vendedor

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        customizado: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customizado, Unset):
            customizado = self.customizado.to_dict()

        produtos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.produtos, Unset):
            produtos = []
            for produtos_item_data in self.produtos:
                produtos_item = produtos_item_data.to_dict()
                produtos.append(produtos_item)

        financeiros: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.financeiros, Unset):
            financeiros = []
            for financeiros_item_data in self.financeiros:
                financeiros_item = financeiros_item_data.to_dict()
                financeiros.append(financeiros_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cod_contato is not UNSET:
            field_dict["codContato"] = cod_contato
        if dt_venda is not UNSET:
            field_dict["dtVenda"] = dt_venda
        if cod_vendedor is not UNSET:
            field_dict["codVendedor"] = cod_vendedor
        if tags is not UNSET:
            field_dict["tags"] = tags
        if customizado is not UNSET:
            field_dict["customizado"] = customizado
        if produtos is not UNSET:
            field_dict["produtos"] = produtos
        if financeiros is not UNSET:
            field_dict["financeiros"] = financeiros

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (VendaCreate)")
        obj = cls.__new__(cls)
        v = src_dict.get("codContato", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("codContato", v, "an integer")
        obj.cod_contato = v
        v = src_dict.get("dtVenda", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("dtVenda", v, "a string")
        obj.dt_venda = v
        v = src_dict.get("codVendedor", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("codVendedor", v, "an integer")
        obj.cod_vendedor = v
        v = src_dict.get("tags", UNSET)
        if v is UNSET:
            obj.tags = UNSET
        else:
            if type(v) is not list:
                raise errors.wrong_type("tags", v, "an array")
            for _i0, _x0 in enumerate(v):
                if not (type(_x0) is str):
                    raise errors.wrong_type("tags" + "[" + str(_i0) + "]", _x0, "a string")
            obj.tags = v
        v = src_dict.get("customizado", UNSET)
        if v is UNSET:
            obj.customizado = UNSET
        else:
            try:
                obj.customizado = _VendaCustomizadoInput_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("customizado")
        v = src_dict.get("produtos", UNSET)
        if v is UNSET:
            obj.produtos = UNSET
        else:
            if type(v) is not list:
                raise errors.wrong_type("produtos", v, "an array")
            _p_produtos = _VendaProdutoCreate_from_dict
            try:
                obj.produtos = [_p_produtos(_x0) for _x0 in v] if v else []
            except errors.ParseFailure:
                raise errors.item_failure("produtos", v, _p_produtos) from None
        v = src_dict.get("financeiros", UNSET)
        if v is UNSET:
            obj.financeiros = UNSET
        else:
            if type(v) is not list:
                raise errors.wrong_type("financeiros", v, "an array")
            _p_financeiros = _VendaFinanceiroCreate_from_dict
            try:
                obj.financeiros = [_p_financeiros(_x0) for _x0 in v] if v else []
            except errors.ParseFailure:
                raise errors.item_failure("financeiros", v, _p_financeiros) from None
        if _VendaCreate_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _VendaCreate_keys}
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


from ..models.venda_customizado_input import VendaCustomizadoInput  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.venda_financeiro_create import VendaFinanceiroCreate  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.venda_produto_create import VendaProdutoCreate  # noqa: E402  (after the class: import cycles between models resolve)

_VendaCustomizadoInput_from_dict = VendaCustomizadoInput.from_dict
_VendaFinanceiroCreate_from_dict = VendaFinanceiroCreate.from_dict
_VendaProdutoCreate_from_dict = VendaProdutoCreate.from_dict

_VendaCreate_keys = frozenset(
    (
        "codContato",
        "dtVenda",
        "codVendedor",
        "tags",
        "customizado",
        "produtos",
        "financeiros",
    )
)
