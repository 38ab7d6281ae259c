# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="VendaDetail")


@_attrs_define
class VendaDetail:
    """Full sale record with its lines and instalments."""

    codigo: int
    """ Sale code. """
    cod_contato: int | None | Unset = UNSET
    """ Code of the customer. """
    nome_contato: None | str | Unset = UNSET
    """ Customer name. """
    cod_vendedor: int | None | Unset = UNSET
    """ Code of the salesperson. """
    nome_vendedor: None | str | Unset = UNSET
    """ Salesperson name. """
    dt_venda: None | str | Unset = UNSET
    dt_entrega: None | str | Unset = UNSET
    dt_cad: None | str | Unset = UNSET
    valor_total: float | None | Unset = UNSET
    """ Total amount of the sale. """
    valor_financ: float | None | Unset = UNSET
    """ Amount financed (sum of instalments). """
    valor_entrada: float | None | Unset = UNSET
    """ Down payment. """
    num_parcelas: int | None | Unset = UNSET
    """ Number of instalments. """
    cods_n_fe: list[int | str] | None | Unset = UNSET
    """ Codes of the NF-e invoices issued for the sale. """
    customizado: None | Unset | VendaCustomizado = UNSET
    cliente_final: bool | None | Unset = UNSET
    """ Whether the customer is a final consumer. """
    situacao: int | None | Unset = UNSET
    """ Status code of the sale (the examples show 50). """
    tags: list[str] | None | Unset = UNSET
    """ Tags. """
    produtos: list[VendaProduto] | None | Unset = UNSET
    """ Product and service lines. """
    financeiros: list[VendaFinanceiro] | None | Unset = UNSET
    """ Receivable instalments. """
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

        nome_vendedor: None | str | Unset
        if isinstance(self.nome_vendedor, Unset):
            nome_vendedor = UNSET
        else:
            nome_vendedor = self.nome_vendedor

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

        dt_cad: None | str | Unset
        if isinstance(self.dt_cad, Unset):
            dt_cad = UNSET
        else:
            dt_cad = self.dt_cad

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

        valor_entrada: float | None | Unset
        if isinstance(self.valor_entrada, Unset):
            valor_entrada = UNSET
        else:
            valor_entrada = self.valor_entrada

        num_parcelas: int | None | Unset
        if isinstance(self.num_parcelas, Unset):
            num_parcelas = UNSET
        else:
            num_parcelas = self.num_parcelas

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

        customizado: dict[str, Any] | None | Unset
        if isinstance(self.customizado, Unset):
            customizado = UNSET
        elif isinstance(self.customizado, VendaCustomizado):
            customizado = self.customizado.to_dict()
        else:
            customizado = self.customizado

        cliente_final: bool | None | Unset
        if isinstance(self.cliente_final, Unset):
            cliente_final = UNSET
        else:
            cliente_final = self.cliente_final

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

        produtos: list[dict[str, Any]] | None | Unset
        if isinstance(self.produtos, Unset):
            produtos = UNSET
        elif isinstance(self.produtos, list):
            produtos = []
            for produtos_type_0_item_data in self.produtos:
                produtos_type_0_item = produtos_type_0_item_data.to_dict()
                produtos.append(produtos_type_0_item)

        else:
            produtos = self.produtos

        financeiros: list[dict[str, Any]] | None | Unset
        if isinstance(self.financeiros, Unset):
            financeiros = UNSET
        elif isinstance(self.financeiros, list):
            financeiros = []
            for financeiros_type_0_item_data in self.financeiros:
                financeiros_type_0_item = financeiros_type_0_item_data.to_dict()
                financeiros.append(financeiros_type_0_item)

        else:
            financeiros = self.financeiros

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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (VendaDetail)")
        obj = cls.__new__(cls)
        v = src_dict.get("codigo", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("codigo", v, "an integer")
        obj.codigo = v
        v = src_dict.get("codContato", UNSET)
        if not (type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("codContato", v, "an integer or null")
        obj.cod_contato = v
        v = src_dict.get("nomeContato", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("nomeContato", v, "a string or null")
        obj.nome_contato = v
        v = src_dict.get("codVendedor", UNSET)
        if not (type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("codVendedor", v, "an integer or null")
        obj.cod_vendedor = v
        v = src_dict.get("nomeVendedor", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("nomeVendedor", v, "a string or null")
        obj.nome_vendedor = v
        v = src_dict.get("dtVenda", UNSET)
        if not (v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("dtVenda", v, "null or a string")
        obj.dt_venda = v
        v = src_dict.get("dtEntrega", UNSET)
        if not (v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("dtEntrega", v, "null or a string")
        obj.dt_entrega = v
        v = src_dict.get("dtCad", UNSET)
        if not (v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("dtCad", v, "null or a string")
        obj.dt_cad = v
        v = src_dict.get("valorTotal", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("valorTotal", v, "a number or null")
        obj.valor_total = v
        v = src_dict.get("valorFinanc", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("valorFinanc", v, "a number or null")
        obj.valor_financ = v
        v = src_dict.get("valorEntrada", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("valorEntrada", v, "a number or null")
        obj.valor_entrada = v
        v = src_dict.get("numParcelas", UNSET)
        if not (type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("numParcelas", v, "an integer or null")
        obj.num_parcelas = v
        v = src_dict.get("codsNFe", UNSET)
        if v is None or v is UNSET:
            obj.cods_n_fe = v
        else:
            if type(v) is not list:
                raise errors.wrong_type("codsNFe", v, "an array")
            _l_cods_n_fe: list[int | str] = []
            for _i0, _x0 in enumerate(v):
                if not (type(_x0) is int or type(_x0) is str):
                    raise errors.wrong_type("codsNFe" + "[" + str(_i0) + "]", _x0, "an integer or a string")
                _y_cods_n_fe = _x0
                _l_cods_n_fe.append(_y_cods_n_fe)
            obj.cods_n_fe = _l_cods_n_fe

        v = src_dict.get("customizado", UNSET)
        if v is None or v is UNSET:
            obj.customizado = v
        else:
            try:
                obj.customizado = _VendaCustomizado_from_dict(v)
            except errors.ParseFailure as _f0:
                raise _f0.within("customizado")

        v = src_dict.get("clienteFinal", UNSET)
        if not (type(v) is bool or v is None or v is UNSET):
            raise errors.wrong_type("clienteFinal", v, "a boolean or null")
        obj.cliente_final = v
        v = src_dict.get("situacao", UNSET)
        if not (type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("situacao", v, "an integer or null")
        obj.situacao = v
        v = src_dict.get("tags", UNSET)
        if v is None or v is UNSET:
            obj.tags = v
        else:
            if type(v) is not list:
                raise errors.wrong_type("tags", v, "an array")
            for _i0, _x0 in enumerate(v):
                if not (type(_x0) is str):
                    raise errors.wrong_type("tags" + "[" + str(_i0) + "]", _x0, "a string")
            obj.tags = v

        v = src_dict.get("produtos", UNSET)
        if v is None or v is UNSET:
            obj.produtos = v
        else:
            if type(v) is not list:
                raise errors.wrong_type("produtos", v, "an array")
            _p_produtos = _VendaProduto_from_dict
            try:
                obj.produtos = [_p_produtos(_x0) for _x0 in v] if v else []
            except errors.ParseFailure:
                raise errors.item_failure("produtos", v, _p_produtos) from None

        v = src_dict.get("financeiros", UNSET)
        if v is None or v is UNSET:
            obj.financeiros = v
        else:
            if type(v) is not list:
                raise errors.wrong_type("financeiros", v, "an array")
            _p_financeiros = _VendaFinanceiro_from_dict
            try:
                obj.financeiros = [_p_financeiros(_x0) for _x0 in v] if v else []
            except errors.ParseFailure:
                raise errors.item_failure("financeiros", v, _p_financeiros) from None

        if _VendaDetail_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _VendaDetail_keys}
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


from ..models.venda_customizado import VendaCustomizado  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.venda_financeiro import VendaFinanceiro  # noqa: E402  (after the class: import cycles between models resolve)
from ..models.venda_produto import VendaProduto  # noqa: E402  (after the class: import cycles between models resolve)

_VendaCustomizado_from_dict = VendaCustomizado.from_dict
_VendaFinanceiro_from_dict = VendaFinanceiro.from_dict
_VendaProduto_from_dict = VendaProduto.from_dict

_VendaDetail_keys = frozenset(
    (
        "codigo",
        "codContato",
        "nomeContato",
        "codVendedor",
        "nomeVendedor",
        "dtVenda",
        "dtEntrega",
        "dtCad",
        "valorTotal",
        "valorFinanc",
        "valorEntrada",
        "numParcelas",
        "codsNFe",
        "customizado",
        "clienteFinal",
        "situacao",
        "tags",
        "produtos",
        "financeiros",
    )
)
