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
    cod_contato: int | None | Unset = UNSET
    """ Code of the customer. """
    nome_contato: None | str | Unset = UNSET
    """ Customer name. """
    cod_vendedor: int | None | Unset = UNSET
    """ Code of the salesperson. """
    dt_venda: None | str | Unset = UNSET
    dt_entrega: None | str | Unset = UNSET
    valor_total: float | None | Unset = UNSET
    """ Total amount of the sale. """
    valor_financ: float | None | Unset = UNSET
    """ Amount financed (sum of instalments). """
    cods_n_fe: list[int | str] | None | Unset = UNSET
    """ Codes of the NF-e invoices issued for the sale. """
    situacao: int | None | Unset = UNSET
    """ Status code of the sale (the examples show 50). """
    tags: list[str] | None | Unset = UNSET
    """ Tags. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codigo = self.codigo

        cod_contato: int | None | Unset
        if isinstance(self.cod_contato, Unset):
            cod_contato = UNSET
        else:
            cod_contato = self.cod_contato

        nome_contato: None | str | Unset
        if isinstance(self.nome_contato, Unset):
            nome_contato = UNSET
        else:
            nome_contato = self.nome_contato

        cod_vendedor: int | None | Unset
        if isinstance(self.cod_vendedor, Unset):
            cod_vendedor = UNSET
        else:
            cod_vendedor = self.cod_vendedor

        dt_venda: None | str | Unset
        if isinstance(self.dt_venda, Unset):
            dt_venda = UNSET
        else:
            dt_venda = self.dt_venda

        dt_entrega: None | str | Unset
        if isinstance(self.dt_entrega, Unset):
            dt_entrega = UNSET
        else:
            dt_entrega = self.dt_entrega

        valor_total: float | None | Unset
        if isinstance(self.valor_total, Unset):
            valor_total = UNSET
        else:
            valor_total = self.valor_total

        valor_financ: float | None | Unset
        if isinstance(self.valor_financ, Unset):
            valor_financ = UNSET
        else:
            valor_financ = self.valor_financ

        cods_n_fe: list[int | str] | None | Unset
        if isinstance(self.cods_n_fe, Unset):
            cods_n_fe = UNSET
        elif isinstance(self.cods_n_fe, list):
            cods_n_fe = []
            for cods_n_fe_type_0_item_data in self.cods_n_fe:
                cods_n_fe_type_0_item: int | str
                cods_n_fe_type_0_item = cods_n_fe_type_0_item_data
                cods_n_fe.append(cods_n_fe_type_0_item)

        else:
            cods_n_fe = self.cods_n_fe

        situacao: int | None | Unset
        if isinstance(self.situacao, Unset):
            situacao = UNSET
        else:
            situacao = self.situacao

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
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

        def _parse_cod_contato(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cod_contato = _parse_cod_contato(d.pop("codContato", UNSET))

        def _parse_nome_contato(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nome_contato = _parse_nome_contato(d.pop("nomeContato", UNSET))

        def _parse_cod_vendedor(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cod_vendedor = _parse_cod_vendedor(d.pop("codVendedor", UNSET))

        def _parse_dt_venda(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dt_venda = _parse_dt_venda(d.pop("dtVenda", UNSET))

        def _parse_dt_entrega(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dt_entrega = _parse_dt_entrega(d.pop("dtEntrega", UNSET))

        def _parse_valor_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        valor_total = _parse_valor_total(d.pop("valorTotal", UNSET))

        def _parse_valor_financ(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        valor_financ = _parse_valor_financ(d.pop("valorFinanc", UNSET))

        def _parse_cods_n_fe(data: object) -> list[int | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cods_n_fe_type_0 = []
                _cods_n_fe_type_0 = data
                for cods_n_fe_type_0_item_data in _cods_n_fe_type_0:

                    def _parse_cods_n_fe_type_0_item(data: object) -> int | str:
                        return cast(int | str, data)

                    cods_n_fe_type_0_item = _parse_cods_n_fe_type_0_item(cods_n_fe_type_0_item_data)

                    cods_n_fe_type_0.append(cods_n_fe_type_0_item)

                return cods_n_fe_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int | str] | None | Unset, data)

        cods_n_fe = _parse_cods_n_fe(d.pop("codsNFe", UNSET))

        def _parse_situacao(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        situacao = _parse_situacao(d.pop("situacao", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

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
