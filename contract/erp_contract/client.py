"""One call per vendor through its generated client, connected by its adapter's ``connect()``.

schemathesis checks the server against the spec; this checks that the client an application
would use actually reaches it: login / token (with the same credentials), request building and
response parsing. A typed "not found" counts as reached (the server answered as documented for an
id it does not have). Needs ``<vendor>-client`` installed (``erp-adapters[<vendor>]`` pulls it in).
"""

from __future__ import annotations

import importlib
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from erp_adapters.errors import NotFoundError
from erp_contract.credentials import Target

_Call = Callable[[Target], str]


def _token_store(path: str) -> tuple[dict[str, Any], Callable[[dict[str, Any]], None]]:
    file = Path(path)

    def store(token_set: dict[str, Any]) -> None:
        file.write_text(json.dumps(token_set))

    return json.loads(file.read_text()), store


def _wisedat(target: Target) -> str:
    from wisedat_client.api.company import get_company

    from erp_adapters import wisedat

    env = target.env
    client = wisedat.connect(
        target.base_url, api_key=env["WISEDAT_API_KEY"], user=env["WISEDAT_USER"], password=env["WISEDAT_PASSWORD"]
    )
    return type(wisedat.call(get_company.sync_detailed, client=client)).__name__


def _gks4(target: Target) -> str:
    from gks4_client.api.customers import get_customer

    from erp_adapters import gks4

    env = target.env
    client = gks4.connect(
        target.base_url,
        client_id=env["GKS4_CLIENT_ID"],
        client_secret=env["GKS4_CLIENT_SECRET"],
        token_url=target.token_url or gks4.TOKEN_URL,
    )
    return type(gks4.call(get_customer.sync_detailed, customer_number="K100421", client=client)).__name__


def _gestix(target: Target) -> str:
    from gestix_client.api.status import get_status

    from erp_adapters import gestix

    with tempfile.TemporaryDirectory(prefix="erp-contract-nonces-") as nonces:
        client = gestix.connect(
            target.env["GESTIX_ACCOUNT"], api_token=target.env["GESTIX_API_TOKEN"], server=target.base_url,
            nonce_dir=nonces,
        )  # fmt: skip
        return type(gestix.call(get_status.sync_detailed, client=client)).__name__


def _egestor(target: Target) -> str:
    from egestor_client.api.contatos import list_contatos

    from erp_adapters import egestor

    env = target.env
    if env.get("EGESTOR_PERSONAL_TOKEN"):
        client = egestor.connect(
            target.base_url, personal_token=env["EGESTOR_PERSONAL_TOKEN"], token_url=target.token_url
        )
    else:
        stored, store = _token_store(env["EGESTOR_TOKEN_FILE"])
        client = egestor.connect(
            target.base_url, client_id=env["EGESTOR_CLIENT_ID"], client_secret=env["EGESTOR_CLIENT_SECRET"],
            stored=stored, token_store=store, token_url=target.token_url,
        )  # fmt: skip
    return type(egestor.call(list_contatos.sync_detailed, client=client)).__name__


def _quickstart(target: Target) -> str:
    from quickstart_client.api.customers import list_customers

    from erp_adapters import quickstart

    env = target.env
    stored, store = _token_store(env["QUICKSTART_TOKEN_FILE"])  # written by the schemathesis run's token
    client = quickstart.connect(
        target.base_url, client_id=env["QUICKSTART_CLIENT_ID"], client_secret=env["QUICKSTART_CLIENT_SECRET"],
        stored=stored, token_store=store, token_url=target.token_url,
    )  # fmt: skip
    return type(quickstart.call(list_customers.sync_detailed, client=client)).__name__


CALLS: dict[str, _Call] = {
    "egestor": _egestor,
    "gestix": _gestix,
    "gks4": _gks4,
    "quickstart": _quickstart,
    "wisedat": _wisedat,
}


def installed(vendor: str) -> bool:
    """Whether ``<vendor>_client`` can be imported."""
    try:
        importlib.import_module(f"{vendor}_client")
    except ImportError:
        return False
    return True


def client_call(vendor: str, target: Target) -> str:
    """The parsed result's type name of the vendor's smoke call (``"not found"`` for a typed 404)."""
    try:
        return CALLS[vendor](target)
    except NotFoundError:
        return "not found"
