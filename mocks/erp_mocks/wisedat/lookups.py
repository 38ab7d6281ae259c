"""Seed data for the Wisedat mock: the lookup tables every company has, and a few records."""

from __future__ import annotations

from typing import Any

Record = dict[str, Any]

COUNTRIES: list[Record] = [
    {"iso_3166_1": "PT", "name": "Portugal"},
    {"iso_3166_1": "ES", "name": "Espanha"},
    {"iso_3166_1": "FR", "name": "França"},
    {"iso_3166_1": "BR", "name": "Brasil"},
]

CURRENCIES: list[Record] = [
    {"id": "EUR", "description": "Euro", "symbol": "€", "decimal_cases": 2},
    {"id": "USD", "description": "Dólar americano", "symbol": "$", "decimal_cases": 2},
]

EXEMPTION_REASONS: list[Record] = [
    {"id": "M07", "description": "Isento artigo 9.º do CIVA"},
    {"id": "M40", "description": "Autoliquidação"},
]

TAXES: list[Record] = [
    {"id": "NO", "value": 23.0, "description": "Taxa normal", "type": 3},
    {"id": "IN", "value": 13.0, "description": "Taxa intermédia", "type": 2},
    {"id": "RE", "value": 6.0, "description": "Taxa reduzida", "type": 1},
    {"id": "IS", "value": 0.0, "description": "Isento", "type": 0, "exemption_reason": EXEMPTION_REASONS[0]},
]

UNITS: list[Record] = [
    {"id": "UN", "description": "Unidade"},
    {"id": "KG", "description": "Quilograma"},
]

DELIVERY_METHODS: list[Record] = [
    {"id": "CTT", "description": "Correio"},
    {"id": "LOJA", "description": "Levantamento em loja"},
]

PAYMENT_CONDITIONS: list[Record] = [
    {"id": "PP", "description": "Pronto pagamento"},
    {"id": "30D", "description": "30 dias"},
]

PAYMENT_METHODS: list[Record] = [
    {"id": "NUM", "description": "Numerário"},
    {"id": "TB", "description": "Transferência bancária"},
]

SALES_DOCUMENTS: list[Record] = [
    {
        "id": "ENC",
        "description": "Encomenda",
        "default_series": "2024",
        "document_type": 2,
        "saft_invoice_type": -1,
        "active": True,
    },
    {
        "id": "FT",
        "description": "Fatura",
        "default_series": "2024",
        "document_type": 4,
        "saft_invoice_type": 0,
        "active": True,
    },
    {
        "id": "ORC",
        "description": "Orçamento",
        "default_series": "2024",
        "document_type": 1,
        "saft_invoice_type": -1,
        "active": True,
    },
]

SERIES: list[Record] = [
    {"id": "2024A", "description": "Série 2024", "vat_cash_system": False, "active": True},
    {"id": "CAIXA", "description": "Série IVA de caixa", "vat_cash_system": True, "active": True},
]

WAREHOUSES: list[Record] = [
    {
        "id": 1,
        "code": "ARMAZEM1",
        "description": "Armazém principal",
        "address": {
            "street": "Rua do Armazém 1",
            "city": "Porto",
            "postal_code": "4000-001",
            "postal_code_location": "Porto",
            "country": COUNTRIES[0],
        },
    }
]

COMPANY: Record = {
    "id": "DEMO",
    "name": "Empresa Demo, Lda",
    "tax_id": "501234560",
    "address": {
        "street": "Avenida da Liberdade 1",
        "city": "Lisboa",
        "postal_code": "1250-001",
        "postal_code_location": "Lisboa",
        "phone": "210000000",
        "region": "Lisboa",
        "country": COUNTRIES[0],
    },
    "currency": CURRENCIES[0],
    "alt_currency": CURRENCIES[1],
}
