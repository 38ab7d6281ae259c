"""Invoices: JSON answers parse into the generated model; ``print=1`` PDFs come back as bytes.

The generator gap: openapi-python-client keeps only the first content type of a response, so the
generated ``create_invoice`` parses every 201 as JSON, PDF included. ``gestix.print_invoice`` sends
the same generated request and returns the document; ``gestix.call`` refuses ``print_=PDF`` before
anything is sent (the invoice would be created and its PDF lost in a parse error).
"""

from __future__ import annotations

import asyncio
import re

import pytest
from gestix_client import AuthenticatedClient
from gestix_client.api.invoices import create_invoice
from gestix_client.models import InvoiceCreate, InvoiceCreated, PrintMode

from erp_adapters import gestix
from tests.gestix.conftest import Mock

BODY = {"customer": 1, "lines": [{"sku": "A100", "qty": 2, "price": 9.5}], "notes": "Entrega (manhã)"}


def check_pdf(document: bytes) -> None:
    """A structurally valid PDF: header, every xref entry at its object, startxref at the xref, EOF."""
    assert document.startswith(b"%PDF-1.")
    assert document.rstrip().endswith(b"%%EOF")
    startxref = int(re.findall(rb"startxref\s+(\d+)", document)[-1])
    assert document[startxref:].startswith(b"xref")
    header = re.match(rb"xref\s+0 (\d+)\s+", document[startxref:])
    assert header is not None
    count, table = int(header.group(1)), document[startxref + header.end() :]
    entries = [table[i * 20 : i * 20 + 20] for i in range(count)]
    assert entries[0] == b"0000000000 65535 f \n"
    for number, entry in enumerate(entries[1:], start=1):
        assert entry.endswith(b" 00000 n \n")
        assert document[int(entry[:10]) :].startswith(b"%d 0 obj" % number)
    assert b"/Type /Catalog" in document and b"/Type /Page " in document


def test_created_invoice_keeps_every_field(client: AuthenticatedClient, mock: Mock) -> None:
    created = gestix.expect(
        InvoiceCreated, create_invoice.sync_detailed, client=client, body=InvoiceCreate.from_dict(BODY)
    )
    assert created["lines"] == BODY["lines"] and created["notes"] == BODY["notes"]
    assert created["id"] == 1
    assert [invoice["customer"] for invoice in mock.invoices()] == [1]


def test_print_invoice_returns_the_pdf_bytes(client: AuthenticatedClient, mock: Mock) -> None:
    document = gestix.print_invoice(client, InvoiceCreate.from_dict(BODY))
    check_pdf(document)
    assert b"(Invoice FT 1)" in document
    assert len(mock.invoices()) == 1


def test_aprint_invoice_returns_the_pdf_bytes(client: AuthenticatedClient, mock: Mock) -> None:
    async def two() -> list[bytes]:
        return await asyncio.gather(*(gestix.aprint_invoice(client, InvoiceCreate()) for _ in range(2)))

    documents = asyncio.run(two())
    for document in documents:
        check_pdf(document)
    assert len(mock.invoices()) == 2


def test_gap_generated_function_reads_the_pdf_as_json(client: AuthenticatedClient, mock: Mock) -> None:
    """Without the adapter the PDF answer crashes the generated parser (which is why print_invoice exists)."""
    with pytest.raises(ValueError):  # UnicodeDecodeError or JSONDecodeError, both ValueErrors
        create_invoice.sync_detailed(client=client, body=InvoiceCreate(), print_=PrintMode.PDF)
    assert len(mock.invoices()) == 1  # ... after the server created the invoice


def test_call_refuses_print_pdf_before_sending(client: AuthenticatedClient, mock: Mock) -> None:
    with pytest.raises(ValueError, match="print_invoice"):
        gestix.call(create_invoice.sync_detailed, client=client, body=InvoiceCreate(), print_=PrintMode.PDF)
    with pytest.raises(ValueError, match="print_invoice"):
        asyncio.run(
            gestix.acall(create_invoice.asyncio_detailed, client=client, body=InvoiceCreate(), print_=PrintMode.PDF)
        )
    assert mock.invoices() == [] and mock.count("create_invoice") == 0


def test_print_mode_json_is_an_ordinary_call(client: AuthenticatedClient) -> None:
    created = gestix.call(create_invoice.sync_detailed, client=client, body=InvoiceCreate(), print_=PrintMode.JSON)
    assert isinstance(created, InvoiceCreated)


def test_print_invoice_answered_with_json_is_a_parse_error(client: AuthenticatedClient, mock: Mock) -> None:
    mock.next_response("POST", "/invoices", 201, {"id": 7})
    with pytest.raises(gestix.GestixParseError) as err:
        gestix.print_invoice(client, InvoiceCreate())
    assert "expected an application/pdf document, got application/json" in str(err.value)
    assert err.value.body == b'{"id": 7}'  # kept as bytes, never decoded as the result


def test_print_invoice_answered_with_bytes_that_are_not_a_pdf_is_a_parse_error(
    client: AuthenticatedClient, mock: Mock
) -> None:
    mock.next_response("POST", "/invoices", 201, "<html>oops</html>", content_type="application/pdf")
    with pytest.raises(gestix.GestixParseError):
        gestix.print_invoice(client, InvoiceCreate())


def test_print_invoice_errors_are_typed(client: AuthenticatedClient, mock: Mock) -> None:
    mock.next_response("POST", "/invoices", 400, {"error": "invalid_request", "message": "no lines"})
    with pytest.raises(gestix.GestixValidationError) as err:
        gestix.print_invoice(client, InvoiceCreate())
    assert err.value.vendor_message == "invalid_request; no lines"
    assert "create_invoice (POST /api/03101176/v4.0.0/invoices)" in str(err.value)
