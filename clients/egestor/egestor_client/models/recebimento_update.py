# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..types import UNSET, Unset

T = TypeVar("T", bound="RecebimentoUpdate")


@_attrs_define
class RecebimentoUpdate:
    """Fields for changing a receivable; send only what changes."""

    cod_plano_contas: int | Unset = UNSET
    """ Code of the chart-of-accounts entry. """
    cod_forma_pgto: int | Unset = UNSET
    """ Code of the payment method (0 = none). """
    num_doc: str | Unset = UNSET
    """ Document number. """
    descricao: str | Unset = UNSET
    """ Description. """
    valor: float | Unset = UNSET
    """ Amount. """
    dt_venc: str | Unset = UNSET
    """ Calendar date as `YYYY-MM-DD`. `0000-00-00` stands for "no date". """
    dt_pgto: str | Unset = UNSET
    """ Calendar date as `YYYY-MM-DD`. `0000-00-00` stands for "no date". """
    dt_cad: str | Unset = UNSET
    """ Local date and time as `YYYY-MM-DD hh:mm:ss` (no time zone, no `T`). """
    cod_contato: int | Unset = UNSET
    """ Code of the contact. """
    obs: str | Unset = UNSET
    """ Free-text notes. """
    tags: list[str] | Unset = UNSET
    """ Tags. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cod_plano_contas = self.cod_plano_contas

        cod_forma_pgto = self.cod_forma_pgto

        num_doc = self.num_doc

        descricao = self.descricao

        valor = self.valor

        dt_venc = self.dt_venc

        dt_pgto = self.dt_pgto

        dt_cad = self.dt_cad

        cod_contato = self.cod_contato

        obs = self.obs

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if cod_contato is not UNSET:
            field_dict["codContato"] = cod_contato
        if obs is not UNSET:
            field_dict["obs"] = obs
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (RecebimentoUpdate)")
        obj = cls.__new__(cls)
        v = src_dict.get("codPlanoContas", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("codPlanoContas", v, "an integer")
        obj.cod_plano_contas = v
        v = src_dict.get("codFormaPgto", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("codFormaPgto", v, "an integer")
        obj.cod_forma_pgto = v
        v = src_dict.get("numDoc", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("numDoc", v, "a string")
        obj.num_doc = v
        v = src_dict.get("descricao", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("descricao", v, "a string")
        obj.descricao = v
        v = src_dict.get("valor", UNSET)
        if not (type(v) is float or type(v) is int) and v is not UNSET:
            raise errors.wrong_type("valor", v, "a number")
        obj.valor = v
        v = src_dict.get("dtVenc", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("dtVenc", v, "a string")
        obj.dt_venc = v
        v = src_dict.get("dtPgto", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("dtPgto", v, "a string")
        obj.dt_pgto = v
        v = src_dict.get("dtCad", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("dtCad", v, "a string")
        obj.dt_cad = v
        v = src_dict.get("codContato", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("codContato", v, "an integer")
        obj.cod_contato = v
        v = src_dict.get("obs", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("obs", v, "a string")
        obj.obs = v
        v = src_dict.get("tags", UNSET)
        if v is UNSET:
            obj.tags = UNSET
        else:
            if type(v) is not list:
                raise errors.wrong_type("tags", v, "an array")
            for _i0, _x0 in enumerate(v):
                if not (type(_x0) is str):
                    raise errors.wrong_type("tags" + "[" + str(_i0) + "]", _x0, "a string")
            obj.tags = v
        if _RecebimentoUpdate_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _RecebimentoUpdate_keys}
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


_RecebimentoUpdate_keys = frozenset(
    (
        "codPlanoContas",
        "codFormaPgto",
        "numDoc",
        "descricao",
        "valor",
        "dtVenc",
        "dtPgto",
        "dtCad",
        "codContato",
        "obs",
        "tags",
    )
)
