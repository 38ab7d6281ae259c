# generated from specs/egestor.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)

        def _parse_codigo(data: object) -> int | str:
            return cast(int | str, data)

        codigo = _parse_codigo(d.pop("codigo"))

        _tipo = d.pop("tipo", UNSET)
        tipo: list[ContatoTipo] | Unset = UNSET
        if _tipo is not UNSET:
            tipo = []
            for tipo_item_data in _tipo:
                tipo_item = ContatoTipo(tipo_item_data)

                tipo.append(tipo_item)

        nome = d.pop("nome", UNSET)

        fantasia = d.pop("fantasia", UNSET)

        nome_contato = d.pop("nomeContato", UNSET)

        nome_para_contato = d.pop("nomeParaContato", UNSET)

        cpfcnpj = d.pop("cpfcnpj", UNSET)

        cliente_final = d.pop("clienteFinal", UNSET)

        _indicador_ie = d.pop("indicadorIE", UNSET)
        indicador_ie: IndicadorIE | Unset
        if isinstance(_indicador_ie, Unset):
            indicador_ie = UNSET
        else:
            indicador_ie = IndicadorIE(_indicador_ie)

        inscricao_estadual = d.pop("inscricaoEstadual", UNSET)

        inscricao_estadual_st = d.pop("inscricaoEstadualST", UNSET)

        inscricao_municipal = d.pop("inscricaoMunicipal", UNSET)

        suframa = d.pop("suframa", UNSET)

        emails = cast(list[str], d.pop("emails", UNSET))

        logradouro = d.pop("logradouro", UNSET)

        numero = d.pop("numero", UNSET)

        complemento = d.pop("complemento", UNSET)

        bairro = d.pop("bairro", UNSET)

        cidade = d.pop("cidade", UNSET)

        cod_ibge = d.pop("codIBGE", UNSET)

        uf = d.pop("uf", UNSET)

        def _parse_cep(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        cep = _parse_cep(d.pop("cep", UNSET))

        pais = d.pop("pais", UNSET)

        fones = cast(list[str], d.pop("fones", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        obs = d.pop("obs", UNSET)

        dt_nasc = d.pop("dtNasc", UNSET)

        dt_cad = d.pop("dtCad", UNSET)

        contato_detail = cls(
            codigo=codigo,
            tipo=tipo,
            nome=nome,
            fantasia=fantasia,
            nome_contato=nome_contato,
            nome_para_contato=nome_para_contato,
            cpfcnpj=cpfcnpj,
            cliente_final=cliente_final,
            indicador_ie=indicador_ie,
            inscricao_estadual=inscricao_estadual,
            inscricao_estadual_st=inscricao_estadual_st,
            inscricao_municipal=inscricao_municipal,
            suframa=suframa,
            emails=emails,
            logradouro=logradouro,
            numero=numero,
            complemento=complemento,
            bairro=bairro,
            cidade=cidade,
            cod_ibge=cod_ibge,
            uf=uf,
            cep=cep,
            pais=pais,
            fones=fones,
            tags=tags,
            obs=obs,
            dt_nasc=dt_nasc,
            dt_cad=dt_cad,
        )

        contato_detail.additional_properties = d
        return contato_detail

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
