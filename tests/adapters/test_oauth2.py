"""OAuth2Provider on TokenAuth: grants, rotating refresh tokens, the token store, restarts, secrecy.

A fake authorization server (httpx.MockTransport) rotates refresh tokens — each works once — and
records every refresh token it is sent, so the tests can prove a spent one is never sent again.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from erp_adapters import errors
from erp_adapters.auth import TokenAuth
from erp_adapters.calls import ErrorKinds
from erp_adapters.oauth2 import (
    OOB_REDIRECT_URI,
    Grant,
    OAuth2Provider,
    StoredToken,
    authorize_url,
    code_from_redirect,
)
from erp_adapters.tokens import TokenCache

TOKEN_URL = "http://auth.test/oauth/token"


class E:
    """Concrete error classes for the provider."""

    class Auth(errors.AuthenticationError): ...

    class Rate(errors.RateLimitError): ...

    class Server(errors.ServerError): ...

    class Parse(errors.ParseError): ...


KINDS = ErrorKinds(
    bad_request=errors.BadRequestError,
    authentication=E.Auth,
    not_found=errors.NotFoundError,
    gone=errors.GoneError,
    conflict=errors.ConflictError,
    rate_limit=E.Rate,
    server=E.Server,
    unexpected_status=errors.UnexpectedStatusError,
    parse=E.Parse,
    transport=errors.TransportError,
)


class FakeClock:
    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


class AuthServer:
    """Issues tok-N / ref-N; refresh tokens rotate; only unexpired access tokens pass /api."""

    def __init__(self, clock: FakeClock, lifetime: int = 900, rotate: bool = True) -> None:
        self.clock, self.lifetime, self.rotate = clock, lifetime, rotate
        self.serial = itertools.count(1)
        self.valid_refresh: set[str] = set()
        self.refresh_presented: list[str] = []
        self.grants: list[str] = []
        self.bodies: list[dict[str, Any]] = []
        self.content_types: list[str] = []
        self.access: dict[str, float] = {}
        self.fail_next: list[httpx.Response] = []
        self.lock = threading.Lock()

    def issue(self) -> dict[str, Any]:
        n = next(self.serial)
        access, refresh = f"tok-{n}", f"ref-{n}"
        self.access[access] = self.clock() + self.lifetime
        self.valid_refresh.add(refresh)
        body: dict[str, Any] = {"access_token": access, "token_type": "Bearer", "expires_in": self.lifetime}
        if self.rotate or n == 1:
            body["refresh_token"] = refresh
        return body

    def handler(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            if request.url.path == "/oauth/token":
                return self.token(request)
            header = request.headers.get("Authorization", "")
            expires = self.access.get(header.removeprefix("Bearer "))
            if expires is None or self.clock() >= expires:
                return httpx.Response(401, json={"error": "invalid_token"})
            return httpx.Response(200, json={"ok": True})

    def token(self, request: httpx.Request) -> httpx.Response:
        content_type = request.headers.get("Content-Type", "")
        self.content_types.append(content_type)
        if content_type == "application/json":
            body = json.loads(request.content)
        else:
            body = dict(urllib.parse.parse_qsl(request.content.decode()))
        self.bodies.append(body)
        self.grants.append(body["grant_type"])
        if self.fail_next:
            return self.fail_next.pop(0)
        if body["grant_type"] == "refresh_token":
            presented = body["refresh_token"]
            self.refresh_presented.append(presented)
            if presented not in self.valid_refresh:
                return httpx.Response(400, json={"error": "invalid_grant", "error_description": "refresh token spent"})
            if self.rotate:
                self.valid_refresh.discard(presented)
        elif body["grant_type"] == "authorization_code" and body.get("code") != "good-code":
            return httpx.Response(400, json={"error": "invalid_grant"})
        return httpx.Response(200, json=self.issue())


def make_provider(server: AuthServer, clock: FakeClock, **kwargs: Any) -> OAuth2Provider:
    options: dict[str, Any] = {
        "client_id": "app",
        "client_secret": "app-secret",
        "grant": Grant.authorization_code("good-code", OOB_REDIRECT_URI),
        "errors": KINDS,
        "encoding": "json",
        "clock": clock,
        "wall_clock": clock,
    }
    options.update(kwargs)
    return OAuth2Provider(TOKEN_URL, **options)


def client_for(server: AuthServer, provider: OAuth2Provider, clock: FakeClock) -> httpx.Client:
    cache = TokenCache(margin=60, clock=clock)
    if provider.initial is not None:
        cache.store(provider.initial)
    auth = TokenAuth(provider, cache)
    return httpx.Client(transport=httpx.MockTransport(server.handler), auth=auth, base_url="http://api.test")


def assert_no_refresh_token_reused(server: AuthServer) -> None:
    assert len(server.refresh_presented) == len(set(server.refresh_presented))


# -- authorize URL and redirect ----------------------------------------------------------------------


def test_authorize_url_carries_the_oob_redirect_and_a_state() -> None:
    url, state = authorize_url("https://erp.test/oauth/authorize", client_id="app", redirect_uri=OOB_REDIRECT_URI)
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))
    assert query == {
        "response_type": "code",
        "client_id": "app",
        "redirect_uri": "urn:ietf:wg:oauth:2.0:oob:auto",
        "state": state,
    }
    assert len(state) >= 20
    assert authorize_url("https://erp.test/a", client_id="x", redirect_uri="https://app.test/cb", state="s1")[1] == "s1"


def test_code_from_redirect_checks_the_state() -> None:
    code = code_from_redirect("https://app.test/cb?code=abc123&state=s1", "s1")
    assert code.reveal() == "abc123"
    assert "abc123" not in repr(code)
    with pytest.raises(ValueError, match="state_mismatch"):
        code_from_redirect("https://app.test/cb?code=abc123&state=forged", "s1")
    with pytest.raises(ValueError, match="access_denied"):
        code_from_redirect("https://app.test/cb?error=access_denied&state=s1", "s1")
    with pytest.raises(ValueError, match="missing_state"):
        code_from_redirect("https://app.test/cb?error=access_denied", "s1")


# -- grants and rotation -----------------------------------------------------------------------------


def test_code_then_rotating_refresh_tokens_each_stored() -> None:
    clock, stored = FakeClock(), list[StoredToken]()
    server = AuthServer(clock)
    client = client_for(server, make_provider(server, clock, token_store=stored.append), clock)
    assert client.get("/api").status_code == 200
    for _ in range(3):
        clock.now += 900 - 59  # inside the renewal margin: renew before the server would refuse
        assert client.get("/api").status_code == 200
    assert server.grants == ["authorization_code", "refresh_token", "refresh_token", "refresh_token"]
    assert server.refresh_presented == ["ref-1", "ref-2", "ref-3"]
    assert [s["refresh_token"] for s in stored] == ["ref-1", "ref-2", "ref-3", "ref-4"]
    assert [s["access_token"] for s in stored] == ["tok-1", "tok-2", "tok-3", "tok-4"]
    assert stored[-1]["expires_at"] == pytest.approx(clock.now + 900)
    assert stored[0]["token_type"] == "Bearer"
    assert_no_refresh_token_reused(server)


def test_json_and_form_encodings() -> None:
    clock = FakeClock()
    server = AuthServer(clock)
    client_for(server, make_provider(server, clock), clock).get("/api")
    form_server = AuthServer(clock)
    client_for(form_server, make_provider(form_server, clock, encoding="form"), clock).get("/api")
    assert server.content_types == ["application/json"]
    assert form_server.content_types == ["application/x-www-form-urlencoded"]
    expected = {
        "grant_type": "authorization_code",
        "code": "good-code",
        "redirect_uri": OOB_REDIRECT_URI,
        "client_id": "app",
        "client_secret": "app-secret",
    }
    assert server.bodies == form_server.bodies == [expected]


def test_refresh_fields_travel_with_refresh_requests_only() -> None:
    clock = FakeClock()
    server = AuthServer(clock)
    provider = make_provider(server, clock, refresh_fields={"redirect_uri": OOB_REDIRECT_URI})
    client = client_for(server, provider, clock)
    client.get("/api")
    clock.now += 900
    client.get("/api")
    assert server.bodies[1] == {
        "grant_type": "refresh_token",
        "refresh_token": "ref-1",
        "redirect_uri": OOB_REDIRECT_URI,
        "client_id": "app",
        "client_secret": "app-secret",
    }


def test_401_renews_with_the_refresh_token_and_retries_once() -> None:
    clock = FakeClock()
    server = AuthServer(clock)
    client = client_for(server, make_provider(server, clock), clock)
    client.get("/api")
    server.access.clear()  # the server revokes every access token
    assert client.get("/api").status_code == 200
    assert server.grants == ["authorization_code", "refresh_token"]


def test_refused_refresh_asks_for_a_new_authorization_and_sends_nothing_more() -> None:
    clock = FakeClock()
    server = AuthServer(clock)
    client = client_for(server, make_provider(server, clock), clock)
    client.get("/api")
    server.valid_refresh.clear()  # e.g. the user revoked the app
    clock.now += 900
    with pytest.raises(E.Auth, match="invalid_grant: refresh token spent") as refused:
        client.get("/api")
    assert refused.value.status_code == 400
    sent_before = len(server.grants)
    with pytest.raises(E.Auth, match="authorize the app again"):
        client.get("/api")
    assert len(server.grants) == sent_before  # neither the spent refresh token nor the used code went out
    assert_no_refresh_token_reused(server)


def test_a_server_that_does_not_rotate_keeps_the_refresh_token_usable() -> None:
    clock = FakeClock()
    server = AuthServer(clock, rotate=False)
    client = client_for(server, make_provider(server, clock), clock)
    for _ in range(3):
        assert client.get("/api").status_code == 200
        clock.now += 900
    assert server.refresh_presented == ["ref-1", "ref-1"]


def test_repeatable_grant_without_refresh_tokens_and_without_client_credentials() -> None:
    clock = FakeClock()
    server = AuthServer(clock)
    provider = make_provider(
        server,
        clock,
        client_id=None,
        client_secret=None,
        grant=Grant.custom("personal", personal_token="jwt-value"),
        use_refresh_tokens=False,
    )
    client = client_for(server, provider, clock)
    client.get("/api")
    clock.now += 900
    client.get("/api")
    assert server.grants == ["personal", "personal"]
    assert server.bodies[0] == {"grant_type": "personal", "personal_token": "jwt-value"}


def test_429_on_refresh_raises_rate_limit_and_keeps_the_refresh_token() -> None:
    clock = FakeClock()
    server = AuthServer(clock)
    client = client_for(server, make_provider(server, clock), clock)
    client.get("/api")
    clock.now += 900
    server.fail_next.append(httpx.Response(429, json={"error": "slow_down"}))
    with pytest.raises(E.Rate):
        client.get("/api")
    assert client.get("/api").status_code == 200  # the refused-before-processing refresh token still works
    assert server.grants == ["authorization_code", "refresh_token", "refresh_token"]


def test_refresh_without_an_answer_can_be_tried_again() -> None:
    clock = FakeClock()
    server = AuthServer(clock)
    down = {"token": False}

    def handler(request: httpx.Request) -> httpx.Response:
        if down["token"] and request.url.path == "/oauth/token":
            raise httpx.ConnectError("connection refused", request=request)
        return server.handler(request)

    provider = make_provider(server, clock)
    client = httpx.Client(
        transport=httpx.MockTransport(handler),
        auth=TokenAuth(provider, TokenCache(clock=clock)),
        base_url="http://api.test",
    )
    client.get("/api")
    clock.now += 900
    down["token"] = True
    with pytest.raises(httpx.ConnectError):
        client.get("/api")
    down["token"] = False
    assert client.get("/api").status_code == 200
    assert server.refresh_presented == ["ref-1"]


def test_5xx_and_garbage_answers_are_typed() -> None:
    clock = FakeClock()
    server = AuthServer(clock)
    server.fail_next.append(httpx.Response(503, text="down"))
    with pytest.raises(E.Server):
        client_for(server, make_provider(server, clock, grant=Grant.client_credentials()), clock).get("/api")
    server.fail_next.append(httpx.Response(200, json={"token_type": "Bearer"}))
    with pytest.raises(E.Parse, match="access_token"):
        client_for(server, make_provider(server, clock, grant=Grant.client_credentials()), clock).get("/api")


def test_vendor_message_extractor_is_used_for_refusals() -> None:
    clock = FakeClock()
    server = AuthServer(clock)
    server.fail_next.append(httpx.Response(401, json={"errCode": 401, "errMsg": "client_id inválido"}))
    provider = make_provider(server, clock, vendor_message=lambda body: f"vendor says {body['errMsg']}")
    with pytest.raises(E.Auth, match="vendor says client_id inválido"):
        client_for(server, provider, clock).get("/api")


def test_no_grant_and_nothing_stored_is_an_authentication_error() -> None:
    clock = FakeClock()
    server = AuthServer(clock)
    with pytest.raises(E.Auth, match="authorize the app again"):
        client_for(server, make_provider(server, clock, grant=None), clock).get("/api")
    assert server.grants == []


# -- concurrency -------------------------------------------------------------------------------------


def test_threads_at_expiry_cause_one_refresh() -> None:
    clock = FakeClock()
    server = AuthServer(clock)
    client = client_for(server, make_provider(server, clock), clock)
    client.get("/api")
    clock.now += 900
    with ThreadPoolExecutor(20) as pool:
        statuses = list(pool.map(lambda _: client.get("/api").status_code, range(20)))
    assert statuses == [200] * 20
    assert server.grants == ["authorization_code", "refresh_token"]
    assert_no_refresh_token_reused(server)


def test_asyncio_tasks_at_expiry_cause_one_refresh() -> None:
    clock = FakeClock()
    server = AuthServer(clock)
    provider = make_provider(server, clock)
    auth = TokenAuth(provider, TokenCache(margin=60, clock=clock))

    async def main() -> list[int]:
        transport = httpx.MockTransport(server.handler)
        async with httpx.AsyncClient(transport=transport, auth=auth, base_url="http://api.test") as client:
            await client.get("/api")
            clock.now += 900
            responses = await asyncio.gather(*(client.get("/api") for _ in range(20)))
        return [r.status_code for r in responses]

    assert asyncio.run(main()) == [200] * 20
    assert server.grants == ["authorization_code", "refresh_token"]
    assert_no_refresh_token_reused(server)


# -- restart from a token store ----------------------------------------------------------------------


def test_restart_from_stored_tokens() -> None:
    clock, stored = FakeClock(), list[StoredToken]()
    server = AuthServer(clock)
    first = client_for(server, make_provider(server, clock, token_store=stored.append), clock)
    first.get("/api")
    saved: StoredToken = json.loads(json.dumps(stored[-1]))  # as persisted to disk

    # Restart while the access token is still valid: it is reused, nothing is requested.
    resumed = OAuth2Provider.from_stored(saved, TOKEN_URL, **_options(clock, stored))
    again = client_for(server, resumed, clock)
    assert again.get("/api").status_code == 200
    assert server.grants == ["authorization_code"]

    # Later it expires: the stored refresh token is used once and the new set is stored.
    clock.now += 900
    assert again.get("/api").status_code == 200
    assert server.refresh_presented == ["ref-1"]
    assert stored[-1]["refresh_token"] == "ref-2"


def test_restart_from_a_refresh_token_alone() -> None:
    clock = FakeClock()
    server = AuthServer(clock)
    server.valid_refresh.add("ref-saved")
    provider = OAuth2Provider.from_stored({"refresh_token": "ref-saved"}, TOKEN_URL, **_options(clock, []))
    assert client_for(server, provider, clock).get("/api").status_code == 200
    assert server.refresh_presented == ["ref-saved"]


def _options(clock: FakeClock, stored: list[StoredToken]) -> dict[str, Any]:
    return {
        "client_id": "app",
        "client_secret": "app-secret",
        "errors": KINDS,
        "encoding": "json",
        "clock": clock,
        "wall_clock": clock,
        "token_store": stored.append,
    }


# -- secrets -----------------------------------------------------------------------------------------


def test_secrets_stay_out_of_reprs_and_errors() -> None:
    clock = FakeClock()
    server = AuthServer(clock)
    grant = Grant.custom("personal", personal_token="jwt-SECRET")
    provider = make_provider(server, clock, client_secret="app-SECRET", grant=grant, use_refresh_tokens=False)
    server.fail_next.append(
        httpx.Response(200, json={"access_token": "tok-SECRET", "expires_in": 900, "personal_token": "pt-SECRET"})
    )
    server.access["tok-SECRET"] = clock.now + 900
    auth = TokenAuth(provider, TokenCache(clock=clock))
    client = httpx.Client(transport=httpx.MockTransport(server.handler), auth=auth, base_url="http://api.test")
    assert client.get("/api").status_code == 200
    token = auth.cache.latest()
    assert token is not None
    text = " ".join([repr(grant), repr(provider), repr(auth), repr(token), str(token)])
    assert "SECRET" not in text
    assert provider.snapshot(token)["personal_token"] == "pt-SECRET"  # the store still gets the real value
    server.fail_next.append(httpx.Response(401, json={"error": "invalid_client"}))
    clock.now += 900
    with pytest.raises(E.Auth) as refused:
        client.get("/api")
    assert "SECRET" not in str(refused.value) and "SECRET" not in repr(refused.value)
