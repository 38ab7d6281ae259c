# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (RecebimentoDetail)")
        obj = cls.__new__(cls)
        v = src_dict.get("codigo", UNSET)
        if not (type(v) is int or type(v) is str):
            raise errors.wrong_type("codigo", v, "an integer or a string")
        obj.codigo = v
        v = src_dict.get("codPlanoContas", UNSET)
        if not (type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("codPlanoContas", v, "an integer or null")
        obj.cod_plano_contas = v
        v = src_dict.get("codFormaPgto", UNSET)
        if not (type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("codFormaPgto", v, "an integer or null")
        obj.cod_forma_pgto = v
        v = src_dict.get("numDoc", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("numDoc", v, "a string or null")
        obj.num_doc = v
        v = src_dict.get("descricao", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("descricao", v, "a string or null")
        obj.descricao = v
        v = src_dict.get("valor", UNSET)
        if not (type(v) is float or type(v) is int or v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("valor", v, "a number or null or a string")
        obj.valor = v
        v = src_dict.get("dtVenc", UNSET)
        if not (v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("dtVenc", v, "null or a string")
        obj.dt_venc = v
        v = src_dict.get("dtPgto", UNSET)
        if not (v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("dtPgto", v, "null or a string")
        obj.dt_pgto = v
        v = src_dict.get("dtCad", UNSET)
        if not (v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("dtCad", v, "null or a string")
        obj.dt_cad = v
        v = src_dict.get("situacao", UNSET)
        if not (type(v) is int or v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("situacao", v, "an integer or null or a string")
        obj.situacao = v
        v = src_dict.get("codContato", UNSET)
        if not (type(v) is int or v is None or v is UNSET):
            raise errors.wrong_type("codContato", v, "an integer or null")
        obj.cod_contato = v
        v = src_dict.get("origem", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("origem", v, "a string or null")
        obj.origem = v
        v = src_dict.get("obs", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("obs", v, "a string or null")
        obj.obs = v
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

        if _RecebimentoDetail_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _RecebimentoDetail_keys}
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


_RecebimentoDetail_keys = frozenset(
    (
        "codigo",
        "codPlanoContas",
        "codFormaPgto",
        "numDoc",
        "descricao",
        "valor",
        "dtVenc",
        "dtPgto",
        "dtCad",
        "situacao",
        "codContato",
        "origem",
        "obs",
        "tags",
    )
)
