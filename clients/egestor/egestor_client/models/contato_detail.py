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
        d = dict(src_dict)

        def _parse_codigo(data: object) -> int | str:
            return cast(int | str, data)

        codigo = _parse_codigo(d.pop("codigo"))

        def _parse_tipo(data: object) -> list[ContatoTipo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tipo_type_0 = []
                _tipo_type_0 = data
                for tipo_type_0_item_data in _tipo_type_0:
                    tipo_type_0_item = ContatoTipo(tipo_type_0_item_data)

                    tipo_type_0.append(tipo_type_0_item)

                return tipo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ContatoTipo] | None | Unset, data)

        tipo = _parse_tipo(d.pop("tipo", UNSET))

        def _parse_nome(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nome = _parse_nome(d.pop("nome", UNSET))

        def _parse_fantasia(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fantasia = _parse_fantasia(d.pop("fantasia", UNSET))

        def _parse_nome_contato(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nome_contato = _parse_nome_contato(d.pop("nomeContato", UNSET))

        def _parse_nome_para_contato(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nome_para_contato = _parse_nome_para_contato(d.pop("nomeParaContato", UNSET))

        def _parse_cpfcnpj(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cpfcnpj = _parse_cpfcnpj(d.pop("cpfcnpj", UNSET))

        def _parse_cliente_final(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        cliente_final = _parse_cliente_final(d.pop("clienteFinal", UNSET))

        def _parse_indicador_ie(data: object) -> IndicadorIE | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                indicador_ie_type_1 = IndicadorIE(data)

                return indicador_ie_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IndicadorIE | None | Unset, data)

        indicador_ie = _parse_indicador_ie(d.pop("indicadorIE", UNSET))

        def _parse_inscricao_estadual(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inscricao_estadual = _parse_inscricao_estadual(d.pop("inscricaoEstadual", UNSET))

        def _parse_inscricao_estadual_st(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inscricao_estadual_st = _parse_inscricao_estadual_st(d.pop("inscricaoEstadualST", UNSET))

        def _parse_inscricao_municipal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inscricao_municipal = _parse_inscricao_municipal(d.pop("inscricaoMunicipal", UNSET))

        def _parse_suframa(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suframa = _parse_suframa(d.pop("suframa", UNSET))

        def _parse_emails(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                emails_type_0 = cast(list[str], data)

                return emails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        emails = _parse_emails(d.pop("emails", UNSET))

        def _parse_logradouro(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logradouro = _parse_logradouro(d.pop("logradouro", UNSET))

        def _parse_numero(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        numero = _parse_numero(d.pop("numero", UNSET))

        def _parse_complemento(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        complemento = _parse_complemento(d.pop("complemento", UNSET))

        def _parse_bairro(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bairro = _parse_bairro(d.pop("bairro", UNSET))

        def _parse_cidade(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cidade = _parse_cidade(d.pop("cidade", UNSET))

        def _parse_cod_ibge(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cod_ibge = _parse_cod_ibge(d.pop("codIBGE", UNSET))

        def _parse_uf(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uf = _parse_uf(d.pop("uf", UNSET))

        def _parse_cep(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        cep = _parse_cep(d.pop("cep", UNSET))

        def _parse_pais(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pais = _parse_pais(d.pop("pais", UNSET))

        def _parse_fones(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fones_type_0 = cast(list[str], data)

                return fones_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        fones = _parse_fones(d.pop("fones", UNSET))

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

        def _parse_obs(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        obs = _parse_obs(d.pop("obs", UNSET))

        def _parse_dt_nasc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dt_nasc = _parse_dt_nasc(d.pop("dtNasc", UNSET))

        def _parse_dt_cad(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dt_cad = _parse_dt_cad(d.pop("dtCad", UNSET))

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
