# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.venda_customizado import VendaCustomizado
    from ..models.venda_financeiro import VendaFinanceiro
    from ..models.venda_produto import VendaProduto


T = TypeVar("T", bound="VendaDetail")


@_attrs_define
class VendaDetail:
    """Full sale record with its lines and instalments."""

    codigo: int
    """ Sale code. """
    cod_contato: int | Unset = UNSET
    """ Code of the customer. """
    nome_contato: str | Unset = UNSET
    """ Customer name. """
    cod_vendedor: int | Unset = UNSET
    """ Code of the salesperson. """
    nome_vendedor: str | Unset = UNSET
    """ Salesperson name. """
    dt_venda: str | Unset = UNSET
    """ Calendar date as `YYYY-MM-DD` in a response. The API sends `0000-00-00` or an empty string when the date is
    not set. """
    dt_entrega: str | Unset = UNSET
    """ Calendar date as `YYYY-MM-DD` in a response. The API sends `0000-00-00` or an empty string when the date is
    not set. """
    dt_cad: str | Unset = UNSET
    """ Local date and time as `YYYY-MM-DD hh:mm:ss` (no time zone, no `T`). """
    valor_total: float | Unset = UNSET
    """ Total amount of the sale. """
    valor_financ: float | Unset = UNSET
    """ Amount financed (sum of instalments). """
    valor_entrada: float | Unset = UNSET
    """ Down payment. """
    num_parcelas: int | Unset = UNSET
    """ Number of instalments. """
    cods_n_fe: list[int | str] | Unset = UNSET
    """ Codes of the NF-e invoices issued for the sale. """
    customizado: VendaCustomizado | Unset = UNSET
    """ Values of the account's custom sale fields (up to four). Their labels come from GET
    /config/vendas/customizado. """
    cliente_final: bool | Unset = UNSET
    """ Whether the customer is a final consumer. """
    situacao: int | Unset = UNSET
    """ Status code of the sale (the examples show 50). """
    tags: list[str] | Unset = UNSET
    """ Tags. """
    produtos: list[VendaProduto] | Unset = UNSET
    """ Product and service lines. """
    financeiros: list[VendaFinanceiro] | Unset = UNSET
    """ Receivable instalments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codigo = self.codigo

        cod_contato = self.cod_contato

        nome_contato = self.nome_contato

        cod_vendedor = self.cod_vendedor

        nome_vendedor = self.nome_vendedor

        dt_venda = self.dt_venda

        dt_entrega = self.dt_entrega

        dt_cad = self.dt_cad

        valor_total = self.valor_total

        valor_financ = self.valor_financ

        valor_entrada = self.valor_entrada

        num_parcelas = self.num_parcelas

        cods_n_fe: list[int | str] | Unset = UNSET
        if not isinstance(self.cods_n_fe, Unset):
            cods_n_fe = []
            for cods_n_fe_item_data in self.cods_n_fe:
                cods_n_fe_item: int | str
                cods_n_fe_item = cods_n_fe_item_data
                cods_n_fe.append(cods_n_fe_item)

        customizado: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customizado, Unset):
            customizado = self.customizado.to_dict()

        cliente_final = self.cliente_final

        situacao = self.situacao

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

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
        if nome_vendedor is not UNSET:
            field_dict["nomeVendedor"] = nome_vendedor
        if dt_venda is not UNSET:
            field_dict["dtVenda"] = dt_venda
        if dt_entrega is not UNSET:
            field_dict["dtEntrega"] = dt_entrega
        if dt_cad is not UNSET:
            field_dict["dtCad"] = dt_cad
        if valor_total is not UNSET:
            field_dict["valorTotal"] = valor_total
        if valor_financ is not UNSET:
            field_dict["valorFinanc"] = valor_financ
        if valor_entrada is not UNSET:
            field_dict["valorEntrada"] = valor_entrada
        if num_parcelas is not UNSET:
            field_dict["numParcelas"] = num_parcelas
        if cods_n_fe is not UNSET:
            field_dict["codsNFe"] = cods_n_fe
        if customizado is not UNSET:
            field_dict["customizado"] = customizado
        if cliente_final is not UNSET:
            field_dict["clienteFinal"] = cliente_final
        if situacao is not UNSET:
            field_dict["situacao"] = situacao
        if tags is not UNSET:
            field_dict["tags"] = tags
        if produtos is not UNSET:
            field_dict["produtos"] = produtos
        if financeiros is not UNSET:
            field_dict["financeiros"] = financeiros

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.venda_customizado import VendaCustomizado  # noqa: PLC0415
        from ..models.venda_financeiro import VendaFinanceiro  # noqa: PLC0415
        from ..models.venda_produto import VendaProduto  # noqa: PLC0415

        d = dict(src_dict)
        codigo = d.pop("codigo")

        cod_contato = d.pop("codContato", UNSET)

        nome_contato = d.pop("nomeContato", UNSET)

        cod_vendedor = d.pop("codVendedor", UNSET)

        nome_vendedor = d.pop("nomeVendedor", UNSET)

        dt_venda = d.pop("dtVenda", UNSET)

        dt_entrega = d.pop("dtEntrega", UNSET)

        dt_cad = d.pop("dtCad", UNSET)

        valor_total = d.pop("valorTotal", UNSET)

        valor_financ = d.pop("valorFinanc", UNSET)

        valor_entrada = d.pop("valorEntrada", UNSET)

        num_parcelas = d.pop("numParcelas", UNSET)

        _cods_n_fe = d.pop("codsNFe", UNSET)
        cods_n_fe: list[int | str] | Unset = UNSET
        if _cods_n_fe is not UNSET:
            cods_n_fe = []
            for cods_n_fe_item_data in _cods_n_fe:

                def _parse_cods_n_fe_item(data: object) -> int | str:
                    return cast(int | str, data)

                cods_n_fe_item = _parse_cods_n_fe_item(cods_n_fe_item_data)

                cods_n_fe.append(cods_n_fe_item)

        _customizado = d.pop("customizado", UNSET)
        customizado: VendaCustomizado | Unset
        if isinstance(_customizado, Unset):
            customizado = UNSET
        else:
            customizado = VendaCustomizado.from_dict(_customizado)

        cliente_final = d.pop("clienteFinal", UNSET)

        situacao = d.pop("situacao", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        _produtos = d.pop("produtos", UNSET)
        produtos: list[VendaProduto] | Unset = UNSET
        if _produtos is not UNSET:
            produtos = []
            for produtos_item_data in _produtos:
                produtos_item = VendaProduto.from_dict(produtos_item_data)

                produtos.append(produtos_item)

        _financeiros = d.pop("financeiros", UNSET)
        financeiros: list[VendaFinanceiro] | Unset = UNSET
        if _financeiros is not UNSET:
            financeiros = []
            for financeiros_item_data in _financeiros:
                financeiros_item = VendaFinanceiro.from_dict(financeiros_item_data)

                financeiros.append(financeiros_item)

        venda_detail = cls(
            codigo=codigo,
            cod_contato=cod_contato,
            nome_contato=nome_contato,
            cod_vendedor=cod_vendedor,
            nome_vendedor=nome_vendedor,
            dt_venda=dt_venda,
            dt_entrega=dt_entrega,
            dt_cad=dt_cad,
            valor_total=valor_total,
            valor_financ=valor_financ,
            valor_entrada=valor_entrada,
            num_parcelas=num_parcelas,
            cods_n_fe=cods_n_fe,
            customizado=customizado,
            cliente_final=cliente_final,
            situacao=situacao,
            tags=tags,
            produtos=produtos,
            financeiros=financeiros,
        )

        venda_detail.additional_properties = d
        return venda_detail

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
