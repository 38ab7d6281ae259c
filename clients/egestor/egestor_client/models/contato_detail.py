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

T = TypeVar("T", bound="ContatoDetail")


@_attrs_define
class ContatoDetail:
    """Full contact record."""

    codigo: int | str
    """ A whole number that the API sometimes sends as a JSON number and sometimes as a JSON string holding digits
    (e.g. `1` or `"1"`). Clients should accept both. """
    tipo: list[ContatoTipo] | Unset = UNSET
    """ Roles of the contact. """
    nome: str | Unset = UNSET
    """ Contact name. """
    fantasia: str | Unset = UNSET
    """ Trade name. """
    nome_contato: str | Unset = UNSET
    """ Name of the person to talk to (name used by GET /contatos/{codigo}). """
    nome_para_contato: str | Unset = UNSET
    """ Name of the person to talk to (name used by GET /vendas/{codigo}/contato). """
    cpfcnpj: str | Unset = UNSET
    """ CPF or CNPJ number. """
    cliente_final: bool | Unset = UNSET
    """ Whether the contact is a final consumer. """
    indicador_ie: IndicadorIE | Unset = UNSET
    """ State tax (IE) registration indicator used on NF-e: 1 = ICMS taxpayer (contribuinte), 2 = exempt from IE
    registration (isento), 9 = not a taxpayer (não contribuinte). """
    inscricao_estadual: str | Unset = UNSET
    """ State registration number (IE). """
    inscricao_estadual_st: str | Unset = UNSET
    """ State registration number for tax substitution (IE ST). """
    inscricao_municipal: str | Unset = UNSET
    """ Municipal registration number. """
    suframa: str | Unset = UNSET
    """ SUFRAMA registration number. """
    emails: list[str] | Unset = UNSET
    """ E-mail addresses. """
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
    cep: int | str | Unset = UNSET
    """ A whole number sent either as a JSON number or as a string; an empty string means that no value is set. """
    pais: str | Unset = UNSET
    """ Country. """
    fones: list[str] | Unset = UNSET
    """ Phone numbers. """
    tags: list[str] | Unset = UNSET
    """ Tags. """
    obs: str | Unset = UNSET
    """ Free-text notes. """
    dt_nasc: str | Unset = UNSET
    """ Calendar date as `YYYY-MM-DD` in a response. The API sends `0000-00-00` or an empty string when the date is
    not set. """
    dt_cad: str | Unset = UNSET
    """ Local date and time as `YYYY-MM-DD hh:mm:ss` (no time zone, no `T`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codigo: int | str
        codigo = self.codigo

        tipo: list[str] | Unset = UNSET
        if not isinstance(self.tipo, Unset):
            tipo = []
            for tipo_item_data in self.tipo:
                tipo_item = tipo_item_data.value
                tipo.append(tipo_item)

        nome = self.nome

        fantasia = self.fantasia

        nome_contato = self.nome_contato

        nome_para_contato = self.nome_para_contato

        cpfcnpj = self.cpfcnpj

        cliente_final = self.cliente_final

        indicador_ie: int | Unset = UNSET
        if not isinstance(self.indicador_ie, Unset):
            indicador_ie = self.indicador_ie.value

        inscricao_estadual = self.inscricao_estadual

        inscricao_estadual_st = self.inscricao_estadual_st

        inscricao_municipal = self.inscricao_municipal

        suframa = self.suframa

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        logradouro = self.logradouro

        numero = self.numero

        complemento = self.complemento

        bairro = self.bairro

        cidade = self.cidade

        cod_ibge = self.cod_ibge

        uf = self.uf

        cep: int | str | Unset
        if isinstance(self.cep, Unset):
            cep = UNSET
        else:
            cep = self.cep

        pais = self.pais

        fones: list[str] | Unset = UNSET
        if not isinstance(self.fones, Unset):
            fones = self.fones

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        obs = self.obs

        dt_nasc = self.dt_nasc

        dt_cad = self.dt_cad

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "codigo": codigo,
            }
        )
        if tipo is not UNSET:
            field_dict["tipo"] = tipo
        if nome is not UNSET:
            field_dict["nome"] = nome
        if fantasia is not UNSET:
            field_dict["fantasia"] = fantasia
        if nome_contato is not UNSET:
            field_dict["nomeContato"] = nome_contato
        if nome_para_contato is not UNSET:
            field_dict["nomeParaContato"] = nome_para_contato
        if cpfcnpj is not UNSET:
            field_dict["cpfcnpj"] = cpfcnpj
        if cliente_final is not UNSET:
            field_dict["clienteFinal"] = cliente_final
        if indicador_ie is not UNSET:
            field_dict["indicadorIE"] = indicador_ie
        if inscricao_estadual is not UNSET:
            field_dict["inscricaoEstadual"] = inscricao_estadual
        if inscricao_estadual_st is not UNSET:
            field_dict["inscricaoEstadualST"] = inscricao_estadual_st
        if inscricao_municipal is not UNSET:
            field_dict["inscricaoMunicipal"] = inscricao_municipal
        if suframa is not UNSET:
            field_dict["suframa"] = suframa
        if emails is not UNSET:
            field_dict["emails"] = emails
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
        if cep is not UNSET:
            field_dict["cep"] = cep
        if pais is not UNSET:
            field_dict["pais"] = pais
        if fones is not UNSET:
            field_dict["fones"] = fones
        if tags is not UNSET:
            field_dict["tags"] = tags
        if obs is not UNSET:
            field_dict["obs"] = obs
        if dt_nasc is not UNSET:
            field_dict["dtNasc"] = dt_nasc
        if dt_cad is not UNSET:
            field_dict["dtCad"] = dt_cad

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise errors.wrong_type("", src_dict, "an object (ContatoDetail)")
        d = dict(src_dict)
        obj = cls.__new__(cls)
        v = d.pop("codigo", UNSET)
        if not (type(v) is int or type(v) is str):
            raise errors.wrong_type("codigo", v, "an integer or a string")
        obj.codigo = v
        v = d.pop("tipo", UNSET)
        if v is UNSET:
            obj.tipo = UNSET
        else:
            if type(v) is not list:
                raise errors.wrong_type("tipo", v, "an array")
            _l_tipo: list[ContatoTipo] = []
            for _i0, _x0 in enumerate(v):
                if type(_x0) is not str:
                    raise errors.wrong_type("tipo" + "[" + str(_i0) + "]", _x0, "a string (ContatoTipo)")
                _m__y_tipo = ContatoTipo._value2member_map_.get(_x0)
                if _m__y_tipo is None:
                    raise errors.bad_value("tipo" + "[" + str(_i0) + "]", _x0, "a ContatoTipo value")
                _y_tipo = cast(ContatoTipo, _m__y_tipo)
                _l_tipo.append(_y_tipo)
            obj.tipo = _l_tipo
        v = d.pop("nome", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("nome", v, "a string")
        obj.nome = v
        v = d.pop("fantasia", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("fantasia", v, "a string")
        obj.fantasia = v
        v = d.pop("nomeContato", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("nomeContato", v, "a string")
        obj.nome_contato = v
        v = d.pop("nomeParaContato", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("nomeParaContato", v, "a string")
        obj.nome_para_contato = v
        v = d.pop("cpfcnpj", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("cpfcnpj", v, "a string")
        obj.cpfcnpj = v
        v = d.pop("clienteFinal", UNSET)
        if not (type(v) is bool) and v is not UNSET:
            raise errors.wrong_type("clienteFinal", v, "a boolean")
        obj.cliente_final = v
        v = d.pop("indicadorIE", UNSET)
        if v is UNSET:
            obj.indicador_ie = UNSET
        else:
            if type(v) is not int:
                raise errors.wrong_type("indicadorIE", v, "an integer (IndicadorIE)")
            _m_indicador_ie = IndicadorIE._value2member_map_.get(v)
            if _m_indicador_ie is None:
                raise errors.bad_value("indicadorIE", v, "a IndicadorIE value")
            obj.indicador_ie = cast(IndicadorIE, _m_indicador_ie)
        v = d.pop("inscricaoEstadual", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("inscricaoEstadual", v, "a string")
        obj.inscricao_estadual = v
        v = d.pop("inscricaoEstadualST", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("inscricaoEstadualST", v, "a string")
        obj.inscricao_estadual_st = v
        v = d.pop("inscricaoMunicipal", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("inscricaoMunicipal", v, "a string")
        obj.inscricao_municipal = v
        v = d.pop("suframa", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("suframa", v, "a string")
        obj.suframa = v
        v = d.pop("emails", UNSET)
        if v is UNSET:
            obj.emails = UNSET
        else:
            if type(v) is not list:
                raise errors.wrong_type("emails", v, "an array")
            for _i0, _x0 in enumerate(v):
                if not (type(_x0) is str):
                    raise errors.wrong_type("emails" + "[" + str(_i0) + "]", _x0, "a string")
            obj.emails = v
        v = d.pop("logradouro", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("logradouro", v, "a string")
        obj.logradouro = v
        v = d.pop("numero", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("numero", v, "a string")
        obj.numero = v
        v = d.pop("complemento", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("complemento", v, "a string")
        obj.complemento = v
        v = d.pop("bairro", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("bairro", v, "a string")
        obj.bairro = v
        v = d.pop("cidade", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("cidade", v, "a string")
        obj.cidade = v
        v = d.pop("codIBGE", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("codIBGE", v, "a string")
        obj.cod_ibge = v
        v = d.pop("uf", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("uf", v, "a string")
        obj.uf = v
        v = d.pop("cep", UNSET)
        if not (type(v) is int or type(v) is str or v is UNSET):
            raise errors.wrong_type("cep", v, "an integer or a string")
        obj.cep = v
        v = d.pop("pais", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("pais", v, "a string")
        obj.pais = v
        v = d.pop("fones", UNSET)
        if v is UNSET:
            obj.fones = UNSET
        else:
            if type(v) is not list:
                raise errors.wrong_type("fones", v, "an array")
            for _i0, _x0 in enumerate(v):
                if not (type(_x0) is str):
                    raise errors.wrong_type("fones" + "[" + str(_i0) + "]", _x0, "a string")
            obj.fones = v
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
        v = d.pop("obs", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("obs", v, "a string")
        obj.obs = v
        v = d.pop("dtNasc", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("dtNasc", v, "a string")
        obj.dt_nasc = v
        v = d.pop("dtCad", UNSET)
        if not (type(v) is str) and v is not UNSET:
            raise errors.wrong_type("dtCad", v, "a string")
        obj.dt_cad = v
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
