"""One handler per resource operation of specs/egestor.yaml, over :class:`~erp_mocks.egestor.data.EgestorData`.

Every response body goes through the generated pydantic model of its operation and status. Records
that never existed answer 404; records that were deleted answer 410 (as the vendor documents).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pydantic
from starlette.responses import JSONResponse, Response

from erp_mocks.egestor.data import EgestorData, Record, Table
from erp_mocks.engine import Call
from erp_mocks.engine.responses import dump, project
from erp_mocks.engine.store import paginate
from erp_mocks.generated import egestor as m

Handler = Callable[[Call], Response]
ErrorFactory = Callable[[int, str], Response]

PER_PAGE = 50
"""Records per list page; the vendor does not let clients change it."""

_NULLABLE_ENVELOPE_KEYS = ("next_page_url", "prev_page_url", "from", "to")
_SEARCHED = {
    "contatos": ("nome", "fantasia", "cpfcnpj", "cidade", "emails", "tags"),
    "produtos": ("descricao", "codigoProprio", "tags"),
    "servicos": ("descricao", "tags"),
    "recebimentos": ("descricao",),
    "pagamentos": ("descricao",),
}
_LABELS = {
    "contatos": ("Contato", "excluído com sucesso!"),
    "produtos": ("Produto", "excluído com sucesso."),
    "servicos": ("Serviço", "excluído com sucesso."),
    "vendas": ("Venda", "excluída com sucesso!"),
    "recebimentos": ("Recebimento", "excluído com sucesso!"),
    "pagamentos": ("Pagamento", "excluído com sucesso!"),
}


def send(model: type[pydantic.BaseModel], data: Any, *, keep_nulls: Iterable[str] = (), status: int = 200) -> Response:
    """``data`` validated by ``model``; ``keep_nulls`` top-level keys are sent as ``null`` rather than dropped."""
    body = dump(model, data)
    if isinstance(data, dict):
        kept = {key for key in keep_nulls if key not in body and key in data and data[key] is None}
        body = {key: body.get(key) for key in data if key in body or key in kept}
    return JSONResponse(body, status_code=status)


def _matches(record: Record, fields: Iterable[str], needle: str) -> bool:
    for name in fields:
        value = record.get(name)
        values = value if isinstance(value, list) else [value]
        if any(needle in str(v).casefold() for v in values if v is not None):
            return True
    return False


class _Missing(Exception):  # noqa: N818 - control flow inside the handlers, never escapes them
    """The record a handler needs does not exist (404) or was deleted (410)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class EgestorHandlers:
    """Maps every resource operationId to a handler."""

    def __init__(self, data: EgestorData, error: ErrorFactory) -> None:
        self.data = data
        self.error = error

    def table(self) -> dict[str, Handler]:
        """The handlers by operationId (the OAuth operations are the app's)."""
        d = self.data
        handlers: dict[str, Handler] = {
            "list_contatos": self._list("contatos", m.ContatoList, d.contato_list_item),
            "create_contato": self.create_contato,
            "get_contato": self._get("contatos", m.ContatoDetail, d.contato_detail),
            "update_contato": self.update_contato,
            "delete_contato": self._delete("contatos"),
            "list_produtos": self._list("produtos", m.ProdutoList, d.produto_list_item),
            "create_produto": self.create_produto,
            "get_produto": self._get("produtos", m.ProdutoDetail, d.produto_detail),
            "update_produto": self.update_produto,
            "delete_produto": self._delete("produtos"),
            "list_servicos": self._list("servicos", m.ServicoList, lambda r: r),
            "create_servico": self.create_servico,
            "get_servico": self._get("servicos", m.ServicoDetail, lambda r: r),
            "update_servico": self.update_servico,
            "delete_servico": self._delete("servicos"),
            "list_vendas": self._list("vendas", m.VendaList, d.venda_list_item, self._venda_matches),
            "create_venda": self.create_venda,
            "get_venda": self._get("vendas", m.VendaDetail, d.venda_detail),
            "delete_venda": self._delete("vendas", d.delete_venda),
            "get_venda_contato": self._contato_of("vendas", "codContato", d.contato_of_venda),
            "get_config_vendas_customizado": lambda call: send(m.ConfigVendasCustomizado, d.custom_labels),
            "list_recebimentos": self._list("recebimentos", m.RecebimentoList, d.financeiro_list_item),
            "get_recebimento": self._get("recebimentos", m.RecebimentoDetail, lambda r: r),
            "update_recebimento": self.update_recebimento,
            "delete_recebimento": self._delete("recebimentos"),
            "receber_recebimento": self._settle("recebimentos", 40, "Recebimento efetuado com sucesso."),
            "list_pagamentos": self._list("pagamentos", m.PagamentoList, d.financeiro_list_item),
            "get_pagamento": self._get("pagamentos", m.PagamentoDetail, lambda r: r),
            "update_pagamento": self.update_pagamento,
            "delete_pagamento": self._delete("pagamentos"),
            "get_pagamento_contato": self._contato_of("pagamentos", "codContato", d.contato_of_pagamento),
            "pagar_pagamento": self._settle("pagamentos", 30, "Pagamento efetuado com sucesso."),
        }
        return {operation: self._guard(handler) for operation, handler in handlers.items()}

    # -- shared shapes ---------------------------------------------------------------------------

    def _find(self, name: str, codigo: int) -> Record:
        """The live record ``codigo`` of ``name``; :class:`_Missing` (404, or 410 once deleted) otherwise."""
        table: Table = self.data.table(name)
        record = table.records.get(codigo)
        if record is not None:
            return record
        if codigo in table.deleted:
            raise _Missing(410, f"Registro com código {codigo} não existe.")
        raise _Missing(404, f"Nenhum registro com código {codigo} encontrado")

    def _guard(self, handler: Handler) -> Handler:
        """``handler``, answering a :class:`_Missing` record with eGestor's 404 / 410 body."""

        def run(call: Call) -> Response:
            try:
                return handler(call)
            except _Missing as exc:
                return self.error(exc.status, exc.message)

        return run

    def _venda_matches(self, record: Record, needle: str) -> bool:
        return needle in self.data.contato_nome(record["codContato"]).casefold() or _matches(record, ("tags",), needle)

    def _list(
        self,
        name: str,
        model: type[pydantic.BaseModel],
        wire: Callable[[Record], Record],
        matches: Callable[[Record, str], bool] | None = None,
    ) -> Handler:
        def handler(call: Call) -> Response:
            page = int(call.query.get("page", 1))
            records = list(self.data.table(name).records)
            filtro = str(call.query.get("filtro", "")).strip().casefold()
            if filtro:
                test = matches or (lambda r, needle: _matches(r, _SEARCHED[name], needle))
                records = [r for r in records if test(r, filtro)]
            chunk = paginate(records, page, PER_PAGE)
            url = call.request.url
            first = (page - 1) * PER_PAGE + 1

            def link(number: int) -> str | None:
                if number < 1 or number > chunk.last_page:
                    return None
                return str(url.include_query_params(page=number))

            body = {
                "total": chunk.total,
                "per_page": PER_PAGE,
                "current_page": page,
                "last_page": chunk.last_page,
                "next_page_url": link(page + 1),
                "prev_page_url": link(page - 1),
                "from": first if chunk.items else None,
                "to": first + len(chunk.items) - 1 if chunk.items else None,
                "data": [wire(r) for r in chunk.items],
            }
            return send(model, body, keep_nulls=_NULLABLE_ENVELOPE_KEYS)

        return handler

    def _get(self, name: str, model: type[pydantic.BaseModel], wire: Callable[[Record], Record]) -> Handler:
        def handler(call: Call) -> Response:
            found = self._find(name, call.path["codigo"])
            return send(model, wire(found))

        return handler

    def _delete(self, name: str, remove: Callable[[int], None] | None = None) -> Handler:
        label, done = _LABELS[name]
        numeric = name in ("recebimentos", "pagamentos")  # the doc shows code 200 there, "200" elsewhere

        def handler(call: Call) -> Response:
            codigo = call.path["codigo"]
            self._find(name, codigo)  # 404 / 410 before anything is removed
            (remove or (lambda c: self.data.delete(name, c)))(codigo)
            body = {"code": 200 if numeric else "200", "msg": f"{label} com código {codigo} {done}"}
            return send(m.ActionResult, body, keep_nulls=("obs", "fields"))

        return handler

    def _contato_of(self, name: str, key: str, wire: Callable[[Record], Record]) -> Handler:
        def handler(call: Call) -> Response:
            found = self._find(name, call.path["codigo"])
            contato = self.data.table("contatos").records.get(int(found[key] or 0))
            if contato is None:
                return self.error(404, f"Nenhum contato vinculado ao registro {call.path['codigo']}")
            return send(m.ContatoDetail, wire(contato))

        return handler

    def _settle(self, name: str, settled: int, message: str) -> Handler:
        def handler(call: Call) -> Response:
            found = self._find(name, call.path["codigo"])
            if found["situacao"] == settled:
                return self.error(422, f"O registro {found['codigo']} já está quitado.")
            fields = _sent(call)
            found.update(valor=float(fields["valor"]), dtPgto=fields["dtPgto"], situacao=settled)
            return send(m.ActionResult, {"code": 200, "msg": message}, keep_nulls=("obs", "fields"))

        return handler

    # -- writes ----------------------------------------------------------------------------------

    def create_contato(self, call: Call) -> Response:
        fields = _sent(call)
        record = self.data.add_contato(
            {
                "tipo": [],
                "nome": "",
                "fantasia": "",
                "nomeParaContato": "",
                "cpfcnpj": "",
                "clienteFinal": False,
                "indicadorIE": 9,
                "inscricaoEstadual": "",
                "inscricaoEstadualST": "",
                "inscricaoMunicipal": "",
                "suframa": "",
                "emails": [],
                "logradouro": "",
                "numero": "",
                "complemento": "",
                "bairro": "",
                "cidade": "",
                "codIBGE": "",
                "uf": "",
                "cep": None,
                "pais": "",
                "fones": [],
                "tags": [],
                "obs": "",
                "dtNasc": "",
                **fields,
                "dtCad": self.data.now(),
            }
        )
        return send(m.RecordSummary, {"codigo": record["codigo"], "nome": record["nome"]})

    def update_contato(self, call: Call) -> Response:
        found = self._find("contatos", call.path["codigo"])
        found.update(_sent(call))
        return send(m.ContatoDetail, self.data.contato_detail(found))

    def create_produto(self, call: Call) -> Response:
        record = self.data.add(
            "produtos",
            {
                "descricao": "",
                "codigoProprio": "",
                "estoque": 0,
                "estoqueMinimo": 0,
                "controlarEstoque": False,
                "margemLucro": 0.0,
                "precoCusto": 0.0,
                "precoVenda": 0.0,
                "origemFiscal": 0,
                "unidadeTributada": "UN",
                "refEanGtin": "",
                "ncm": "",
                "codigoCEST": "",
                "excecaoIPI": None,
                "codigoGrupoTributos": 0,
                "anotacoesNFE": "",
                "anotacoesInternas": "",
                "pesoBruto": 0.0,
                "pesoLiquido": 0.0,
                "tags": [],
                **_sent(call),
                "dtCad": self.data.now(),
            },
        )
        return send(m.RecordSummary, {"codigo": record["codigo"], "descricao": record["descricao"]})

    def update_produto(self, call: Call) -> Response:
        found = self._find("produtos", call.path["codigo"])
        found.update(_sent(call))
        return send(m.ProdutoUpdateResult, self.data.produto_update_result(found))

    def create_servico(self, call: Call) -> Response:
        fields = _sent(call)
        record = self.data.add(
            "servicos",
            {
                "descricao": "",
                "precoVenda": 0.0,
                "codigoGrupoTributos": 0,
                "tags": [],
                "itemListaServico": "",
                "dtCad": self.data.now(),
                **fields,
            },
        )
        return send(m.RecordSummary, {"codigo": record["codigo"], "descricao": record["descricao"]})

    def update_servico(self, call: Call) -> Response:
        found = self._find("servicos", call.path["codigo"])
        found.update(_sent(call))
        return send(m.RecordSummary, {"codigo": found["codigo"], "descricao": found["descricao"]})

    def create_venda(self, call: Call) -> Response:
        venda = self.data.create_venda(_sent(call))  # BadInput (422) for a contact or product that does not exist
        return send(m.RecordSummary, {"codigo": venda["codigo"], "nome": self.data.contato_nome(venda["codContato"])})

    def update_recebimento(self, call: Call) -> Response:
        found = self._find("recebimentos", call.path["codigo"])
        fields = _sent(call)
        if "codContato" in fields and fields["codContato"] not in self.data.table("contatos").records:
            return self.error(422, f"codContato {fields['codContato']} não corresponde a nenhum contato.")
        found.update(fields)
        # The vendor answers this update with a short acknowledgement, not the whole record.
        summary = {k: found[k] for k in ("codigo", "descricao", "situacao", "origem")}
        return send(m.RecebimentoDetail, summary)

    def update_pagamento(self, call: Call) -> Response:
        found = self._find("pagamentos", call.path["codigo"])
        fields = _sent(call)
        if "codContato" in fields and fields["codContato"] not in self.data.table("contatos").records:
            return self.error(422, f"codContato {fields['codContato']} não corresponde a nenhum contato.")
        found.update(fields)
        return send(m.PagamentoDetail, project(found, m.PagamentoDetail))


def _sent(call: Call) -> Record:
    """The fields the client sent, as plain JSON values."""
    body = call.body
    if isinstance(body, pydantic.BaseModel):
        fields: Record = body.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return fields
    return dict(body or {})
