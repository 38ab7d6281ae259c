# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="PagamentoListItem")


@_attrs_define
class PagamentoListItem:
    """Payable as shown in the list. In the list every value arrives as a string. codRecibo = receipt code ("0" = none),
    previsao = forecast flag ("0"/"1"), codDisponivel = cash/bank account code, codBoleto = bank slip code ("0" = none),
    data = due date.

    """

    codigo: int | str
    """ A whole number that the API sometimes sends as a JSON number and sometimes as a JSON string holding digits
    (e.g. `1` or `"1"`). Clients should accept both. """
    cod_recibo: int | None | str | Unset = UNSET
    """ IntOrString, or null where the property is optional. """
    descricao: None | str | Unset = UNSET
    """ Description. """
    previsao: int | None | str | Unset = UNSET
    """ IntOrString, or null where the property is optional. """
    situacao: int | None | str | Unset = UNSET
    """ Status of a payable: 10 = open (em aberto), 30 = paid (pago), per the doc's table. Sent as a number in
    details and as a digit string in lists. """
    cod_disponivel: int | None | str | Unset = UNSET
    """ IntOrString, or null where the property is optional. """
    cod_boleto: int | None | str | Unset = UNSET
    """ IntOrString, or null where the property is optional. """
    data: None | str | Unset = UNSET
    valor: float | None | str | Unset = UNSET
    """ A monetary amount or measure sent either as a JSON number (`100`, `10.37`) or as a decimal string with a dot
    separator (`"50.00"`, `"0.000"`). """
    contato: None | str | Unset = UNSET
    """ Contact name. """
    nome_disponivel: None | str | Unset = UNSET
    """ Name of the cash/bank account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codigo: int | str
        codigo = self.codigo

        cod_recibo: int | None | str | Unset
        if isinstance(self.cod_recibo, Unset):
            cod_recibo = UNSET
        else:
            cod_recibo = self.cod_recibo

        descricao: None | str | Unset
        if isinstance(self.descricao, Unset):
            descricao = UNSET
        else:
            descricao = self.descricao

        previsao: int | None | str | Unset
        if isinstance(self.previsao, Unset):
            previsao = UNSET
        else:
            previsao = self.previsao

        situacao: int | None | str | Unset
        if isinstance(self.situacao, Unset):
            situacao = UNSET
        else:
            situacao = self.situacao

        cod_disponivel: int | None | str | Unset
        if isinstance(self.cod_disponivel, Unset):
            cod_disponivel = UNSET
        else:
            cod_disponivel = self.cod_disponivel

        cod_boleto: int | None | str | Unset
        if isinstance(self.cod_boleto, Unset):
            cod_boleto = UNSET
        else:
            cod_boleto = self.cod_boleto

        data: None | str | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        valor: float | None | str | Unset
        if isinstance(self.valor, Unset):
            valor = UNSET
        else:
            valor = self.valor

        contato: None | str | Unset
        if isinstance(self.contato, Unset):
            contato = UNSET
        else:
            contato = self.contato

        nome_disponivel: None | str | Unset
        if isinstance(self.nome_disponivel, Unset):
            nome_disponivel = UNSET
        else:
            nome_disponivel = self.nome_disponivel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "codigo": codigo,
            }
        )
        if cod_recibo is not UNSET:
            field_dict["codRecibo"] = cod_recibo
        if descricao is not UNSET:
            field_dict["descricao"] = descricao
        if previsao is not UNSET:
            field_dict["previsao"] = previsao
        if situacao is not UNSET:
            field_dict["situacao"] = situacao
        if cod_disponivel is not UNSET:
            field_dict["codDisponivel"] = cod_disponivel
        if cod_boleto is not UNSET:
            field_dict["codBoleto"] = cod_boleto
        if data is not UNSET:
            field_dict["data"] = data
        if valor is not UNSET:
            field_dict["valor"] = valor
        if contato is not UNSET:
            field_dict["contato"] = contato
        if nome_disponivel is not UNSET:
            field_dict["nomeDisponivel"] = nome_disponivel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (PagamentoListItem)")
        obj = cls.__new__(cls)
        v = src_dict.get("codigo", UNSET)
        if not (type(v) is int or type(v) is str):
            raise errors.wrong_type("codigo", v, "an integer or a string")
        obj.codigo = v
        v = src_dict.get("codRecibo", UNSET)
        if not (type(v) is int or v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("codRecibo", v, "an integer or null or a string")
        obj.cod_recibo = v
        v = src_dict.get("descricao", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("descricao", v, "a string or null")
        obj.descricao = v
        v = src_dict.get("previsao", UNSET)
        if not (type(v) is int or v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("previsao", v, "an integer or null or a string")
        obj.previsao = v
        v = src_dict.get("situacao", UNSET)
        if not (type(v) is int or v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("situacao", v, "an integer or null or a string")
        obj.situacao = v
        v = src_dict.get("codDisponivel", UNSET)
        if not (type(v) is int or v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("codDisponivel", v, "an integer or null or a string")
        obj.cod_disponivel = v
        v = src_dict.get("codBoleto", UNSET)
        if not (type(v) is int or v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("codBoleto", v, "an integer or null or a string")
        obj.cod_boleto = v
        v = src_dict.get("data", UNSET)
        if not (v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("data", v, "null or a string")
        obj.data = v
        v = src_dict.get("valor", UNSET)
        if not (type(v) is float or type(v) is int or v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("valor", v, "a number or null or a string")
        obj.valor = v
        v = src_dict.get("contato", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("contato", v, "a string or null")
        obj.contato = v
        v = src_dict.get("nomeDisponivel", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("nomeDisponivel", v, "a string or null")
        obj.nome_disponivel = v
        if _PagamentoListItem_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _PagamentoListItem_keys}
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


_PagamentoListItem_keys = frozenset(
    (
        "codigo",
        "codRecibo",
        "descricao",
        "previsao",
        "situacao",
        "codDisponivel",
        "codBoleto",
        "data",
        "valor",
        "contato",
        "nomeDisponivel",
    )
)
