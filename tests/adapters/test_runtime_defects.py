"""Issue 9: each defect found in the runtime under faults, pinned by a test that fails before the fix.

Every vendor goes through the same core, so most tests run for all five (``tests/adapters/vendors.py``
connects each to an ``httpx.MockTransport`` or a loopback :class:`RawServer`).
"""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
import threading
from typing import Any

import certifi
import httpx
import pytest

from erp_adapters import egestor, errors, gestix, oauth2, quickstart
from erp_adapters.auth import LoginFlow, TokenAuth
from erp_adapters.oauth2 import StoredToken
from erp_adapters.pacing import RateLimiter, RateLimitHeaders
from erp_adapters.tokens import Token
from tests.adapters.rawserver import RawServer, drip, json_response
from tests.adapters.vendors import SECRET_TOKEN, VENDORS, Vendor, assert_no_secret, chain, login_answer

BY_NAME = {v.name: v for v in VENDORS}
ids = [v.name for v in VENDORS]


def _ok_body(vendor: Vendor) -> Any:
    return {
        "wisedat": {"id": "1", "name": "ACME"},
        "egestor": _egestor_page([], 1),
        "gestix": [],
        "gks4": {"number": "K1", "name": "ACME"},
        "quickstart": [],
    }[vendor.name]


def _egestor_page(items: list[Any], last_page: object) -> dict[str, Any]:
    return {"total": len(items), "per_page": 50, "current_page": 1, "last_page": last_page, "data": items,
            "next_page_url": None, "prev_page_url": None, "from": None, "to": None}  # fmt: skip


def _run_in_thread(target: Any, limit: float) -> tuple[bool, list[BaseException]]:
    """Run ``target`` in a daemon thread; (finished within ``limit`` s, what it raised)."""
    raised: list[BaseException] = []

    def run() -> None:
        try:
            target()
        except BaseException as exc:
            raised.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(limit)
    return not worker.is_alive(), raised


# -- hang: a cancelled async renewal must not leave the thread lock held ----------------------------


class _SlowProvider:
    def obtain(self, previous: Token | None) -> LoginFlow:
        yield httpx.Request("POST", "https://id.test/token")
        return Token.issued("fresh-token", 3600)

    def apply(self, request: httpx.Request, token: Token) -> None:
        request.headers["Authorization"] = f"Bearer {token.access.reveal()}"


def test_cancelled_async_renewal_leaves_the_lock_free() -> None:
    auth = TokenAuth(_SlowProvider())
    auth._sync_lock.acquire()  # another thread is renewing

    async def scenario() -> None:
        flow = auth.async_auth_flow(httpx.Request("GET", "https://api.test/x"))
        task = asyncio.ensure_future(flow.__anext__())
        await asyncio.sleep(0.2)  # the task now waits for the thread lock in a worker thread
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        auth._sync_lock.release()  # the other thread finishes its renewal
        await asyncio.sleep(0.3)  # the worker thread gets the lock now

    asyncio.run(scenario())
    assert auth._sync_lock.acquire(timeout=2), "the lock is held by nobody's worker thread: every renewal hangs"
    auth._sync_lock.release()


# -- lost refresh token / token store ------------------------------------------------------------------


def _quickstart_with(token_answer: dict[str, Any], store: Any, api_hits: list[str]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token":
            return httpx.Response(200, json=token_answer)
        api_hits.append(request.url.path)
        return httpx.Response(200, json=[])

    stored = {"access_token": "", "refresh_token": "old-refresh-secret", "expires_at": None}
    return quickstart.connect(
        "https://qs.test",
        client_id="app",
        client_secret="qs-client-secret",
        stored=stored,
        token_store=store,
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def test_unparsable_expires_in_keeps_the_rotated_refresh_token() -> None:
    saved: list[StoredToken] = []
    answer = {"access_token": "new-access-secret", "refresh_token": "new-refresh-secret", "expires_in": "3600s"}
    client = _quickstart_with(answer, saved.append, [])
    from quickstart_client.api.orders import list_orders

    assert quickstart.call(list_orders.sync_detailed, client=client) == []
    assert saved[-1]["refresh_token"] == "new-refresh-secret"


def test_token_answer_without_access_token_keeps_its_refresh_token_and_hides_it() -> None:
    saved: list[StoredToken] = []
    client = _quickstart_with({"refresh_token": "rotated-refresh-secret"}, saved.append, [])
    from quickstart_client.api.orders import list_orders

    with pytest.raises(quickstart.QuickstartParseError) as err:
        quickstart.call(list_orders.sync_detailed, client=client)
    assert_no_secret(err.value, "rotated-refresh-secret", "old-refresh-secret", "qs-client-secret")
    assert saved[-1]["refresh_token"] == "rotated-refresh-secret"  # persisted: no new authorization needed


@pytest.mark.parametrize("failure", [OSError("disk full"), ValueError("cannot serialize {tokens}")])
def test_failing_token_store_is_retried_then_typed_and_the_set_is_kept(failure: Exception) -> None:
    calls: list[StoredToken] = []
    broken = [True]

    def store(tokens: StoredToken) -> None:
        calls.append(tokens)
        if broken[0]:
            raise type(failure)(f"{failure} {tokens}")

    hits: list[str] = []
    answer = {"access_token": "new-access-secret", "refresh_token": "new-refresh-secret", "expires_in": 3600}
    client = _quickstart_with(answer, store, hits)
    from quickstart_client.api.orders import list_orders

    with pytest.raises(errors.TokenStoreError) as err:
        quickstart.call(list_orders.sync_detailed, client=client)
    assert isinstance(err.value, quickstart.QuickstartError)
    assert len(calls) >= 2  # retried
    assert "token_store" in str(err.value) and "Do not restart" in str(err.value)
    assert_no_secret(err.value, "new-access-secret", "new-refresh-secret", "old-refresh-secret")
    broken[0] = False
    assert quickstart.call(list_orders.sync_detailed, client=client) == []  # the kept set, saved now
    assert calls[-1]["refresh_token"] == "new-refresh-secret"
    assert hits == ["/orders"]


# -- secrets in errors --------------------------------------------------------------------------------


def test_non_ascii_wisedat_api_key_is_a_typed_error_without_the_key() -> None:
    from wisedat_client.api.company import get_company

    from erp_adapters import wisedat

    client = wisedat.connect(
        "https://wisedat.test/api",
        api_key="chave-secreta-ç-1234",
        user="api",
        password="wisedat-password",
        httpx_args={"transport": httpx.MockTransport(lambda r: httpx.Response(500))},
    )
    with pytest.raises(wisedat.WisedatError) as err:
        wisedat.call(get_company.sync_detailed, client=client)
    assert not any(isinstance(e, UnicodeError) for e in chain(err.value))
    assert_no_secret(err.value, "chave-secreta-ç-1234", "chave-secreta")


def test_server_token_with_crlf_never_reaches_a_message() -> None:
    """h11 quotes a header value it refuses; the token in it must be scrubbed."""
    token = "sess-secret-4711\r\nX-Injected: 1"

    def script(path: str, sock: Any) -> None:
        if path.endswith("/helo"):
            sock.sendall(json_response(json.dumps({"xa-token": token}).encode()))
        else:
            sock.sendall(json_response(b"[]"))

    with RawServer(script) as server:
        vendor = BY_NAME["gestix"]
        client = vendor.client(server.url, timeout=5, deadline=10)
        with pytest.raises(gestix.GestixError) as err:
            vendor.call(client)
    assert_no_secret(err.value, "sess-secret-4711", token)


# -- clear-text credentials ---------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS, ids=ids)
def test_http_to_a_remote_host_is_refused_unless_opted_in(vendor: Vendor, caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(errors.InsecureTransportError) as err:
        vendor.client("http://erp.example.com", lambda r: httpx.Response(200, json=_ok_body(vendor)))
    assert isinstance(err.value, ValueError) and isinstance(err.value, vendor.root)
    with caplog.at_level(logging.WARNING, logger="erp_adapters"):
        vendor.client(
            "http://erp.example.com",
            lambda r: httpx.Response(200, json=_ok_body(vendor)),
            allow_insecure_http=True,
            **({"token_url": "http://erp.example.com/connect/token"} if vendor.name == "gks4" else {}),
        )
    assert "http://" in caplog.text
    vendor.client("http://127.0.0.1:9", lambda r: httpx.Response(200, json=_ok_body(vendor)))  # loopback is fine


def test_oauth_token_url_gets_the_same_rule() -> None:
    with pytest.raises(errors.InsecureTransportError):
        BY_NAME["gks4"].client("https://gks4.test", token_url="http://id.example.com/connect/token")


# -- hostile server: deadline, Retry-After, rate-limit headers, body size, nesting --------------------


@pytest.mark.parametrize("vendor", VENDORS, ids=ids)
def test_a_dripping_body_ends_at_the_deadline(vendor: Vendor) -> None:
    def script(path: str, sock: Any) -> None:
        if any(path.endswith(p) for p in ("/status", "/authentication/login", "/helo", "/token", "/access_token")):
            answer = login_answer(httpx.Request("GET", f"http://x{path.split('?')[0]}"))
            assert answer is not None
            sock.sendall(json_response(answer.content))
            return
        body = json.dumps(_ok_body(vendor)).encode() + b" " * 100
        sock.sendall(
            f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode()
        )
        drip(sock, body, 0.2, server.stop)

    with RawServer(script) as server:
        client = vendor.client(server.url, timeout=5, deadline=1.5)
        finished, raised = _run_in_thread(lambda: vendor.call(client), 15)
    assert finished, "the call ran past its deadline"
    assert raised and isinstance(raised[0], errors.DeadlineExceededError) and isinstance(raised[0], vendor.root)
    assert isinstance(raised[0], errors.TransportError)


def test_slowloris_headers_end_at_the_deadline() -> None:
    vendor = BY_NAME["gks4"]

    def script(path: str, sock: Any) -> None:
        if path.endswith("/token"):
            sock.sendall(json_response(json.dumps({"access_token": "a-token-1", "expires_in": 60}).encode()))
            return
        drip(sock, b"HTTP/1.1 200 OK\r\n" + b"X-Slow: " + b"a" * 500, 0.2, server.stop)

    with RawServer(script) as server:
        client = vendor.client(server.url, timeout=5, deadline=1.5)
        finished, raised = _run_in_thread(lambda: vendor.call(client), 15)
    assert finished and raised and isinstance(raised[0], errors.DeadlineExceededError)
    assert isinstance(raised[0], vendor.root)


def test_async_call_ends_at_the_deadline() -> None:
    vendor = BY_NAME["quickstart"]
    from quickstart_client.api.orders import list_orders

    def script(path: str, sock: Any) -> None:
        sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n")
        drip(sock, b"[" + b" " * 498 + b"]", 0.2, server.stop)

    async def scenario() -> None:
        await quickstart.acall(list_orders.asyncio_detailed, client=client)

    with RawServer(script) as server:
        client = vendor.client(server.url, timeout=5, deadline=1.0)
        finished, raised = _run_in_thread(lambda: asyncio.run(scenario()), 15)
    assert finished and raised and isinstance(raised[0], errors.DeadlineExceededError)


def test_huge_retry_after_is_a_rate_limit_error_without_sleeping() -> None:
    from egestor_client.api.contatos import list_contatos

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, json={"errCode": 429, "errMsg": "slow down"}, headers={"Retry-After": "100000"})

    client = BY_NAME["egestor"].client("https://egestor.test/api/v1", handler)
    finished, raised = _run_in_thread(lambda: egestor.call(list_contatos.sync_detailed, client=client), 15)
    assert finished, "slept for Retry-After: 100000"
    assert raised and isinstance(raised[0], egestor.EgestorRateLimitError)


@pytest.mark.parametrize("value", ["40000", "inf", "1e999", "-inf", "nan"])
def test_rate_limit_headers_are_capped(value: str) -> None:
    limiter = RateLimiter(60, 60.0)
    headers = httpx.Headers({"X-RateLimit-Limit": value, "X-RateLimit-Remaining": "0"})
    finished, raised = _run_in_thread(lambda: limiter.observe(headers, RateLimitHeaders()), 10)
    assert finished and not raised, raised
    assert len(limiter._log) <= 10_000


@pytest.mark.parametrize("vendor", VENDORS, ids=ids)
def test_body_larger_than_the_cap_is_a_typed_error(vendor: Vendor) -> None:
    big = b'{"x": "' + b"a" * 300_000 + b'"}'
    client = vendor.client(
        "https://erp.test",
        lambda r: httpx.Response(200, content=big, headers={"Content-Type": "application/json"}),
        max_body_bytes=100_000,
    )
    with pytest.raises(errors.ResponseTooLargeError) as err:
        vendor.call(client)
    assert isinstance(err.value, errors.ParseError) and isinstance(err.value, vendor.root)


@pytest.mark.parametrize("vendor", VENDORS, ids=ids)
def test_deeply_nested_json_is_a_parse_error(vendor: Vendor) -> None:
    deep = b"[" * 200_000 + b"]" * 200_000
    client = vendor.client("https://erp.test", lambda r: httpx.Response(200, content=deep))
    with pytest.raises(errors.ParseError) as err:
        vendor.call(client)
    assert isinstance(err.value, vendor.root)


# -- status handling ------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [204, 301, 302, 304])
@pytest.mark.parametrize("vendor", VENDORS, ids=ids)
def test_204_and_3xx_are_unexpected_statuses_not_none(vendor: Vendor, status: int) -> None:
    headers = {"Location": "https://elsewhere.example/"} if status in (301, 302) else {}
    client = vendor.client("https://erp.test", lambda r: httpx.Response(status, headers=headers))
    with pytest.raises(errors.UnexpectedStatusError) as err:
        vendor.call(client)
    assert isinstance(err.value, vendor.root)


def test_egestor_last_page_as_a_string_pages_through() -> None:
    from egestor_client.api.contatos import list_contatos

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=_egestor_page([{"codigo": 1, "nome": "A"}], "1"))

    client = BY_NAME["egestor"].client("https://egestor.test/api/v1", handler)
    assert len(list(egestor.paginate(list_contatos.sync_detailed, client=client))) == 1


def test_a_page_that_is_not_a_page_is_a_parse_error_not_a_type_error() -> None:
    from egestor_client.api.contatos import list_contatos

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=_egestor_page([{"codigo": 1}], "x"))

    client = BY_NAME["egestor"].client("https://egestor.test/api/v1", handler)
    with pytest.raises(egestor.EgestorParseError):
        list(egestor.paginate(list_contatos.sync_detailed, client=client))


# -- options that crashed -------------------------------------------------------------------------------


@pytest.mark.parametrize("vendor", VENDORS, ids=ids)
def test_httpx_args_verify_and_follow_redirects_are_merged(vendor: Vendor) -> None:
    context = ssl.create_default_context()
    client = vendor.client(
        "https://erp.test",
        lambda r: httpx.Response(200, json=_ok_body(vendor)),
        httpx_args={"verify": context, "follow_redirects": False},
    )
    vendor.call(client)  # no "got multiple values"
    client = vendor.client("https://erp.test", lambda r: httpx.Response(200, json=_ok_body(vendor)), verify=context)
    vendor.call(client)
    vendor.connect("https://erp.test", verify=certifi.where(), proxy="http://127.0.0.1:9").get_httpx_client()


# -- input ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("account", ["..", ".", "acct\n", "a/b", "", "../x"])
def test_gestix_account_is_validated_strictly(account: str) -> None:
    with pytest.raises(ValueError, match="account"):
        gestix.base_url(account)


def test_oauth_state_is_mandatory() -> None:
    with pytest.raises(errors.AuthorizationError):
        oauth2.code_from_redirect("https://app.test/cb?code=c1", None)  # type: ignore[arg-type]
    with pytest.raises(errors.AuthorizationError):
        oauth2.code_from_callback("https://app.test/cb?code=c1", expected_state=None)  # type: ignore[arg-type]
    with pytest.raises(errors.AuthorizationError, match="missing_state"):
        quickstart.code_from_callback("https://app.test/cb?code=c1", expected_state="s1")


@pytest.mark.parametrize(
    "uri", ["http://evil.example/cb", "javascript:alert(1)", "data:text/html,x", "https://app.test/cb#f", "//evil"]
)
def test_redirect_uri_is_checked_for_every_vendor_with_one_error_type(uri: str) -> None:
    with pytest.raises(errors.UnsafeRedirectURIError):
        egestor.authorization_url("client", redirect_uri=uri)
    with pytest.raises(errors.UnsafeRedirectURIError):
        quickstart.authorization_url("https://qs.test", client_id="client", redirect_uri=uri)
    with pytest.raises(quickstart.QuickstartError):
        quickstart.authorization_url("https://qs.test", client_id="client", redirect_uri=uri)


def test_oauth_helpers_have_one_name_across_vendors() -> None:
    for module in (egestor, quickstart):
        assert callable(module.authorization_url) and callable(module.code_from_callback)
    assert issubclass(quickstart.QuickstartAuthorizationError, errors.AuthorizationError)
    assert issubclass(quickstart.QuickstartAuthorizationError, quickstart.QuickstartError)


@pytest.mark.parametrize(
    "callback",
    ["https://app.test/cb?code=c1&state=other", "https://app.test/cb?code=c1", "https://app.test/cb?state=s1"],
)
def test_quickstart_callback_errors_are_quickstart_errors_and_shared_kinds(callback: str) -> None:
    with pytest.raises(quickstart.QuickstartError):
        quickstart.code_from_callback(callback, expected_state="s1")
    with pytest.raises(errors.AuthorizationError):
        quickstart.code_from_callback(callback, expected_state="s1")


@pytest.mark.parametrize(
    "callback",
    ["https://app.test/cb?code=c1&state=other", "https://app.test/cb?code=c1", "https://app.test/cb?state=s1"],
)
def test_egestor_callback_errors_are_egestor_errors_and_shared_kinds(callback: str) -> None:
    with pytest.raises(egestor.EgestorError):
        egestor.code_from_callback(callback, expected_state="s1")
    with pytest.raises(errors.AuthorizationError):
        egestor.code_from_callback(callback, expected_state="s1")


def test_egestor_oob_and_redirect_errors_are_egestor_errors() -> None:
    with pytest.raises(egestor.EgestorError, match="missing_code"):
        egestor.code_from_oob_page("<html>nothing here</html>")
    with pytest.raises(egestor.EgestorError):
        egestor.authorization_url("client", redirect_uri="http://evil.example/cb")
    with pytest.raises(errors.UnsafeRedirectURIError):
        egestor.authorization_url("client", redirect_uri="http://evil.example/cb")


def test_quickstart_unsafe_redirect_is_a_quickstart_error() -> None:
    with pytest.raises(quickstart.QuickstartError):
        quickstart.safe_redirect_uri("http://evil.example/cb")
    with pytest.raises(ValueError, match="https"):
        quickstart.safe_redirect_uri("http://evil.example/cb")


# -- a transport error after a login names the operation ---------------------------------------------


@pytest.mark.parametrize("vendor", [v for v in VENDORS if v.name != "quickstart"], ids=lambda v: v.name)
def test_transport_error_after_login_names_the_operation(vendor: Vendor) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    client = vendor.client("https://erp.test", handler)
    with pytest.raises(errors.TransportError) as err:
        vendor.call(client)
    operation = vendor.fn.__module__.rsplit(".", 1)[-1]
    message = str(err.value)
    assert message.startswith(f"{operation} (GET "), message
    assert not any(login in message for login in ("/status", "/authentication", "/helo", "token", "POST")), message
    assert isinstance(err.value, vendor.root)


# -- logging ---------------------------------------------------------------------------------------------


def test_renewals_and_rate_limit_waits_are_logged_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    from egestor_client.api.contatos import list_contatos

    answers = iter([httpx.Response(429, headers={"Retry-After": "0.05"})])

    def handler(request: httpx.Request) -> httpx.Response:
        return next(answers, None) or httpx.Response(200, json=_ok_body(BY_NAME["egestor"]))

    client = BY_NAME["egestor"].client("https://egestor.test/api/v1", handler)
    with caplog.at_level(logging.DEBUG, logger="erp_adapters"):
        egestor.call(list_contatos.sync_detailed, client=client)
    infos = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert any("obtained a new token" in m for m in infos), infos
    assert any("waiting 0.05 s" in m for m in infos), infos
    assert any(r.levelno == logging.DEBUG and "list_contatos" in r.getMessage() for r in caplog.records)
    assert SECRET_TOKEN not in caplog.text and "personal-jwt-secret" not in caplog.text
