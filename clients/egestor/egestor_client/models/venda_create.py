from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.venda_customizado_input import VendaCustomizadoInput
    from ..models.venda_financeiro_create import VendaFinanceiroCreate
    from ..models.venda_produto_create import VendaProdutoCreate


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
        from ..models.venda_customizado_input import VendaCustomizadoInput  # noqa: PLC0415
        from ..models.venda_financeiro_create import VendaFinanceiroCreate  # noqa: PLC0415
        from ..models.venda_produto_create import VendaProdutoCreate  # noqa: PLC0415

        d = dict(src_dict)
        cod_contato = d.pop("codContato", UNSET)

        dt_venda = d.pop("dtVenda", UNSET)

        cod_vendedor = d.pop("codVendedor", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _customizado = d.pop("customizado", UNSET)
        customizado: VendaCustomizadoInput | Unset
        if isinstance(_customizado, Unset):
            customizado = UNSET
        else:
            customizado = VendaCustomizadoInput.from_dict(_customizado)

        _produtos = d.pop("produtos", UNSET)
        produtos: list[VendaProdutoCreate] | Unset = UNSET
        if _produtos is not UNSET:
            produtos = []
            for produtos_item_data in _produtos:
                produtos_item = VendaProdutoCreate.from_dict(produtos_item_data)

                produtos.append(produtos_item)

        _financeiros = d.pop("financeiros", UNSET)
        financeiros: list[VendaFinanceiroCreate] | Unset = UNSET
        if _financeiros is not UNSET:
            financeiros = []
            for financeiros_item_data in _financeiros:
                financeiros_item = VendaFinanceiroCreate.from_dict(financeiros_item_data)

                financeiros.append(financeiros_item)

        venda_create = cls(
            cod_contato=cod_contato,
            dt_venda=dt_venda,
            cod_vendedor=cod_vendedor,
            tags=tags,
            customizado=customizado,
            produtos=produtos,
            financeiros=financeiros,
        )

        venda_create.additional_properties = d
        return venda_create

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
