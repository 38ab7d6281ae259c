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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (VendaListItem)")
        d = dict(src_dict)
        obj = cls.__new__(cls)
        v = d.pop("codigo", UNSET)
        if not (type(v) is int):
            raise errors.wrong_type("codigo", v, "an integer")
        obj.codigo = v
        v = d.pop("codContato", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("codContato", v, "an integer")
        obj.cod_contato = v
        v = d.pop("nomeContato", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("nomeContato", v, "a string")
        obj.nome_contato = v
        v = d.pop("codVendedor", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("codVendedor", v, "an integer")
        obj.cod_vendedor = v
        v = d.pop("dtVenda", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("dtVenda", v, "a string")
        obj.dt_venda = v
        v = d.pop("dtEntrega", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("dtEntrega", v, "a string")
        obj.dt_entrega = v
        v = d.pop("valorTotal", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("valorTotal", v, "a number")
        obj.valor_total = v
        v = d.pop("valorFinanc", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("valorFinanc", v, "a number")
        obj.valor_financ = v
        v = d.pop("codsNFe", UNSET)
        if v is UNSET:
            obj.cods_n_fe = UNSET
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
        v = d.pop("situacao", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("situacao", v, "an integer")
        obj.situacao = v
        v = d.pop("tags", UNSET)
        if v is UNSET:
            obj.tags = UNSET
        else:
            if type(v) is not list:
                raise errors.wrong_type("tags", v, "an array")
            for _i0, _x0 in enumerate(v):
                if not (type(_x0) is str):
                    raise errors.wrong_type("tags" + "[" + str(_i0) + "]", _x0, "a string")
            obj.tags = v
        obj.additional_properties = d if d else {}
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
