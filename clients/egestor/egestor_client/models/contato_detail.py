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
    tipo: list[ContatoTipo] | None | Unset = UNSET
    """ Roles of the contact. """
    nome: None | str | Unset = UNSET
    """ Contact name. """
    fantasia: None | str | Unset = UNSET
    """ Trade name. """
    nome_contato: None | str | Unset = UNSET
    """ Name of the person to talk to (name used by GET /contatos/{codigo}). """
    nome_para_contato: None | str | Unset = UNSET
    """ Name of the person to talk to (name used by GET /vendas/{codigo}/contato). """
    cpfcnpj: None | str | Unset = UNSET
    """ CPF or CNPJ number. """
    cliente_final: bool | None | Unset = UNSET
    """ Whether the contact is a final consumer. """
    indicador_ie: IndicadorIE | None | Unset = UNSET
    inscricao_estadual: None | str | Unset = UNSET
    """ State registration number (IE). """
    inscricao_estadual_st: None | str | Unset = UNSET
    """ State registration number for tax substitution (IE ST). """
    inscricao_municipal: None | str | Unset = UNSET
    """ Municipal registration number. """
    suframa: None | str | Unset = UNSET
    """ SUFRAMA registration number. """
    emails: list[str] | None | Unset = UNSET
    """ E-mail addresses. """
    logradouro: None | str | Unset = UNSET
    """ Street. """
    numero: None | str | Unset = UNSET
    """ Street number. """
    complemento: None | str | Unset = UNSET
    """ Address complement. """
    bairro: None | str | Unset = UNSET
    """ District. """
    cidade: None | str | Unset = UNSET
    """ City name. """
    cod_ibge: None | str | Unset = UNSET
    """ IBGE municipality code. """
    uf: None | str | Unset = UNSET
    """ State abbreviation (UF). """
    cep: int | None | str | Unset = UNSET
    """ A whole number sent either as a JSON number or as a string; an empty string means that no value is set. """
    pais: None | str | Unset = UNSET
    """ Country. """
    fones: list[str] | None | Unset = UNSET
    """ Phone numbers. """
    tags: list[str] | None | Unset = UNSET
    """ Tags. """
    obs: None | str | Unset = UNSET
    """ Free-text notes. """
    dt_nasc: None | str | Unset = UNSET
    dt_cad: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        codigo: int | str
        codigo = self.codigo

        tipo: list[str] | None | Unset
        if isinstance(self.tipo, Unset):
            tipo = UNSET
        elif isinstance(self.tipo, list):
            tipo = []
            for tipo_type_0_item_data in self.tipo:
                tipo_type_0_item = tipo_type_0_item_data.value
                tipo.append(tipo_type_0_item)

        else:
            tipo = self.tipo

        nome: None | str | Unset
        if isinstance(self.nome, Unset):
            nome = UNSET
        else:
            nome = self.nome

        fantasia: None | str | Unset
        if isinstance(self.fantasia, Unset):
            fantasia = UNSET
        else:
            fantasia = self.fantasia

        nome_contato: None | str | Unset
        if isinstance(self.nome_contato, Unset):
            nome_contato = UNSET
        else:
            nome_contato = self.nome_contato

        nome_para_contato: None | str | Unset
        if isinstance(self.nome_para_contato, Unset):
            nome_para_contato = UNSET
        else:
            nome_para_contato = self.nome_para_contato

        cpfcnpj: None | str | Unset
        if isinstance(self.cpfcnpj, Unset):
            cpfcnpj = UNSET
        else:
            cpfcnpj = self.cpfcnpj

        cliente_final: bool | None | Unset
        if isinstance(self.cliente_final, Unset):
            cliente_final = UNSET
        else:
            cliente_final = self.cliente_final

        indicador_ie: int | None | Unset
        if isinstance(self.indicador_ie, Unset):
            indicador_ie = UNSET
        elif isinstance(self.indicador_ie, IndicadorIE):
            indicador_ie = self.indicador_ie.value
        else:
            indicador_ie = self.indicador_ie

        inscricao_estadual: None | str | Unset
        if isinstance(self.inscricao_estadual, Unset):
            inscricao_estadual = UNSET
        else:
            inscricao_estadual = self.inscricao_estadual

        inscricao_estadual_st: None | str | Unset
        if isinstance(self.inscricao_estadual_st, Unset):
            inscricao_estadual_st = UNSET
        else:
            inscricao_estadual_st = self.inscricao_estadual_st

        inscricao_municipal: None | str | Unset
        if isinstance(self.inscricao_municipal, Unset):
            inscricao_municipal = UNSET
        else:
            inscricao_municipal = self.inscricao_municipal

        suframa: None | str | Unset
        if isinstance(self.suframa, Unset):
            suframa = UNSET
        else:
            suframa = self.suframa

        emails: list[str] | None | Unset
        if isinstance(self.emails, Unset):
            emails = UNSET
        elif isinstance(self.emails, list):
            emails = self.emails

        else:
            emails = self.emails

        logradouro: None | str | Unset
        if isinstance(self.logradouro, Unset):
            logradouro = UNSET
        else:
            logradouro = self.logradouro

        numero: None | str | Unset
        if isinstance(self.numero, Unset):
            numero = UNSET
        else:
            numero = self.numero

        complemento: None | str | Unset
        if isinstance(self.complemento, Unset):
            complemento = UNSET
        else:
            complemento = self.complemento

        bairro: None | str | Unset
        if isinstance(self.bairro, Unset):
            bairro = UNSET
        else:
            bairro = self.bairro

        cidade: None | str | Unset
        if isinstance(self.cidade, Unset):
            cidade = UNSET
        else:
            cidade = self.cidade

        cod_ibge: None | str | Unset
        if isinstance(self.cod_ibge, Unset):
            cod_ibge = UNSET
        else:
            cod_ibge = self.cod_ibge

        uf: None | str | Unset
        if isinstance(self.uf, Unset):
            uf = UNSET
        else:
            uf = self.uf

        cep: int | None | str | Unset
        if isinstance(self.cep, Unset):
            cep = UNSET
        else:
            cep = self.cep

        pais: None | str | Unset
        if isinstance(self.pais, Unset):
            pais = UNSET
        else:
            pais = self.pais

        fones: list[str] | None | Unset
        if isinstance(self.fones, Unset):
            fones = UNSET
        elif isinstance(self.fones, list):
            fones = self.fones

        else:
            fones = self.fones

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        obs: None | str | Unset
        if isinstance(self.obs, Unset):
            obs = UNSET
        else:
            obs = self.obs

        dt_nasc: None | str | Unset
        if isinstance(self.dt_nasc, Unset):
            dt_nasc = UNSET
        else:
            dt_nasc = self.dt_nasc

        dt_cad: None | str | Unset
        if isinstance(self.dt_cad, Unset):
            dt_cad = UNSET
        else:
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
        obj = cls.__new__(cls)
        v = src_dict.get("codigo", UNSET)
        if not (type(v) is int or type(v) is str):
            raise errors.wrong_type("codigo", v, "an integer or a string")
        obj.codigo = v
        v = src_dict.get("tipo", UNSET)
        if v is None or v is UNSET:
            obj.tipo = v
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

        v = src_dict.get("nome", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("nome", v, "a string or null")
        obj.nome = v
        v = src_dict.get("fantasia", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("fantasia", v, "a string or null")
        obj.fantasia = v
        v = src_dict.get("nomeContato", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("nomeContato", v, "a string or null")
        obj.nome_contato = v
        v = src_dict.get("nomeParaContato", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("nomeParaContato", v, "a string or null")
        obj.nome_para_contato = v
        v = src_dict.get("cpfcnpj", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("cpfcnpj", v, "a string or null")
        obj.cpfcnpj = v
        v = src_dict.get("clienteFinal", UNSET)
        if not (type(v) is bool or v is None or v is UNSET):
            raise errors.wrong_type("clienteFinal", v, "a boolean or null")
        obj.cliente_final = v
        v = src_dict.get("indicadorIE", UNSET)
        if v is None or v is UNSET:
            obj.indicador_ie = v
        else:
            if type(v) is not int:
                raise errors.wrong_type("indicadorIE", v, "an integer (IndicadorIE)")
            _m_indicador_ie = _IndicadorIE_by_value.get(v)
            if _m_indicador_ie is None:
                raise errors.bad_value("indicadorIE", v, "a IndicadorIE value")
            obj.indicador_ie = _m_indicador_ie

        v = src_dict.get("inscricaoEstadual", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("inscricaoEstadual", v, "a string or null")
        obj.inscricao_estadual = v
        v = src_dict.get("inscricaoEstadualST", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("inscricaoEstadualST", v, "a string or null")
        obj.inscricao_estadual_st = v
        v = src_dict.get("inscricaoMunicipal", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("inscricaoMunicipal", v, "a string or null")
        obj.inscricao_municipal = v
        v = src_dict.get("suframa", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("suframa", v, "a string or null")
        obj.suframa = v
        v = src_dict.get("emails", UNSET)
        if v is None or v is UNSET:
            obj.emails = v
        else:
            if type(v) is not list:
                raise errors.wrong_type("emails", v, "an array")
            for _i0, _x0 in enumerate(v):
                if not (type(_x0) is str):
                    raise errors.wrong_type("emails" + "[" + str(_i0) + "]", _x0, "a string")
            obj.emails = v

        v = src_dict.get("logradouro", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("logradouro", v, "a string or null")
        obj.logradouro = v
        v = src_dict.get("numero", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("numero", v, "a string or null")
        obj.numero = v
        v = src_dict.get("complemento", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("complemento", v, "a string or null")
        obj.complemento = v
        v = src_dict.get("bairro", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("bairro", v, "a string or null")
        obj.bairro = v
        v = src_dict.get("cidade", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("cidade", v, "a string or null")
        obj.cidade = v
        v = src_dict.get("codIBGE", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("codIBGE", v, "a string or null")
        obj.cod_ibge = v
        v = src_dict.get("uf", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("uf", v, "a string or null")
        obj.uf = v
        v = src_dict.get("cep", UNSET)
        if not (type(v) is int or v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("cep", v, "an integer or null or a string")
        obj.cep = v
        v = src_dict.get("pais", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("pais", v, "a string or null")
        obj.pais = v
        v = src_dict.get("fones", UNSET)
        if v is None or v is UNSET:
            obj.fones = v
        else:
            if type(v) is not list:
                raise errors.wrong_type("fones", v, "an array")
            for _i0, _x0 in enumerate(v):
                if not (type(_x0) is str):
                    raise errors.wrong_type("fones" + "[" + str(_i0) + "]", _x0, "a string")
            obj.fones = v

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

        v = src_dict.get("obs", UNSET)
        if not (type(v) is str or v is None or v is UNSET):
            raise errors.wrong_type("obs", v, "a string or null")
        obj.obs = v
        v = src_dict.get("dtNasc", UNSET)
        if not (v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("dtNasc", v, "null or a string")
        obj.dt_nasc = v
        v = src_dict.get("dtCad", UNSET)
        if not (v is None or type(v) is str or v is UNSET):
            raise errors.wrong_type("dtCad", v, "null or a string")
        obj.dt_cad = v
        if _ContatoDetail_keys.issuperset(src_dict):
            obj.additional_properties = {}
        else:
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ContatoDetail_keys}
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

_ContatoDetail_keys = frozenset(
    (
        "codigo",
        "tipo",
        "nome",
        "fantasia",
        "nomeContato",
        "nomeParaContato",
        "cpfcnpj",
        "clienteFinal",
        "indicadorIE",
        "inscricaoEstadual",
        "inscricaoEstadualST",
        "inscricaoMunicipal",
        "suframa",
        "emails",
        "logradouro",
        "numero",
        "complemento",
        "bairro",
        "cidade",
        "codIBGE",
        "uf",
        "cep",
        "pais",
        "fones",
        "tags",
        "obs",
        "dtNasc",
        "dtCad",
    )
)
