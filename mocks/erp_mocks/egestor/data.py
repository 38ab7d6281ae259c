"""The account's records, and how eGestor puts each of them on the wire.

Records are stored with plain Python types (``codigo`` an int, amounts floats, dates strings). The
wire functions reproduce the typing the vendor's own examples show, so clients meet the same quirks
as against the real API: the contact list and detail send ``codigo`` as a string (``"1"``) while
the sale's contact sends a number; the product detail sends weights as ``"0.000"`` and an unset
``excecaoIPI`` as ``""``; the receivables/payables lists send every value as a string
(``"50.00"``, ``"40"``) while their details send numbers; an unpaid entry's ``dtPgto`` is
``"0000-00-00"``; timestamps are ``"YYYY-MM-DD hh:mm:ss"``.
"""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from erp_mocks.engine.app import BadInput
from erp_mocks.engine.store import Collection

Record = dict[str, Any]

NO_DATE = "0000-00-00"
RESOURCES = ("contatos", "produtos", "servicos", "vendas", "recebimentos", "pagamentos")

_FIRST = ["Ana", "Bruno", "Carla", "Diego", "Elisa", "Fábio", "Gabriela", "Heitor", "Isabela", "João", "Larissa"]
_LAST = ["Silva", "Souza", "Oliveira", "Santos", "Pereira", "Lima", "Carvalho", "Ribeiro", "Almeida", "Costa"]
_CITIES = [("São Paulo", "SP", "355030"), ("Porto Alegre", "RS", "431490"), ("Curitiba", "PR", "410690")]
_PRODUCTS = ["Caneca", "Camiseta", "Caderno", "Garrafa", "Mochila", "Boné", "Chaveiro", "Agenda"]
_COLOURS = ["preta", "branca", "azul", "verde", "vermelha"]
_SERVICES = ["Manutenção", "Instalação", "Consultoria", "Suporte", "Treinamento"]


@dataclass
class Table:
    """One resource: live records plus the codes of deleted ones (those answer 410, not 404)."""

    records: Collection[int] = field(default_factory=lambda: Collection("codigo"))
    deleted: set[int] = field(default_factory=set)


class EgestorData:
    """Every resource of one eGestor account, seeded deterministically."""

    def __init__(self, counts: Mapping[str, int], *, seed: int = 0, now: Callable[[], str]) -> None:
        self.tables = {name: Table() for name in RESOURCES}
        self.custom_labels = {"xCampo1": "Observações gerais", "xCampo2": "Laudo técnico"}
        self.now = now
        self.lock = threading.RLock()
        rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not security
        for index in range(counts.get("contatos", 0)):
            self.add_contato(_seed_contato(rng, index))
        for index in range(counts.get("produtos", 0)):
            self.add("produtos", _seed_produto(rng, index))
        for index in range(counts.get("servicos", 0)):
            self.add("servicos", _seed_servico(rng, index))
        for kind, situacoes in (("recebimentos", (20, 40)), ("pagamentos", (10, 30))):
            for index in range(counts.get(kind, 0)):
                self.add(kind, _seed_financeiro(rng, index, self._any_contato(rng), rng.choice(situacoes)))
        for _ in range(counts.get("vendas", 0)):
            produto = self._any("produtos", rng)
            if produto is None:
                break
            contato = self._any_contato(rng)
            lines = [
                {
                    "codProduto": produto["codigo"],
                    "quant": rng.randint(1, 5),
                    "vDesc": 0,
                    "preco": produto["precoVenda"],
                }
            ]
            self.create_venda(
                {"codContato": contato, "codVendedor": rng.randint(1, 3), "dtVenda": _date(rng), "produtos": lines},
                dt_cad=_timestamp(rng),
            )

    # -- generic ---------------------------------------------------------------------------------

    def table(self, name: str) -> Table:
        return self.tables[name]

    def add(self, name: str, record: Record) -> Record:
        table = self.tables[name]
        record["codigo"] = table.records.next_id()
        return table.records.add(record)

    def add_contato(self, record: Record) -> Record:
        return self.add("contatos", record)

    def delete(self, name: str, codigo: int) -> None:
        table = self.tables[name]
        if table.records.remove(codigo) is not None:
            table.deleted.add(codigo)

    def _any(self, name: str, rng: random.Random) -> Record | None:
        records = list(self.tables[name].records)
        return rng.choice(records) if records else None

    def _any_contato(self, rng: random.Random) -> int:
        contato = self._any("contatos", rng)
        return int(contato["codigo"]) if contato else 0

    def contato_nome(self, codigo: int) -> str:
        contato = self.tables["contatos"].records.get(codigo)
        return str(contato["nome"]) if contato else ""

    # -- sales -----------------------------------------------------------------------------------

    def create_venda(self, fields: Record, *, dt_cad: str | None = None) -> Record:
        """Store a sale with its lines priced from the catalogue; its instalments become receivables."""
        with self.lock:
            contato = int(fields.get("codContato") or 0)
            if contato and contato not in self.tables["contatos"].records:
                raise BadInput([f"codContato {contato} não corresponde a nenhum contato."], status=422)
            lines: list[Record] = []
            for number, line in enumerate(fields.get("produtos") or [], start=1):
                item = self._catalogue_item(int(line["codProduto"]))
                quant = float(line.get("quant", 1))
                preco = float(line.get("preco", item["precoVenda"]))
                lines.append(
                    {
                        "codigo": number,
                        "codProduto": item["codigo"],
                        "tipoProd": item["_tipo"],
                        "preco": preco,
                        "custo": float(item.get("precoCusto", 0)),
                        "custoCadProd": float(item.get("precoCusto", 0)),
                        "quant": quant,
                        "vDesc": float(line.get("vDesc", 0)),
                        "valorIPI": 0,
                        "valorST": 0,
                        "obs": line.get("obs", ""),
                        "descricao": item["descricao"],
                        "codigoProprio": item.get("codigoProprio", ""),
                    }
                )
            total = round(sum(line["preco"] * line["quant"] - line["vDesc"] for line in lines), 2)
            if not math.isfinite(total):  # e.g. 1e308 * 10: the sale could never be sent back as JSON
                raise BadInput(["o valor total da venda excede o limite numérico."], status=422)
            dt_venda = fields.get("dtVenda") or self.now()[:10]
            due_dates = [f.get("dtVenc") or dt_venda for f in fields.get("financeiros") or [{}]]
            venda = self.add(
                "vendas",
                {
                    "codContato": contato,
                    "codVendedor": int(fields.get("codVendedor") or 1),
                    "dtVenda": dt_venda,
                    "dtEntrega": dt_venda,
                    "dtCad": dt_cad or self.now(),
                    "valorTotal": total,
                    "valorFinanc": total,
                    "valorEntrada": 0,
                    "numParcelas": len(due_dates),
                    "codsNFe": [],
                    "customizado": dict(fields.get("customizado") or {}),
                    "clienteFinal": True,
                    "situacao": 50,
                    "tags": list(fields.get("tags") or []),
                    "produtos": lines,
                },
            )
            share = round(total / len(due_dates), 2)
            instalments = []
            for number, due in enumerate(due_dates, start=1):
                entry = self.add(
                    "recebimentos",
                    {
                        "codPlanoContas": 1,
                        "codFormaPgto": 0,
                        "numDoc": "",
                        "descricao": f"Venda {venda['codigo']} parcela {number}/{len(due_dates)}",
                        "valor": share,
                        "dtVenc": due,
                        "dtPgto": NO_DATE,
                        "dtCad": venda["dtCad"],
                        "situacao": 20,
                        "codContato": contato,
                        "origem": "vendas",
                        "obs": "",
                        "tags": [],
                        "_venda": venda["codigo"],
                    },
                )
                instalments.append(entry["codigo"])
            venda["_financeiros"] = instalments
            return venda

    def _catalogue_item(self, codigo: int) -> Record:
        for kind, tipo in (("produtos", "produto"), ("servicos", "servico")):
            item = self.tables[kind].records.get(codigo)
            if item is not None:
                return {**item, "_tipo": tipo}
        raise BadInput([f"codProduto {codigo} não corresponde a nenhum produto ou serviço."], status=422)

    def delete_venda(self, codigo: int) -> None:
        """Delete a sale and the receivables it generated."""
        with self.lock:
            venda = self.tables["vendas"].records.get(codigo)
            if venda is None:
                return
            for entry in venda.get("_financeiros", []):
                self.delete("recebimentos", entry)
            self.delete("vendas", codigo)

    # -- wire formats ----------------------------------------------------------------------------

    def contato_list_item(self, record: Record) -> Record:
        keys = ("tipo", "nome", "emails", "fones", "tags", "cidade", "uf")
        return {"codigo": str(record["codigo"]), **{k: record[k] for k in keys}}

    def contato_detail(self, record: Record) -> Record:
        """GET /contatos/{codigo}: codigo as a string, nomeContato, cep "" when unset."""
        wire = {k: v for k, v in record.items() if k not in ("nomeParaContato", "cep")}
        return {**wire, "codigo": str(record["codigo"]), "nomeContato": record["nomeParaContato"], "cep": _cep(record)}

    def contato_of_venda(self, record: Record) -> Record:
        """GET /vendas/{codigo}/contato: numeric codigo and cep, nomeParaContato, no dtCad/cidade."""
        wire = {k: v for k, v in record.items() if k not in ("dtCad", "cidade", "cep")}
        cep = record.get("cep")
        return {**wire, **({"cep": cep} if cep is not None else {})}

    def contato_of_pagamento(self, record: Record) -> Record:
        """GET /pagamentos/{codigo}/contato: numeric codigo, nomeContato, cep "" when unset."""
        wire = {k: v for k, v in record.items() if k not in ("nomeParaContato", "cep")}
        return {**wire, "nomeContato": record["nomeParaContato"], "cep": _cep(record)}

    def produto_list_item(self, record: Record) -> Record:
        excecao = record.get("excecaoIPI")
        return {**record, "excecaoIPI": "" if excecao is None else excecao}

    def produto_detail(self, record: Record) -> Record:
        """GET /produtos/{codigo}: codigo as a string, weights as "0.000", unset excecaoIPI as ""."""
        return {
            **self.produto_list_item(record),
            "codigo": str(record["codigo"]),
            "pesoBruto": f"{float(record['pesoBruto']):.3f}",
            "pesoLiquido": f"{float(record['pesoLiquido']):.3f}",
        }

    def produto_update_result(self, record: Record) -> Record:
        return {k: v for k, v in self.produto_detail(record).items() if k not in ("codigo", "dtCad")}

    def venda_list_item(self, record: Record) -> Record:
        keys = ("codigo", "codContato", "codVendedor", "dtVenda", "dtEntrega", "valorTotal", "valorFinanc")
        return {
            **{k: record[k] for k in keys},
            "nomeContato": self.contato_nome(record["codContato"]),
            "codsNFe": record["codsNFe"],
            "situacao": record["situacao"],
            "tags": record["tags"],
        }

    def venda_detail(self, record: Record) -> Record:
        financeiros = []
        for codigo in record.get("_financeiros", []):
            entry = self.tables["recebimentos"].records.get(codigo)
            if entry is not None:
                financeiros.append(
                    {
                        "codigo": entry["codigo"],
                        "codFormaPgto": entry["codFormaPgto"],
                        "codCaixa": 1,
                        "codRecibo": 0,
                        "situacao": entry["situacao"],
                        "dtComp": record["dtVenda"],
                        "dtVenc": entry["dtVenc"],
                        "valor": entry["valor"],
                    }
                )
        return {
            **record,
            "nomeContato": self.contato_nome(record["codContato"]),
            "nomeVendedor": f"Vendedor {record['codVendedor']}",
            "financeiros": financeiros,
        }

    def financeiro_list_item(self, record: Record) -> Record:
        """Receivable/payable list entry: every value a string."""
        return {
            "codigo": str(record["codigo"]),
            "codRecibo": "0",
            "descricao": record["descricao"],
            "previsao": "0",
            "situacao": str(record["situacao"]),
            "codDisponivel": "1",
            "codBoleto": "0",
            "data": record["dtVenc"],
            "valor": f"{float(record['valor']):.2f}",
            "contato": self.contato_nome(record["codContato"]),
            "nomeDisponivel": "Caixa interno",
        }


def _cep(record: Record) -> int | str:
    cep = record.get("cep")
    return "" if cep is None else int(cep)


def _date(rng: random.Random) -> str:
    return f"{rng.randint(2016, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _timestamp(rng: random.Random) -> str:
    return f"{_date(rng)} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _seed_contato(rng: random.Random, index: int) -> Record:
    nome = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
    cidade, uf, ibge = rng.choice(_CITIES)
    tipo = rng.choice([["cliente"], ["fornecedor"], ["cliente", "fornecedor"], ["transportadora"]])
    return {
        "tipo": tipo,
        "nome": nome,
        "fantasia": "",
        "nomeParaContato": nome.split()[0],
        "cpfcnpj": f"{rng.randint(0, 99999999999):011d}",
        "clienteFinal": True,
        "indicadorIE": 9,
        "inscricaoEstadual": "",
        "inscricaoEstadualST": "",
        "inscricaoMunicipal": "",
        "suframa": "",
        "emails": [f"contato{index + 1}@example.com.br"],
        "logradouro": "Rua Exemplo",
        "numero": str(rng.randint(1, 999)),
        "complemento": "",
        "bairro": "Centro",
        "cidade": cidade,
        "codIBGE": ibge,
        "uf": uf,
        "cep": None if index % 3 == 0 else rng.randint(1000000, 99999999),
        "pais": "Brasil",
        "fones": [],
        "tags": [],
        "obs": "",
        "dtNasc": NO_DATE if index % 4 == 0 else _date(rng),
        "dtCad": _timestamp(rng),
    }


def _seed_produto(rng: random.Random, index: int) -> Record:
    custo = round(rng.uniform(1, 100), 2)
    return {
        "descricao": f"{rng.choice(_PRODUCTS)} {rng.choice(_COLOURS)} {index + 1}",
        "codigoProprio": f"{index + 1:04d}",
        "estoque": rng.randint(0, 200),
        "estoqueMinimo": 0,
        "controlarEstoque": True,
        "margemLucro": 100.0,
        "precoCusto": custo,
        "precoVenda": round(custo * 2, 2),
        "origemFiscal": 0,
        "unidadeTributada": "UN",
        "refEanGtin": "",
        "ncm": "",
        "codigoCEST": "",
        "excecaoIPI": None if index % 2 == 0 else 1,
        "codigoGrupoTributos": 0,
        "anotacoesNFE": "",
        "anotacoesInternas": "",
        "pesoBruto": round(rng.uniform(0, 2), 3),
        "pesoLiquido": 0.0,
        "tags": [],
        "dtCad": _timestamp(rng),
    }


def _seed_servico(rng: random.Random, index: int) -> Record:
    return {
        "descricao": f"{rng.choice(_SERVICES)} {index + 1}",
        "precoVenda": float(rng.randint(50, 500)),
        "codigoGrupoTributos": 0,
        "tags": [],
        "dtCad": _timestamp(rng),
        "itemListaServico": "",
    }


def _seed_financeiro(rng: random.Random, index: int, contato: int, situacao: int) -> Record:
    settled = situacao in (30, 40)
    due = _date(rng)
    return {
        "codPlanoContas": 11,
        "codFormaPgto": 1,
        "numDoc": "",
        "descricao": f"Lançamento {index + 1}",
        "valor": round(rng.uniform(10, 1000), 2),
        "dtVenc": due,
        "dtPgto": due if settled else NO_DATE,
        "dtCad": _timestamp(rng),
        "situacao": situacao,
        "codContato": contato,
        "origem": "financeiro",
        "obs": "",
        "tags": [],
    }
