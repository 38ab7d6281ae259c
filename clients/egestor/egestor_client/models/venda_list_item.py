# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (VendaListItem)")
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
        v = src_dict.get("dtVenda", UNSET)
        if not (v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("dtVenda", v, "null or a string")
        obj.dt_venda = v
        v = src_dict.get("dtEntrega", UNSET)
        if not (v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("dtEntrega", v, "null or a string")
        obj.dt_entrega = v
        v = src_dict.get("valorTotal", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("valorTotal", v, "a number or null")
        obj.valor_total = v
        v = src_dict.get("valorFinanc", UNSET)
        if not (type(v) is float or type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("valorFinanc", v, "a number or null")
        obj.valor_financ = v
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

        if _VendaListItem_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _VendaListItem_keys}
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


_VendaListItem_keys = frozenset(
    (
        "codigo",
        "codContato",
        "nomeContato",
        "codVendedor",
        "dtVenda",
        "dtEntrega",
        "valorTotal",
        "valorFinanc",
        "codsNFe",
        "situacao",
        "tags",
    )
)
