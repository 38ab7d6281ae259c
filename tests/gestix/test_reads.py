"""The read operations: customers come back as open models, the status as version information."""

from __future__ import annotations

import pytest
from gestix_client import AuthenticatedClient
from gestix_client.api.customers import list_customers
from gestix_client.api.status import get_status
from gestix_client.models import Customer, Status

from erp_adapters import gestix


def test_customers_are_a_bare_list_of_open_records(client: AuthenticatedClient) -> None:
    customers = gestix.call(list_customers.sync_detailed, client=client)
    assert isinstance(customers, list) and all(isinstance(c, Customer) for c in customers)
    assert [c["name"] for c in customers] == ["Cliente Exemplo, Lda", "Consumidor Final"]
    assert customers[0].to_dict() == {"id": 1, "name": "Cliente Exemplo, Lda", "vat": "509999990"}


@pytest.mark.exact_values
def test_status_reports_the_version_and_keeps_unknown_keys(client: AuthenticatedClient) -> None:
    status = gestix.expect(Status, get_status.sync_detailed, client=client)
    assert status.version == "4.0.0"
    assert not status.error  # Unset: the mock reports no error
    assert status["account"] == "03101176"
