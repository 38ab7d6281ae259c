from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecebimentoListItem")


@_attrs_define
class RecebimentoListItem:
    """Receivable as shown in the list. In the list every value arrives as a string. codRecibo = receipt code ("0" = none),
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
    """ Status of a receivable: 20 = open (em aberto), 40 = received (recebido). Sent as a number in details and as
    a digit string in lists. """
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
        d = dict(src_dict)

        def _parse_codigo(data: object) -> int | str:
            return cast(int | str, data)

        codigo = _parse_codigo(d.pop("codigo"))

        def _parse_cod_recibo(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        cod_recibo = _parse_cod_recibo(d.pop("codRecibo", UNSET))

        def _parse_descricao(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        descricao = _parse_descricao(d.pop("descricao", UNSET))

        def _parse_previsao(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        previsao = _parse_previsao(d.pop("previsao", UNSET))

        def _parse_situacao(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        situacao = _parse_situacao(d.pop("situacao", UNSET))

        def _parse_cod_disponivel(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        cod_disponivel = _parse_cod_disponivel(d.pop("codDisponivel", UNSET))

        def _parse_cod_boleto(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        cod_boleto = _parse_cod_boleto(d.pop("codBoleto", UNSET))

        def _parse_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        def _parse_valor(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        valor = _parse_valor(d.pop("valor", UNSET))

        def _parse_contato(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contato = _parse_contato(d.pop("contato", UNSET))

        def _parse_nome_disponivel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nome_disponivel = _parse_nome_disponivel(d.pop("nomeDisponivel", UNSET))

        recebimento_list_item = cls(
            codigo=codigo,
            cod_recibo=cod_recibo,
            descricao=descricao,
            previsao=previsao,
            situacao=situacao,
            cod_disponivel=cod_disponivel,
            cod_boleto=cod_boleto,
            data=data,
            valor=valor,
            contato=contato,
            nome_disponivel=nome_disponivel,
        )

        recebimento_list_item.additional_properties = d
        return recebimento_list_item

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
