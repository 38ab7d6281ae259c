# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors
from ..models.contato_tipo import ContatoTipo
from ..models.indicador_ie import IndicadorIE
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContatoUpdate")


@_attrs_define
class ContatoUpdate:
    """Fields for changing a contact; send only what changes."""

    nome: str | Unset = UNSET
    """ Contact name. """
    fantasia: str | Unset = UNSET
    """ Trade name. """
    tipo: list[ContatoTipo] | Unset = UNSET
    """ Roles of the contact; at least one. """
    nome_para_contato: str | Unset = UNSET
    """ Name of the person to talk to. """
    cpfcnpj: str | Unset = UNSET
    """ CPF (person) or CNPJ (company) number. """
    dt_nasc: str | Unset = UNSET
    """ Calendar date as `YYYY-MM-DD`. `0000-00-00` stands for "no date". """
    emails: list[str] | Unset = UNSET
    """ E-mail addresses. """
    fones: list[str] | Unset = UNSET
    """ Phone numbers. """
    cep: int | Unset = UNSET
    """ Postal code (CEP) as a number, digits only. """
    logradouro: str | Unset = UNSET
    """ Street. """
    numero: str | Unset = UNSET
    """ Street number. """
    complemento: str | Unset = UNSET
    """ Address complement. """
    bairro: str | Unset = UNSET
    """ District. """
    cidade: str | Unset = UNSET
    """ City name. """
    cod_ibge: str | Unset = UNSET
    """ IBGE municipality code. """
    uf: str | Unset = UNSET
    """ State abbreviation (UF). """
    pais: str | Unset = UNSET
    """ Country. """
    cliente_final: bool | Unset = UNSET
    """ Whether the contact is a final consumer. """
    indicador_ie: IndicadorIE | Unset = UNSET
    """ State tax (IE) registration indicator used on NF-e: 1 = ICMS taxpayer (contribuinte), 2 = exempt from IE
    registration (isento), 9 = not a taxpayer (não contribuinte). """
    inscricao_municipal: str | Unset = UNSET
    """ Municipal registration number. """
    inscricao_estadual: str | Unset = UNSET
    """ State registration number (IE). """
    inscricao_estadual_st: str | Unset = UNSET
    """ State registration number for tax substitution (IE ST). """
    suframa: str | Unset = UNSET
    """ SUFRAMA registration number. """
    obs: str | Unset = UNSET
    """ Free-text notes. """
    tags: list[str] | Unset = UNSET
    """ Tags. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nome = self.nome

        fantasia = self.fantasia

        tipo: list[str] | Unset = UNSET
        if not isinstance(self.tipo, Unset):
            tipo = []
            for tipo_item_data in self.tipo:
                tipo_item = tipo_item_data.value
                tipo.append(tipo_item)

        nome_para_contato = self.nome_para_contato

        cpfcnpj = self.cpfcnpj

        dt_nasc = self.dt_nasc

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        fones: list[str] | Unset = UNSET
        if not isinstance(self.fones, Unset):
            fones = self.fones

        cep = self.cep

        logradouro = self.logradouro

        numero = self.numero

        complemento = self.complemento

        bairro = self.bairro

        cidade = self.cidade

        cod_ibge = self.cod_ibge

        uf = self.uf

        pais = self.pais

        cliente_final = self.cliente_final

        indicador_ie: int | Unset = UNSET
        if not isinstance(self.indicador_ie, Unset):
            indicador_ie = self.indicador_ie.value

        inscricao_municipal = self.inscricao_municipal

        inscricao_estadual = self.inscricao_estadual

        inscricao_estadual_st = self.inscricao_estadual_st

        suframa = self.suframa

        obs = self.obs

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nome is not UNSET:
            field_dict["nome"] = nome
        if fantasia is not UNSET:
            field_dict["fantasia"] = fantasia
        if tipo is not UNSET:
            field_dict["tipo"] = tipo
        if nome_para_contato is not UNSET:
            field_dict["nomeParaContato"] = nome_para_contato
        if cpfcnpj is not UNSET:
            field_dict["cpfcnpj"] = cpfcnpj
        if dt_nasc is not UNSET:
            field_dict["dtNasc"] = dt_nasc
        if emails is not UNSET:
            field_dict["emails"] = emails
        if fones is not UNSET:
            field_dict["fones"] = fones
        if cep is not UNSET:
            field_dict["cep"] = cep
        if logradouro is not UNSET:
            field_dict["logradouro"] = logradouro
        if numero is not UNSET:
            field_dict["numero"] = numero
        if complemento is not UNSET:
            field_dict["complemento"] = complemento
        if bairro is not UNSET:
            field_dict["bairro"] = bairro
        if cidade is not UNSET:
            field_dict["cidade"] = cidade
        if cod_ibge is not UNSET:
            field_dict["codIBGE"] = cod_ibge
        if uf is not UNSET:
            field_dict["uf"] = uf
        if pais is not UNSET:
            field_dict["pais"] = pais
        if cliente_final is not UNSET:
            field_dict["clienteFinal"] = cliente_final
        if indicador_ie is not UNSET:
            field_dict["indicadorIE"] = indicador_ie
        if inscricao_municipal is not UNSET:
            field_dict["inscricaoMunicipal"] = inscricao_municipal
        if inscricao_estadual is not UNSET:
            field_dict["inscricaoEstadual"] = inscricao_estadual
        if inscricao_estadual_st is not UNSET:
            field_dict["inscricaoEstadualST"] = inscricao_estadual_st
        if suframa is not UNSET:
            field_dict["suframa"] = suframa
        if obs is not UNSET:
            field_dict["obs"] = obs
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (ContatoUpdate)")
        obj = cls.__new__(cls)
        v = src_dict.get("nome", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("nome", v, "a string")
        obj.nome = v
        v = src_dict.get("fantasia", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("fantasia", v, "a string")
        obj.fantasia = v
        v = src_dict.get("tipo", UNSET)
        if v is UNSET:
            obj.tipo = UNSET
        else:
            if type(v) is not list:
                raise errors.wrong_type("tipo", v, "an array")
            _l_tipo: list[ContatoTipo] = []
            for _i0, _x0 in enumerate(v):
                if type(_x0) is not str:
                    raise errors.wrong_type("tipo" + "[" + str(_i0) + "]", _x0, "a string (ContatoTipo)")
                _m__y_tipo = _ContatoTipo_by_value.get(_x0)
                if _m__y_tipo is None:
                    raise errors.bad_value("tipo" + "[" + str(_i0) + "]", _x0, "a ContatoTipo value")
                _y_tipo = _m__y_tipo

                _l_tipo.append(_y_tipo)
            obj.tipo = _l_tipo
        v = src_dict.get("nomeParaContato", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("nomeParaContato", v, "a string")
        obj.nome_para_contato = v
        v = src_dict.get("cpfcnpj", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("cpfcnpj", v, "a string")
        obj.cpfcnpj = v
        v = src_dict.get("dtNasc", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("dtNasc", v, "a string")
        obj.dt_nasc = v
        v = src_dict.get("emails", UNSET)
        if v is UNSET:
            obj.emails = UNSET
        else:
            if type(v) is not list:
                raise errors.wrong_type("emails", v, "an array")
            for _i0, _x0 in enumerate(v):
                if not (type(_x0) is str):
                    raise errors.wrong_type("emails" + "[" + str(_i0) + "]", _x0, "a string")
            obj.emails = v
        v = src_dict.get("fones", UNSET)
        if v is UNSET:
            obj.fones = UNSET
        else:
            if type(v) is not list:
                raise errors.wrong_type("fones", v, "an array")
            for _i0, _x0 in enumerate(v):
                if not (type(_x0) is str):
                    raise errors.wrong_type("fones" + "[" + str(_i0) + "]", _x0, "a string")
            obj.fones = v
        v = src_dict.get("cep", UNSET)
        if not (type(v) is int) and v is not UNSET:
            raise errors.wrong_type("cep", v, "an integer")
        obj.cep = v
        v = src_dict.get("logradouro", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("logradouro", v, "a string")
        obj.logradouro = v
        v = src_dict.get("numero", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("numero", v, "a string")
        obj.numero = v
        v = src_dict.get("complemento", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("complemento", v, "a string")
        obj.complemento = v
        v = src_dict.get("bairro", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("bairro", v, "a string")
        obj.bairro = v
        v = src_dict.get("cidade", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("cidade", v, "a string")
        obj.cidade = v
        v = src_dict.get("codIBGE", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("codIBGE", v, "a string")
        obj.cod_ibge = v
        v = src_dict.get("uf", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("uf", v, "a string")
        obj.uf = v
        v = src_dict.get("pais", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("pais", v, "a string")
        obj.pais = v
        v = src_dict.get("clienteFinal", UNSET)
        if not (type(v) is bool) and v is not UNSET:
            raise errors.wrong_type("clienteFinal", v, "a boolean")
        obj.cliente_final = v
        v = src_dict.get("indicadorIE", UNSET)
        if v is UNSET:
            obj.indicador_ie = UNSET
        else:
            if type(v) is not int:
                raise errors.wrong_type("indicadorIE", v, "an integer (IndicadorIE)")
            _m_indicador_ie = _IndicadorIE_by_value.get(v)
            if _m_indicador_ie is None:
                raise errors.bad_value("indicadorIE", v, "a IndicadorIE value")
            obj.indicador_ie = _m_indicador_ie

        v = src_dict.get("inscricaoMunicipal", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("inscricaoMunicipal", v, "a string")
        obj.inscricao_municipal = v
        v = src_dict.get("inscricaoEstadual", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("inscricaoEstadual", v, "a string")
        obj.inscricao_estadual = v
        v = src_dict.get("inscricaoEstadualST", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("inscricaoEstadualST", v, "a string")
        obj.inscricao_estadual_st = v
        v = src_dict.get("suframa", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("suframa", v, "a string")
        obj.suframa = v
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
        if _ContatoUpdate_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ContatoUpdate_keys}
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


_ContatoTipo_by_value = cast(dict[Any, ContatoTipo], ContatoTipo._value2member_map_)
_IndicadorIE_by_value = cast(dict[Any, IndicadorIE], IndicadorIE._value2member_map_)

_ContatoUpdate_keys = frozenset(
    (
        "nome",
        "fantasia",
        "tipo",
        "nomeParaContato",
        "cpfcnpj",
        "dtNasc",
        "emails",
        "fones",
        "cep",
        "logradouro",
        "numero",
        "complemento",
        "bairro",
        "cidade",
        "codIBGE",
        "uf",
        "pais",
        "clienteFinal",
        "indicadorIE",
        "inscricaoMunicipal",
        "inscricaoEstadual",
        "inscricaoEstadualST",
        "suframa",
        "obs",
        "tags",
    )
)
