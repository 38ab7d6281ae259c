"""Create/read/update/delete round trips for every eGestor resource: generated client + adapter, over HTTP."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest
from egestor_client import AuthenticatedClient
from egestor_client.api.config import get_config_vendas_customizado
from egestor_client.api.contatos import create_contato, delete_contato, get_contato, list_contatos, update_contato
from egestor_client.api.pagamentos import (
    delete_pagamento,
    get_pagamento,
    get_pagamento_contato,
    list_pagamentos,
    pagar_pagamento,
    update_pagamento,
)
from egestor_client.api.produtos import create_produto, delete_produto, get_produto, list_produtos, update_produto
from egestor_client.api.recebimentos import (
    delete_recebimento,
    get_recebimento,
    list_recebimentos,
    receber_recebimento,
    update_recebimento,
)
from egestor_client.api.servicos import create_servico, delete_servico, get_servico, list_servicos, update_servico
from egestor_client.api.vendas import create_venda, delete_venda, get_venda, get_venda_contato, list_vendas
from egestor_client.models import (
    ConfigVendasCustomizado,
    ContatoCreate,
    ContatoDetail,
    ContatoList,
    ContatoTipo,
    ContatoUpdate,
    IndicadorIE,
    PagamentoDetail,
    PagamentoPagar,
    PagamentoUpdate,
    ProdutoCreate,
    ProdutoDetail,
    ProdutoUpdate,
    ProdutoUpdateResult,
    RecebimentoDetail,
    RecebimentoReceber,
    RecebimentoUpdate,
    RecordSummary,
    ServicoCreate,
    ServicoDetail,
    ServicoUpdate,
    VendaCreate,
    VendaCustomizadoInput,
    VendaDetail,
    VendaFinanceiroCreate,
    VendaProdutoCreate,
)

from erp_adapters import egestor
from erp_adapters.egestor.values import as_date, as_datetime, as_decimal, as_int


@pytest.mark.exact_values
def test_contato_round_trip(client: AuthenticatedClient) -> None:
    body = ContatoCreate(
        nome="Kaya Labadie",
        tipo=[ContatoTipo.CLIENTE],
        cpfcnpj="83294489654",
        dt_nasc="1992-02-13",
        emails=["kaya@example.com.br"],
        cep=4320040,
        uf="SP",
        cliente_final=True,
        indicador_ie=IndicadorIE.CONTRIBUINTE,
        tags=["vip"],
    )
    created = egestor.expect(RecordSummary, create_contato.sync_detailed, client=client, body=body)
    assert created.nome == "Kaya Labadie"

    contato = egestor.expect(ContatoDetail, get_contato.sync_detailed, client=client, codigo=created.codigo)
    assert contato.codigo == str(created.codigo)  # the detail sends codigo as a string
    assert as_int(contato.codigo) == created.codigo
    assert (contato.cpfcnpj, contato.cep, contato.indicador_ie) == ("83294489654", 4320040, IndicadorIE.CONTRIBUINTE)
    assert as_date(contato.dt_nasc) is not None and as_date(contato.dt_nasc) == as_date("1992-02-13")
    assert as_datetime(contato.dt_cad) is not None

    update = ContatoUpdate(nome="Kaya Labadie ME", tipo=[ContatoTipo.CLIENTE, ContatoTipo.FORNECEDOR])
    updated = egestor.expect(
        ContatoDetail, update_contato.sync_detailed, client=client, codigo=created.codigo, body=update
    )
    assert updated.nome == "Kaya Labadie ME"
    assert updated.tipo == [ContatoTipo.CLIENTE, ContatoTipo.FORNECEDOR]

    found = egestor.expect(ContatoList, list_contatos.sync_detailed, client=client, filtro="labadie me")
    assert [as_int(c.codigo) for c in found.data] == [created.codigo]

    egestor.call(delete_contato.sync_detailed, client=client, codigo=created.codigo)
    with pytest.raises(egestor.EgestorGoneError) as gone:
        egestor.call(get_contato.sync_detailed, client=client, codigo=created.codigo)
    assert gone.value.status_code == 410 and gone.value.err_code == 410
    with pytest.raises(egestor.EgestorNotFoundError):
        egestor.call(get_contato.sync_detailed, client=client, codigo=99_999)


@pytest.mark.exact_values
def test_produto_round_trip(client: AuthenticatedClient) -> None:
    body = ProdutoCreate(
        descricao="Caneca preta", codigo_proprio="204", preco_custo=5.0, preco_venda=10.37, peso_bruto=0.35
    )
    created = egestor.expect(RecordSummary, create_produto.sync_detailed, client=client, body=body)
    assert created.descricao == "Caneca preta"

    produto = egestor.expect(ProdutoDetail, get_produto.sync_detailed, client=client, codigo=created.codigo)
    assert produto.codigo == str(created.codigo)
    assert produto.peso_bruto == "0.350"  # weights come as decimal strings in the detail
    assert as_decimal(produto.peso_bruto) == Decimal("0.350")
    assert as_decimal(produto.preco_venda) == Decimal("10.37")
    assert produto.excecao_ipi == ""  # unset IPI exception
    assert as_int(produto.excecao_ipi) is None

    update = ProdutoUpdate(preco_venda=12.5, excecao_ipi=7)
    result = egestor.expect(
        ProdutoUpdateResult, update_produto.sync_detailed, client=client, codigo=created.codigo, body=update
    )
    assert (result.preco_venda, result.excecao_ipi) == (12.5, 7)

    listed = [p for p in egestor.paginate(list_produtos.sync_detailed, client=client) if p.codigo == created.codigo]
    assert len(listed) == 1 and listed[0].peso_bruto == 0.35  # the list sends numbers

    egestor.call(delete_produto.sync_detailed, client=client, codigo=created.codigo)
    with pytest.raises(egestor.EgestorGoneError):
        egestor.call(update_produto.sync_detailed, client=client, codigo=created.codigo, body=update)


@pytest.mark.exact_values
def test_servico_round_trip(client: AuthenticatedClient) -> None:
    created = egestor.expect(
        RecordSummary,
        create_servico.sync_detailed,
        client=client,
        body=ServicoCreate(descricao="Manutenção", preco_venda=10),
    )
    servico = egestor.expect(ServicoDetail, get_servico.sync_detailed, client=client, codigo=created.codigo)
    assert (servico.descricao, servico.preco_venda) == ("Manutenção", 10)

    renamed = egestor.expect(
        RecordSummary,
        update_servico.sync_detailed,
        client=client,
        codigo=created.codigo,
        body=ServicoUpdate(descricao="Manutenção agendada"),
    )
    assert renamed.descricao == "Manutenção agendada"
    assert any(
        s.codigo == created.codigo
        for s in egestor.paginate(list_servicos.sync_detailed, client=client, filtro="agendada")
    )

    egestor.call(delete_servico.sync_detailed, client=client, codigo=created.codigo)
    with pytest.raises(egestor.EgestorGoneError):
        egestor.call(delete_servico.sync_detailed, client=client, codigo=created.codigo)


@pytest.mark.exact_values
def test_venda_round_trip_creates_its_receivables(client: AuthenticatedClient) -> None:
    contato = egestor.expect(
        RecordSummary,
        create_contato.sync_detailed,
        client=client,
        body=ContatoCreate(nome="Marcelo", tipo=[ContatoTipo.CLIENTE]),
    )
    produto = egestor.expect(
        RecordSummary,
        create_produto.sync_detailed,
        client=client,
        body=ProdutoCreate(descricao="Caneca", preco_venda=250),
    )
    body = VendaCreate(
        cod_contato=contato.codigo,
        dt_venda="2017-07-18",
        cod_vendedor=1,
        customizado=VendaCustomizadoInput(x_campo_1="Venda direta."),
        produtos=[VendaProdutoCreate(cod_produto=produto.codigo, quant=2)],
        financeiros=[VendaFinanceiroCreate(dt_venc="2017-08-18"), VendaFinanceiroCreate(dt_venc="2017-09-18")],
    )
    created = egestor.expect(RecordSummary, create_venda.sync_detailed, client=client, body=body)
    assert created.nome == "Marcelo"

    venda = egestor.expect(VendaDetail, get_venda.sync_detailed, client=client, codigo=created.codigo)
    assert (venda.valor_total, venda.num_parcelas, venda.nome_contato) == (500, 2, "Marcelo")
    assert venda.customizado and venda.customizado.x_campo_1 == "Venda direta."
    assert venda.produtos and venda.produtos[0].cod_produto == produto.codigo
    assert venda.financeiros and [f.valor for f in venda.financeiros] == [250, 250]
    receivable = venda.financeiros[0].codigo
    assert isinstance(receivable, int)
    detail = egestor.expect(RecebimentoDetail, get_recebimento.sync_detailed, client=client, codigo=receivable)
    assert (detail.origem, detail.situacao, detail.dt_pgto) == ("vendas", 20, "0000-00-00")
    assert as_date(detail.dt_pgto) is None  # the zero date means "not paid"

    assert (
        egestor.expect(ContatoDetail, get_venda_contato.sync_detailed, client=client, codigo=created.codigo).nome
        == "Marcelo"
    )
    assert any(v.codigo == created.codigo for v in egestor.paginate(list_vendas.sync_detailed, client=client))

    egestor.call(delete_venda.sync_detailed, client=client, codigo=created.codigo)
    with pytest.raises(egestor.EgestorGoneError):
        egestor.call(get_venda.sync_detailed, client=client, codigo=created.codigo)
    with pytest.raises(egestor.EgestorGoneError):  # its receivables went with it
        egestor.call(get_recebimento.sync_detailed, client=client, codigo=receivable)


def test_venda_with_an_unknown_product_is_refused(client: AuthenticatedClient) -> None:
    body = VendaCreate(produtos=[VendaProdutoCreate(cod_produto=99_999, quant=1)])
    with pytest.raises(egestor.EgestorValidationError) as refused:
        egestor.call(create_venda.sync_detailed, client=client, body=body)
    assert refused.value.status_code == 422
    assert "codProduto 99999" in refused.value.vendor_message


@pytest.mark.exact_values
def test_recebimento_update_receive_delete(client: AuthenticatedClient) -> None:
    listed = next(r for r in egestor.paginate(list_recebimentos.sync_detailed, client=client) if r.situacao == "20")
    assert isinstance(listed.codigo, str) and isinstance(listed.valor, str)  # lists send strings ("1", "50.00")
    codigo = as_int(listed.codigo)
    assert codigo is not None
    detail = egestor.expect(RecebimentoDetail, get_recebimento.sync_detailed, client=client, codigo=codigo)
    assert detail.situacao == 20  # a number in the detail
    assert as_decimal(detail.valor) == as_decimal(listed.valor)  # 100.5 vs "100.50": the same amount

    update = RecebimentoUpdate(descricao="Parcela 1/1")
    ack = egestor.expect(RecebimentoDetail, update_recebimento.sync_detailed, client=client, codigo=codigo, body=update)
    assert ack.descricao == "Parcela 1/1"

    settle = RecebimentoReceber(valor=200, dt_pgto="2017-04-25")
    egestor.call(receber_recebimento.sync_detailed, client=client, codigo=codigo, body=settle)
    settled = egestor.expect(RecebimentoDetail, get_recebimento.sync_detailed, client=client, codigo=codigo)
    assert (settled.situacao, settled.dt_pgto, settled.valor) == (40, "2017-04-25", 200)
    with pytest.raises(egestor.EgestorValidationError) as twice:
        egestor.call(receber_recebimento.sync_detailed, client=client, codigo=codigo, body=settle)
    assert twice.value.status_code == 422

    egestor.call(delete_recebimento.sync_detailed, client=client, codigo=codigo)
    with pytest.raises(egestor.EgestorGoneError):
        egestor.call(get_recebimento.sync_detailed, client=client, codigo=codigo)


@pytest.mark.exact_values
def test_pagamento_update_pay_delete(client: AuthenticatedClient) -> None:
    listed = next(p for p in egestor.paginate(list_pagamentos.sync_detailed, client=client) if p.situacao == "10")
    codigo = as_int(listed.codigo)
    assert codigo is not None
    pagamento = egestor.expect(PagamentoDetail, get_pagamento.sync_detailed, client=client, codigo=codigo)
    contato = egestor.expect(ContatoDetail, get_pagamento_contato.sync_detailed, client=client, codigo=codigo)
    assert contato.codigo == pagamento.cod_contato  # a number here, unlike GET /contatos/{codigo}

    update = PagamentoUpdate(valor=99.9, num_doc="NF 12")
    changed = egestor.expect(PagamentoDetail, update_pagamento.sync_detailed, client=client, codigo=codigo, body=update)
    assert (changed.valor, changed.num_doc, changed.situacao) == (99.9, "NF 12", 10)
    egestor.call(
        pagar_pagamento.sync_detailed,
        client=client,
        codigo=codigo,
        body=PagamentoPagar(valor=99.9, dt_pgto="2017-04-25"),
    )
    paid = egestor.expect(PagamentoDetail, get_pagamento.sync_detailed, client=client, codigo=codigo)
    assert (paid.situacao, as_date(paid.dt_pgto)) == (30, as_date("2017-04-25"))

    egestor.call(delete_pagamento.sync_detailed, client=client, codigo=codigo)
    with pytest.raises(egestor.EgestorGoneError):
        egestor.call(get_pagamento_contato.sync_detailed, client=client, codigo=codigo)


@pytest.mark.exact_values
def test_custom_field_labels(client: AuthenticatedClient) -> None:
    labels = egestor.expect(ConfigVendasCustomizado, get_config_vendas_customizado.sync_detailed, client=client)
    assert (labels.x_campo_1, labels.x_campo_2) == ("Observações gerais", "Laudo técnico")


@pytest.mark.exact_values
def test_async_round_trip(client: AuthenticatedClient) -> None:
    async def main() -> tuple[int, str | None]:
        body = ContatoCreate(nome="Async Ltda", tipo=[ContatoTipo.FORNECEDOR])
        created = await egestor.aexpect(RecordSummary, create_contato.asyncio_detailed, client=client, body=body)
        contato = await egestor.aexpect(
            ContatoDetail, get_contato.asyncio_detailed, client=client, codigo=created.codigo
        )
        await egestor.acall(delete_contato.asyncio_detailed, client=client, codigo=created.codigo)
        try:
            await egestor.acall(get_contato.asyncio_detailed, client=client, codigo=created.codigo)
        except egestor.EgestorGoneError as gone:
            return gone.status_code, contato.nome if isinstance(contato.nome, str) else None
        raise AssertionError("the deleted contato was still there")

    assert asyncio.run(main()) == (410, "Async Ltda")
