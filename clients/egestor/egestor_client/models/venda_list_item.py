# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VendaListItem")


@_attrs_define
class VendaListItem:
    """Sale as shown in the sales list."""

    codigo: int
    """ Sale code. """
    cod_contato: int | Unset = UNSET
    """ Code of the customer. """
    nome_contato: str | Unset = UNSET
    """ Customer name. """
    cod_vendedor: int | Unset = UNSET
    """ Code of the salesperson. """
    dt_venda: str | Unset = UNSET
    """ Calendar date as `YYYY-MM-DD` in a response. The API sends `0000-00-00` or an empty string when the date is
    not set. """
    dt_entrega: str | Unset = UNSET
    """ Calendar date as `YYYY-MM-DD` in a response. The API sends `0000-00-00` or an empty string when the date is
    not set. """
    valor_total: float | Unset = UNSET
    """ Total amount of the sale. """
    valor_financ: float | Unset = UNSET
    """ Amount financed (sum of instalments). """
    cods_n_fe: list[int | str] | Unset = UNSET
    """ Codes of the NF-e invoices issued for the sale. """
    situacao: int | Unset = UNSET
    """ Status code of the sale (the examples show 50). """
    tags: list[str] | Unset = UNSET
    """ Tags. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codigo = self.codigo

        cod_contato = self.cod_contato

        nome_contato = self.nome_contato

        cod_vendedor = self.cod_vendedor

        dt_venda = self.dt_venda

        dt_entrega = self.dt_entrega

        valor_total = self.valor_total

        valor_financ = self.valor_financ

        cods_n_fe: list[int | str] | Unset = UNSET
        if not isinstance(self.cods_n_fe, Unset):
            cods_n_fe = []
            for cods_n_fe_item_data in self.cods_n_fe:
                cods_n_fe_item: int | str
                cods_n_fe_item = cods_n_fe_item_data
                cods_n_fe.append(cods_n_fe_item)

        situacao = self.situacao

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "codigo": codigo,
            }
        )
        if cod_contato is not UNSET:
            field_dict["codContato"] = cod_contato
        if nome_contato is not UNSET:
            field_dict["nomeContato"] = nome_contato
        if cod_vendedor is not UNSET:
            field_dict["codVendedor"] = cod_vendedor
        if dt_venda is not UNSET:
            field_dict["dtVenda"] = dt_venda
        if dt_entrega is not UNSET:
            field_dict["dtEntrega"] = dt_entrega
        if valor_total is not UNSET:
            field_dict["valorTotal"] = valor_total
        if valor_financ is not UNSET:
            field_dict["valorFinanc"] = valor_financ
        if cods_n_fe is not UNSET:
            field_dict["codsNFe"] = cods_n_fe
        if situacao is not UNSET:
            field_dict["situacao"] = situacao
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        codigo = d.pop("codigo")

        cod_contato = d.pop("codContato", UNSET)

        nome_contato = d.pop("nomeContato", UNSET)

        cod_vendedor = d.pop("codVendedor", UNSET)

        dt_venda = d.pop("dtVenda", UNSET)

        dt_entrega = d.pop("dtEntrega", UNSET)

        valor_total = d.pop("valorTotal", UNSET)

        valor_financ = d.pop("valorFinanc", UNSET)

        _cods_n_fe = d.pop("codsNFe", UNSET)
        cods_n_fe: list[int | str] | Unset = UNSET
        if _cods_n_fe is not UNSET:
            cods_n_fe = []
            for cods_n_fe_item_data in _cods_n_fe:

                def _parse_cods_n_fe_item(data: object) -> int | str:
                    return cast(int | str, data)

                cods_n_fe_item = _parse_cods_n_fe_item(cods_n_fe_item_data)

                cods_n_fe.append(cods_n_fe_item)

        situacao = d.pop("situacao", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        venda_list_item = cls(
            codigo=codigo,
            cod_contato=cod_contato,
            nome_contato=nome_contato,
            cod_vendedor=cod_vendedor,
            dt_venda=dt_venda,
            dt_entrega=dt_entrega,
            valor_total=valor_total,
            valor_financ=valor_financ,
            cods_n_fe=cods_n_fe,
            situacao=situacao,
            tags=tags,
        )

        venda_list_item.additional_properties = d
        return venda_list_item

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
