"""What ``erp-mock`` prints when a mock starts: every URL and credential a client needs.

For each vendor: the API base URL, the token / authorize endpoints the mock serves, the demo
credentials it accepts, the exact ``erp_adapters.<vendor>.connect(...)`` call that reaches it, and
the ``erp-contract`` command (with its environment variables) that checks it against its spec.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

_Lines = Callable[[str, Mapping[str, Any]], list[str]]


def _wisedat(url: str, o: Mapping[str, Any]) -> list[str]:
    return [
        f"  base URL       {url}",
        f"  login          GET {url}/status (WDAPI <api key>) then POST {url}/authentication/login",
        f"  demo           api_key={o['api_key']!r} user={o['user']!r} password={o['password']!r}",
        "  client         from erp_adapters import wisedat",
        f"                 client = wisedat.connect({url!r}, api_key={o['api_key']!r}, user={o['user']!r},"
        f" password={o['password']!r})",
        f"  contract       WISEDAT_API_KEY={o['api_key']} WISEDAT_USER={o['user']} WISEDAT_PASSWORD={o['password']}"
        f" erp-contract wisedat --base-url {url}",
    ]


def _egestor(url: str, o: Mapping[str, Any]) -> list[str]:
    return [
        f"  base URL       {url}",
        f"  token URL      {url}/oauth/access_token",
        f"  authorize URL  {url}/oauth/authorize  (auto-approves; redirect_uri {o.get('redirect_uri')!r})",
        f"  demo           client_id={o['client_id']!r} client_secret={o['client_secret']!r}",
        f"  personal token GET {url}/_mock/personal-token  (as the account owner would copy it)",
        "  client         from erp_adapters import egestor",
        f"                 client = egestor.connect({url!r}, personal_token=<personal token>)",
        f"                 or egestor.connect({url!r}, client_id={o['client_id']!r},"
        f" client_secret={o['client_secret']!r}, code=<code>, redirect_uri=<redirect_uri>)",
        f"  contract       EGESTOR_PERSONAL_TOKEN=$(curl -s {url}/_mock/personal-token | jq -r .personal_token)"
        f" erp-contract egestor --base-url {url}",
    ]


def _gestix(url: str, o: Mapping[str, Any]) -> list[str]:
    account = next(iter(o.get("accounts", ["03101176"])))
    return [
        f"  server         {url}   (API base URL {url}/api/{account}/v4.0.0; accounts {list(o.get('accounts', []))})",
        f"  demo           api_token={o['api_token']!r} username={o['username']!r} password={o['password']!r}",
        "  client         from erp_adapters import gestix",
        f"                 client = gestix.connect({account!r}, api_token={o['api_token']!r}, server={url!r})",
        f"                 or gestix.connect_user({account!r}, username={o['username']!r},"
        f" password={o['password']!r}, server={url!r})",
        f"  contract       GESTIX_ACCOUNT={account} GESTIX_API_TOKEN={o['api_token']}"
        f" erp-contract gestix --base-url {url}",
    ]


def _gks4(url: str, o: Mapping[str, Any]) -> list[str]:
    return [
        f"  base URL       {url}",
        f"  token URL      {url}/connect/token   (client credentials; pass it as token_url=,"
        " the adapter's default is the real identity server)",
        f"  demo           client_id={o['client_id']!r} client_secret={o['client_secret']!r}",
        "  client         from erp_adapters import gks4",
        f"                 client = gks4.connect({url!r}, client_id={o['client_id']!r},"
        f" client_secret={o['client_secret']!r}, token_url={url + '/connect/token'!r})",
        f"  contract       GKS4_CLIENT_ID={o['client_id']} GKS4_CLIENT_SECRET={o['client_secret']}"
        f" erp-contract gks4 --base-url {url} --token-url {url}/connect/token",
    ]


def _quickstart(url: str, o: Mapping[str, Any]) -> list[str]:
    return [
        f"  base URL       {url}",
        f"  token URL      {url}/oauth/token",
        f"  authorize URL  {url}/oauth/authorize  (auto-approves as user 'admin'; ?user=agent|collaborator)",
        f"  demo           client_id={o['client_id']!r} client_secret={o['client_secret']!r}"
        f" redirect_uri={o['redirect_uri']!r}",
        "  client         from erp_adapters import quickstart",
        f"                 url, state = quickstart.authorization_url({url!r}, client_id={o['client_id']!r},"
        f" redirect_uri={o['redirect_uri']!r})",
        "                 code = quickstart.code_from_callback(<Location of GET url>, expected_state=state)",
        f"                 client = quickstart.connect({url!r}, client_id={o['client_id']!r},"
        f" client_secret={o['client_secret']!r}, code=code, redirect_uri={o['redirect_uri']!r},"
        " token_store=<save>)",
        f"  contract       QUICKSTART_CLIENT_ID={o['client_id']} QUICKSTART_CLIENT_SECRET={o['client_secret']}"
        f" QUICKSTART_TOKEN_FILE=tokens.json QUICKSTART_CODE=<code> QUICKSTART_REDIRECT_URI={o['redirect_uri']}"
        f" erp-contract quickstart --base-url {url}",
    ]


_VENDORS: dict[str, _Lines] = {
    "egestor": _egestor,
    "gestix": _gestix,
    "gks4": _gks4,
    "quickstart": _quickstart,
    "wisedat": _wisedat,
}


def banner(vendor: str, url: str, options: Mapping[str, Any], *, seeded: int = 0, variance: bool = False) -> str:
    """The text ``erp-mock`` prints for ``vendor``'s mock served at ``url`` with ``options``."""
    lines = [f"{vendor} mock on {url}" + (" (variance mode)" if variance else ""), *_VENDORS[vendor](url, options)]
    reset = f"POST {url}/_mock/reset (back to the start" + (f", {seeded} seed entries re-applied)" if seeded else ")")
    lines.append(f"  controls       {reset}, GET {url}/_mock/stats, POST {url}/_mock/next-response")
    return "\n".join(lines)
