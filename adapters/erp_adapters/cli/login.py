"""``erp login``: the OAuth2 authorization-code flow of eGestor and Quickstart, ending in a token file.

1. build the authorize URL (with a fresh ``state``) with the vendor adapter's helper;
2. take the redirect back: on a :class:`~erp_adapters.cli.loopback.LoopbackReceiver`, or pasted
   (the redirect URL, an eGestor out-of-band page, or the bare code);
3. exchange the code with the vendor's own token provider; its token store writes the token set
   to a ``0600`` file (:mod:`erp_adapters.token_file`) that ``connect(stored=...)`` reads.
"""

from __future__ import annotations

import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

import httpx

from erp_adapters import limits, token_file
from erp_adapters.auth import fetch_token
from erp_adapters.cli.config import ConfigError, Settings
from erp_adapters.cli.loopback import LoopbackReceiver
from erp_adapters.errors import ERPError, describe
from erp_adapters.errors import detach as errors_detach
from erp_adapters.kinds import ErrorKinds
from erp_adapters.limits import Limits
from erp_adapters.oauth2 import OOB_REDIRECT_URI, OAuth2Provider, code_from_callback
from erp_adapters.secrets import Secret
from erp_adapters.urls import check_transport_security, is_loopback

OAUTH_VENDORS = ("egestor", "quickstart")
"""The vendors whose users authorize an app with the code flow."""

DEFAULT_TIMEOUT = 300.0
"""How long ``erp login`` waits for the browser's redirect by default (seconds)."""

TOKEN_TIMEOUT = 30.0
"""Timeout of each socket wait of the token request (seconds)."""

TOKEN_DEADLINE = 60.0
"""Longest the whole token exchange may take (seconds), however the server drips its answer."""


@dataclass(frozen=True)
class LoginOptions:
    """How to take the redirect back and where to save the token set."""

    token_path: Path
    port: int | None = None
    paste: bool = False
    timeout: float = DEFAULT_TIMEOUT
    open_browser: bool = False


def default_token_path(config_path: Path, vendor: str) -> Path:
    """``<config folder>/<vendor>-token.json``."""
    return config_path.parent / f"{vendor}-token.json"


def token_path(settings: Settings, config_path: Path) -> Path:
    """The token file of ``settings`` (``token_file``), else :func:`default_token_path`."""
    configured = settings.get("token_file")
    return Path(configured).expanduser() if configured else default_token_path(config_path, settings.vendor)


def _authorize_url(settings: Settings, redirect_uri: str) -> tuple[str, str]:
    client_id = settings.require("client_id")
    if settings.vendor == "egestor":
        from erp_adapters import egestor

        endpoint = settings.get("authorize_url") or egestor.AUTHORIZE_URL
        return egestor.authorization_url(client_id, redirect_uri=redirect_uri, authorize_endpoint=endpoint)
    from erp_adapters import quickstart

    return quickstart.authorization_url(
        settings.require("base_url"),
        client_id=client_id,
        redirect_uri=redirect_uri,
        authorize_endpoint=settings.get("authorize_url"),
    )


def _provider(settings: Settings, code: Secret, redirect_uri: str, path: Path) -> tuple[OAuth2Provider, ErrorKinds]:
    """The vendor's token provider for ``code``, saving every token set to ``path``."""
    store = token_file.store(path)
    client_id, client_secret = settings.require("client_id"), Secret(settings.require("client_secret"))
    if settings.vendor == "egestor":
        from erp_adapters import egestor
        from erp_adapters.egestor.auth import provider, token_url_for
        from erp_adapters.egestor.errors import KINDS as EGESTOR_KINDS

        token_url = settings.get("token_url") or token_url_for(settings.get("base_url") or egestor.API_URL)
        oauth = provider(
            token_url,
            client_id=client_id,
            client_secret=client_secret,
            code=code,
            redirect_uri=redirect_uri,
            token_store=store,
        )
        return oauth, EGESTOR_KINDS
    from erp_adapters import quickstart
    from erp_adapters.quickstart.errors import KINDS as QUICKSTART_KINDS

    oauth = quickstart.token_provider(
        settings.require("base_url"),
        client_id=client_id,
        client_secret=client_secret,
        code=code,
        redirect_uri=redirect_uri,
        token_url=settings.get("token_url"),
        token_store=store,
    )
    return oauth, QUICKSTART_KINDS


def _receiver(settings: Settings, port: int | None) -> LoopbackReceiver:
    """A receiver on the configured loopback ``redirect_uri`` (its port unless ``port`` is given)."""
    configured = settings.get("redirect_uri")
    if configured is None:
        return LoopbackReceiver(port or 0)
    parts = urlsplit(configured)
    if parts.scheme != "http" or not is_loopback(parts.hostname or ""):
        raise ConfigError(
            f"{settings.vendor}: redirect_uri is not a loopback http:// URL; use --paste to paste the redirect instead"
        )
    host = parts.hostname or "127.0.0.1"
    return LoopbackReceiver(port if port is not None else (parts.port or 0), parts.path or "/", host=host)


def _pasted_code(settings: Settings, text: str, state: str) -> Secret:
    """The code in what the user pasted: a redirect URL (its ``state`` is checked), an OOB page, or the code."""
    text = text.strip()
    if not text:
        raise ConfigError("nothing was pasted")
    if text.startswith(("http://", "https://")):
        return code_from_callback(text, expected_state=state)
    if settings.vendor == "egestor" and text.startswith(("<", "{")):
        from erp_adapters.egestor import code_from_oob_page

        return code_from_oob_page(text)
    return Secret(text)


def _exchange(oauth: OAuth2Provider, kinds: ErrorKinds, *, deadline: float = TOKEN_DEADLINE) -> None:
    """Run the token request within ``deadline`` seconds; the provider's token store saves the result.

    The exchange runs under :func:`erp_adapters.limits.scope` with the deadline-aware transport, as
    calls do, so a server that drips its answer cannot hold ``erp login`` past the deadline.
    """
    check_transport_security(oauth.token_url, allow_insecure_http=False, kinds=kinds, what="token URL")
    operation = f"oauth2 token (POST {httpx.URL(oauth.token_url).path})"
    failure: httpx.HTTPError | None = None
    with (
        limits.scope(Limits(deadline=deadline)),
        httpx.Client(transport=limits.deadline_transport(), timeout=TOKEN_TIMEOUT, follow_redirects=False) as http,
    ):
        try:
            fetch_token(oauth, http)
        except httpx.HTTPError as exc:
            failure = exc
        late = failure is not None and (isinstance(failure, limits.DeadlineHit) or limits.expired())
    if failure is not None:
        error: ERPError = kinds.deadline(operation, failure) if late else kinds.transport(operation, describe(failure))
        raise errors_detach(error, failure)


def login(
    settings: Settings,
    options: LoginOptions,
    *,
    say: Callable[[str], None],
    stdin: TextIO,
) -> Path:
    """Complete the code flow for ``settings.vendor`` and return the token file written.

    ``say`` shows instructions (never a secret); ``stdin`` gives the pasted redirect in paste mode.
    """
    if settings.vendor not in OAUTH_VENDORS:
        raise ConfigError(
            f"{settings.vendor} has no authorization-code flow (login works for: {', '.join(OAUTH_VENDORS)})"
        )
    settings.require("client_id")
    settings.require("client_secret")
    if options.paste:
        redirect_uri = settings.get("redirect_uri") or (OOB_REDIRECT_URI if settings.vendor == "egestor" else "")
        if not redirect_uri:
            raise ConfigError(f"{settings.vendor}: --paste needs the registered redirect_uri in the settings")
        url, state = _authorize_url(settings, redirect_uri)
        _show(url, options, say)
        say("Then paste the URL you were redirected to (or the code shown) and press Enter:")
        code = _pasted_code(settings, stdin.readline(), state)
    else:
        with _receiver(settings, options.port) as receiver:
            redirect_uri = receiver.redirect_uri
            url, state = _authorize_url(settings, redirect_uri)
            _show(url, options, say)
            say(f"Waiting up to {options.timeout:g} s for the redirect to {redirect_uri} ...")
            code = code_from_callback(receiver.wait(options.timeout), expected_state=state)
    oauth, kinds = _provider(settings, code, redirect_uri, options.token_path)
    _exchange(oauth, kinds)
    return options.token_path


def _show(url: str, options: LoginOptions, say: Callable[[str], None]) -> None:
    say("Open this URL in a browser and approve the app:")
    say(f"  {url}")
    if options.open_browser:
        webbrowser.open(url)
