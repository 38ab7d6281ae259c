"""The eGestor mock: specs/egestor.yaml served with its OAuth2 server, throttle, paging and 404/410.

Everything the spec describes lives at the root of one loopback server (``/oauth/authorize``,
``/oauth/access_token``, ``/contatos``, ...); point both the API base URL and the token URL there.

Behaviour:

* OAuth2 (see :mod:`erp_mocks.egestor.auth`): authorization codes (auto-approved by default; with
  the out-of-band redirect the code is shown in the page), rotating refresh tokens, personal tokens,
  opaque access tokens that expire after ``token_lifetime`` seconds (900, as documented).
* Throttle (see :mod:`erp_mocks.egestor.ratelimit`): ``rate_limit`` requests per ``rate_window``
  seconds per application + account, ``X-RateLimit-Limit`` / ``X-RateLimit-Remaining`` on every
  response, 429 with the error envelope when exceeded.
* Lists: 50 records per page in the paginator envelope; ``filtro`` searches the main text fields.
* Errors: the documented envelope ``{errCode, errMsg, errObs, errFields[, errUrl]}``; 404 for codes
  that never existed, 410 for deleted records.

Test controls (outside the spec, never throttled):

* ``POST /_mock/advance-clock?seconds=N``: move the OAuth clock (token and code expiry);
* ``GET /_mock/counters``: grants by type, refused refresh-token reuses and other refused grants,
  429s by method, the peak number of requests one key had in one window;
* ``GET /_mock/personal-token?client_id=...``: a personal token, as the account owner would copy it;
* ``POST /_mock/approve?client_id=...``: approve the app and get a code (when ``auto_approve`` is off);
* ``GET /_mock/stats``: request counts by operation and status (from the engine).
"""

from __future__ import annotations

import html
import time
from collections.abc import Hashable, Mapping
from types import ModuleType
from typing import Any
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.types import Scope

from erp_mocks.egestor.auth import OOB_REDIRECTS, App, EgestorAuthority, GrantRefused
from erp_mocks.egestor.data import RESOURCES, EgestorData
from erp_mocks.egestor.handlers import EgestorHandlers, send
from erp_mocks.egestor.ratelimit import FixedWindowThrottle, ThrottleMiddleware
from erp_mocks.engine import Call, Handler, Spec, build_app, variance
from erp_mocks.engine.responses import dump
from erp_mocks.engine.spec import spec_path
from erp_mocks.generated import egestor as models

SPEC = spec_path("egestor")
OOB = "urn:ietf:wg:oauth:2.0:oob:auto"

DEMO_OPTIONS: dict[str, Any] = {
    "client_id": "demo-client",
    "client_secret": "demo-secret",
    "redirect_uri": "http://127.0.0.1:8765/callback",
    "records": 120,
}
"""Options the CLI mock starts with (printed when it starts); ``GET /_mock/personal-token`` gives a personal token."""


class EgestorMock:
    """The :class:`~erp_mocks.engine.VendorMock` for eGestor."""

    spec = Spec(SPEC)
    models: ModuleType = models

    def __init__(self, authority: EgestorAuthority, data: EgestorData, throttle: FixedWindowThrottle) -> None:
        self.authority = authority
        self.data = data
        self.throttle = throttle
        handlers = EgestorHandlers(data, self.failure).table()
        handlers["authorize"] = self.authorize
        handlers["create_access_token"] = self.create_access_token
        self.handlers: dict[str, Handler] = {op: self._known_fields_only(h) for op, h in handlers.items()}

    # -- error envelope --------------------------------------------------------------------------

    def failure(
        self, status: int, message: str, *, obs: str | None = None, fields: Any = None, url: str | None = None
    ) -> Response:
        """The documented error body ``{errCode, errMsg, errObs, errFields[, errUrl]}``."""
        body: dict[str, Any] = {"errCode": status, "errMsg": message, "errObs": obs, "errFields": fields}
        if url is not None:
            body["errUrl"] = url
        return send(models.Error, body, keep_nulls=("errObs", "errFields"), status=status)

    def error(self, status: int, messages: list[str]) -> Response:
        """Engine errors (validation 400, unknown path 404, 405) in the vendor's envelope."""
        summary = {400: "Erro de validação.", 404: "Recurso não encontrado.", 405: "Método não implementado."}
        if status == 400:
            return self.failure(400, summary[400], fields=messages)
        if status not in summary:  # a handler's rejection (e.g. 422 for a sale naming no contact): its own text
            return self.failure(status, "; ".join(messages))
        return self.failure(status, summary[status], obs="; ".join(messages))

    def _known_fields_only(self, handler: Handler) -> Handler:
        """Refuse query parameters the operation does not declare (400: "fields that do not exist")."""

        def checked(call: Call) -> Response:
            declared = {p.name for p in call.operation.parameters if p.location == "query"}
            unknown = sorted(set(call.request.query_params) - declared)
            if unknown:
                return self.failure(
                    400, "Erro de validação.", fields=[f"query parameter {n!r} does not exist" for n in unknown]
                )
            return handler(call)

        return checked

    # -- auth ------------------------------------------------------------------------------------

    def authenticate(self, call: Call) -> Response | None:
        """Every operation with a security requirement needs a valid, unexpired bearer token."""
        if not call.operation.security:
            return None
        _grantee, valid = self.authority.grantee(call.request.headers.get("authorization"))
        if valid:
            return None
        return self.failure(
            401,
            'Não foi possível acessar o sistema. Verifique seu "access_token".',
            obs="access_denied",
            url=call.request.url.path,
        )

    def authorize(self, call: Call) -> Response:
        client_id, redirect_uri = call.query["client_id"], call.query["redirect_uri"]
        problem = self.authority.check_authorize(client_id, redirect_uri)
        if problem is not None:
            return self.failure(400, problem, obs="invalid_request")
        if not self.authority.auto_approve:
            return HTMLResponse(
                "<html><head><title>eGestor</title></head><body>Entre para autorizar o aplicativo.</body></html>"
            )
        code = self.authority.issue_code(client_id)
        if redirect_uri in OOB_REDIRECTS and variance.enabled(call.request):
            return JSONResponse({"code": code})  # the spec's other reading of "the code is displayed"
        if redirect_uri in OOB_REDIRECTS:
            shown = html.escape(code)
            return HTMLResponse(
                f"<html><head><title>Success code={shown}</title></head>"
                f'<body>Copie este código no aplicativo: <code id="code">{shown}</code></body></html>'
            )
        params = {"code": code}
        state = call.request.query_params.get("state")
        if state:
            params["state"] = state
        separator = "&" if "?" in redirect_uri else "?"
        return Response(status_code=302, headers={"Location": f"{redirect_uri}{separator}{urlencode(params)}"})

    def create_access_token(self, call: Call) -> Response:
        grant = call.body.root if hasattr(call.body, "root") else call.body
        try:
            if isinstance(grant, models.AccessTokenRequestAuthorizationCode):
                tokens = self.authority.exchange_code(
                    grant.client_id, grant.client_secret, grant.redirect_uri, grant.code
                )
            elif isinstance(grant, models.AccessTokenRequestRefreshToken):
                tokens = self.authority.refresh(
                    grant.client_id, grant.client_secret, grant.redirect_uri, grant.refresh_token
                )
            else:
                tokens = self.authority.personal(grant.personal_token)
        except GrantRefused as refused:
            return self.failure(refused.status, refused.message, obs=refused.obs)
        return send(models.AccessToken, tokens)

    # -- controls --------------------------------------------------------------------------------

    def counters(self) -> dict[str, Any]:
        """What ``GET /_mock/counters`` reports."""
        return {
            **dict(self.authority.counters),
            "rate_limited": sum(self.throttle.refused.values()),
            "rate_limited_by_method": dict(self.throttle.refused),
            "rate_limit_accepted": self.throttle.accepted,
            "rate_limit_peak": self.throttle.peak,
        }

    def extra_routes(self) -> list[BaseRoute]:
        async def advance(request: Request) -> Response:
            self.authority.clock_offset += float(request.query_params.get("seconds", "0"))
            return JSONResponse({"clock_offset": self.authority.clock_offset})

        async def counters(_request: Request) -> Response:
            return JSONResponse(self.counters())

        async def personal_token(request: Request) -> Response:
            client_id = request.query_params.get("client_id") or next(iter(self.authority.apps))
            return JSONResponse({"personal_token": self.authority.personal_token(client_id)})

        async def approve(request: Request) -> Response:
            client_id = request.query_params.get("client_id") or next(iter(self.authority.apps))
            return JSONResponse({"code": self.authority.issue_code(client_id)})

        return [
            Route("/_mock/advance-clock", advance, methods=["POST"]),
            Route("/_mock/counters", counters, methods=["GET"]),
            Route("/_mock/personal-token", personal_token, methods=["GET"]),
            Route("/_mock/approve", approve, methods=["POST"]),
        ]

    # -- throttle hooks --------------------------------------------------------------------------

    def throttle_key(self, scope: Scope, headers: Headers) -> Hashable:
        """Application + account of the bearer token; unauthenticated requests share one key per client address."""
        grantee, _valid = self.authority.grantee(headers.get("authorization"))
        if grantee is not None:
            return grantee
        client = scope.get("client")
        return ("anonymous", client[0] if client else "")

    def refusal(self, scope: Scope) -> Response:
        """The 429 answer (the middleware adds the quota headers and ``Retry-After``)."""
        body = {
            "errCode": 429,
            "errMsg": "Número máximo de requisições atingido. Aguarde alguns segundos e tente novamente.",
            "errObs": None,
            "errFields": None,
        }
        return JSONResponse({**dump(models.Error, body), "errObs": None, "errFields": None}, status_code=429)


def _counts(records: int | Mapping[str, int]) -> dict[str, int]:
    if isinstance(records, int):
        return dict.fromkeys(RESOURCES, records)
    return {name: int(records.get(name, 0)) for name in RESOURCES}


def create_app(
    *,
    client_id: str,
    client_secret: str,
    redirect_uri: str = OOB,
    account: str = "exemplo",
    personal_secret: str = "egestor-mock-personal-token-signing-key",  # noqa: S107 - a mock's demo key
    token_lifetime: float = 900.0,
    rate_limit: int = 60,
    rate_window: float = 60.0,
    auto_approve: bool = True,
    records: int | Mapping[str, int] = 3,
    seed: int = 0,
) -> Starlette:
    """A fresh eGestor mock with one registered application and seeded records.

    Args:
        client_id: the registered application's id.
        client_secret: its secret.
        redirect_uri: the redirect URI it registered (out-of-band ones are always accepted).
        account: the eGestor account (subdomain) the tokens act for.
        personal_secret: key that signs personal tokens (HS256).
        token_lifetime: access token lifetime in seconds (documented: 900).
        rate_limit: requests per window per application + account (documented: 60).
        rate_window: the window in seconds (documented: 60; shorten it in tests).
        auto_approve: issue codes at ``/oauth/authorize`` without a user (tests).
        records: seeded records per resource (one number for all, or by resource name).
        seed: seed of the deterministic record generator.

    """
    authority = EgestorAuthority(
        [App(client_id, client_secret, redirect_uri)],
        account=account,
        personal_secret=personal_secret,
        token_lifetime=token_lifetime,
        auto_approve=auto_approve,
    )

    def now() -> str:
        return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(authority.now()))

    data = EgestorData(_counts(records), seed=seed, now=now)
    throttle = FixedWindowThrottle(rate_limit, rate_window)
    mock = EgestorMock(authority, data, throttle)
    app = build_app(mock)

    async def routing_error(_request: Request, exc: Exception) -> Response:
        # Paths the router cannot even match (e.g. a newline in a path parameter): the envelope, not text.
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        return mock.error(status, [str(getattr(exc, "detail", exc))])

    app.add_exception_handler(HTTPException, routing_error)
    app.add_middleware(ThrottleMiddleware, throttle=throttle, key=mock.throttle_key, refusal=mock.refusal)
    app.state.mock = mock
    return app
