from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecebimentoDetail")


@_attrs_define
class RecebimentoDetail:
    """Full receivable record."""

    codigo: int | str
    """ A whole number that the API sometimes sends as a JSON number and sometimes as a JSON string holding digits
    (e.g. `1` or `"1"`). Clients should accept both. """
    cod_plano_contas: int | None | Unset = UNSET
    """ Code of the chart-of-accounts entry. """
    cod_forma_pgto: int | None | Unset = UNSET
    """ Code of the payment method. """
    num_doc: None | str | Unset = UNSET
    """ Document number. """
    descricao: None | str | Unset = UNSET
    """ Description. """
    valor: float | None | str | Unset = UNSET
    """ A monetary amount or measure sent either as a JSON number (`100`, `10.37`) or as a decimal string with a dot
    separator (`"50.00"`, `"0.000"`). """
    dt_venc: None | str | Unset = UNSET
    dt_pgto: None | str | Unset = UNSET
    dt_cad: None | str | Unset = UNSET
    situacao: int | None | str | Unset = UNSET
    """ Status of a receivable: 20 = open (em aberto), 40 = received (recebido). Sent as a number in details and as
    a digit string in lists. """
    cod_contato: int | None | Unset = UNSET
    """ Code of the contact. """
    origem: None | str | Unset = UNSET
    """ Module that created the entry, e.g. `vendas` or `financeiro`. """
    obs: None | str | Unset = UNSET
    """ Free-text notes. """
    tags: list[str] | None | Unset = UNSET
    """ Tags. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codigo: int | str
        codigo = self.codigo

        cod_plano_contas: int | None | Unset
        if isinstance(self.cod_plano_contas, Unset):
            cod_plano_contas = UNSET
        else:
            cod_plano_contas = self.cod_plano_contas

        cod_forma_pgto: int | None | Unset
        if isinstance(self.cod_forma_pgto, Unset):
            cod_forma_pgto = UNSET
        else:
            cod_forma_pgto = self.cod_forma_pgto

        num_doc: None | str | Unset
        if isinstance(self.num_doc, Unset):
            num_doc = UNSET
        else:
            num_doc = self.num_doc

        descricao: None | str | Unset
        if isinstance(self.descricao, Unset):
            descricao = UNSET
        else:
            descricao = self.descricao

        valor: float | None | str | Unset
        if isinstance(self.valor, Unset):
            valor = UNSET
        else:
            valor = self.valor

        dt_venc: None | str | Unset
        if isinstance(self.dt_venc, Unset):
            dt_venc = UNSET
        else:
            dt_venc = self.dt_venc

        dt_pgto: None | str | Unset
        if isinstance(self.dt_pgto, Unset):
            dt_pgto = UNSET
        else:
            dt_pgto = self.dt_pgto

        dt_cad: None | str | Unset
        if isinstance(self.dt_cad, Unset):
            dt_cad = UNSET
        else:
            dt_cad = self.dt_cad

        situacao: int | None | str | Unset
        if isinstance(self.situacao, Unset):
            situacao = UNSET
        else:
            situacao = self.situacao

        cod_contato: int | None | Unset
        if isinstance(self.cod_contato, Unset):
            cod_contato = UNSET
        else:
            cod_contato = self.cod_contato

        origem: None | str | Unset
        if isinstance(self.origem, Unset):
            origem = UNSET
        else:
            origem = self.origem

        obs: None | str | Unset
        if isinstance(self.obs, Unset):
            obs = UNSET
        else:
            obs = self.obs

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
        if cod_plano_contas is not UNSET:
            field_dict["codPlanoContas"] = cod_plano_contas
        if cod_forma_pgto is not UNSET:
            field_dict["codFormaPgto"] = cod_forma_pgto
        if num_doc is not UNSET:
            field_dict["numDoc"] = num_doc
        if descricao is not UNSET:
            field_dict["descricao"] = descricao
        if valor is not UNSET:
            field_dict["valor"] = valor
        if dt_venc is not UNSET:
            field_dict["dtVenc"] = dt_venc
        if dt_pgto is not UNSET:
            field_dict["dtPgto"] = dt_pgto
        if dt_cad is not UNSET:
            field_dict["dtCad"] = dt_cad
        if situacao is not UNSET:
            field_dict["situacao"] = situacao
        if cod_contato is not UNSET:
            field_dict["codContato"] = cod_contato
        if origem is not UNSET:
            field_dict["origem"] = origem
        if obs is not UNSET:
            field_dict["obs"] = obs
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_codigo(data: object) -> int | str:
            return cast(int | str, data)

        codigo = _parse_codigo(d.pop("codigo"))

        def _parse_cod_plano_contas(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cod_plano_contas = _parse_cod_plano_contas(d.pop("codPlanoContas", UNSET))

        def _parse_cod_forma_pgto(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cod_forma_pgto = _parse_cod_forma_pgto(d.pop("codFormaPgto", UNSET))

        def _parse_num_doc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        num_doc = _parse_num_doc(d.pop("numDoc", UNSET))

        def _parse_descricao(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        descricao = _parse_descricao(d.pop("descricao", UNSET))

        def _parse_valor(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        valor = _parse_valor(d.pop("valor", UNSET))

        def _parse_dt_venc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dt_venc = _parse_dt_venc(d.pop("dtVenc", UNSET))

        def _parse_dt_pgto(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dt_pgto = _parse_dt_pgto(d.pop("dtPgto", UNSET))

        def _parse_dt_cad(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dt_cad = _parse_dt_cad(d.pop("dtCad", UNSET))

        def _parse_situacao(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        situacao = _parse_situacao(d.pop("situacao", UNSET))

        def _parse_cod_contato(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cod_contato = _parse_cod_contato(d.pop("codContato", UNSET))

        def _parse_origem(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        origem = _parse_origem(d.pop("origem", UNSET))

        def _parse_obs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        obs = _parse_obs(d.pop("obs", UNSET))

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

        recebimento_detail = cls(
            codigo=codigo,
            cod_plano_contas=cod_plano_contas,
            cod_forma_pgto=cod_forma_pgto,
            num_doc=num_doc,
            descricao=descricao,
            valor=valor,
            dt_venc=dt_venc,
            dt_pgto=dt_pgto,
            dt_cad=dt_cad,
            situacao=situacao,
            cod_contato=cod_contato,
            origem=origem,
            obs=obs,
            tags=tags,
        )

        recebimento_detail.additional_properties = d
        return recebimento_detail

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
