"""What the hostile suite needs to know about each vendor: its login, one operation, correct answers.

A :class:`Vendor` installs the correct answers on a :class:`~tests.hostile.server.HostileServer`
(its auth step — token endpoint, Wisedat's ``/status`` + login, Gestix's ``/helo`` — and one read
operation), connects the vendor's adapter to that server and runs the operation through the
adapter's public surface (``paginate``/``apaginate`` where the vendor has them, else
``call``/``acall``). A scenario then replaces one of those answers with a hostile one.

Every credential and every token the server issues contains :data:`SECRET_MARKER`, so a leak
check only has to look for that one string.
"""

from __future__ import annotations

import base64
import functools
import importlib
import inspect
import itertools
import json
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

from cryptography.hazmat.primitives.asymmetric import rsa

from tests.hostile.server import Behaviour, HostileServer, json_answer

SECRET_MARKER = "HSECRET"
"""Part of every credential and token of the suite; it must never appear in any output."""

CONTRACT_OPTIONS: dict[str, Any] = {
    "timeout": 5.0,
    "deadline": 5.0,
    "max_body_bytes": 1024 * 1024,
    "max_retry_after": 5.0,
    "allow_insecure_http": False,
    "verify": True,
    "proxy": None,
    "httpx_args": {},
}
"""Keyword arguments (with harmless values) every ``connect()`` accepts under the runtime contract of issue 9."""

TokenStoreLog = list[dict[str, Any]]
"""Every token set an adapter handed to its ``token_store``."""


def _secret(vendor: str, what: str) -> str:
    return f"{SECRET_MARKER}-{vendor}-{what}-7Qx2"


def connect_options(connect: Callable[..., Any], options: dict[str, Any]) -> dict[str, Any]:
    """The ``options`` that ``connect`` accepts (today's main lacks the contract's new ones).

    A scenario that needs an option the adapter lacks (``deadline``, ``max_body_bytes``, ...) then
    fails on its own assertions — a hang past its bound, unbounded memory — rather than on a
    ``TypeError``; ``test_connect_accepts_contract_options`` reports the gap itself. A ``connect``
    with ``**options`` gets everything.
    """
    parameters = inspect.signature(connect).parameters
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in parameters.values()):
        return dict(options)
    return {name: value for name, value in options.items() if name in parameters}


@functools.cache
def _rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _b64_int(value: int) -> str:
    return base64.b64encode(value.to_bytes((value.bit_length() + 7) // 8, "big")).decode("ascii")


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class Vendor:
    """One vendor's login and operation, as the hostile scenarios use them."""

    name: ClassVar[str]
    auth_route: ClassVar[tuple[str, str]]
    """The login request the ``auth_*`` scenarios make hostile (method, path)."""
    op_route: ClassVar[tuple[str, str]]
    """The operation request the ``op_*`` scenarios make hostile (method, path)."""
    operation_module: ClassVar[str]
    """The generated module of the operation (``wisedat_client.api.products.list_products``, ...)."""
    operation_args: ClassVar[dict[str, Any]] = {}
    """Arguments of the operation besides ``client``."""
    paged: ClassVar[bool] = True
    """Run the operation through ``paginate``/``apaginate`` (else ``call``/``acall``)."""
    root_error: ClassVar[str]
    """Name of the vendor's root error class in its adapter module (``WisedatError``, ...)."""
    rotating_refresh: ClassVar[bool] = False
    """True when token answers carry a rotating refresh token that must reach the token store."""

    def __init__(self) -> None:
        self._issued = itertools.count(1)
        self.token_store: TokenStoreLog = []

    # -- the correct answers -----------------------------------------------------------------

    def op_document(self) -> Any:
        """A correct answer of the operation, holding one record with id 7."""
        raise NotImplementedError

    def result_ok(self, result: Any) -> bool:
        """Whether ``result`` (what :meth:`run` returned) is the record of :meth:`op_document`."""
        raise NotImplementedError

    def op_document_with_string_numbers(self) -> Any:
        """:meth:`op_document` with its paging numbers as strings (``"last_page": "1"``), as eGestor sends numbers."""
        return self.op_document()

    def login_document(self) -> dict[str, Any]:
        """A correct answer of the login request :attr:`auth_route`, with freshly issued (marked) tokens."""
        raise NotImplementedError

    def install(self, server: HostileServer) -> None:
        """Route the correct login answers and the correct operation answer on ``server``."""
        server.route(*self.op_route, json_answer(200, self.op_document()))

        async def login(request: Any, writer: Any) -> None:
            await json_answer(200, self.login_document())(request, writer)

        server.route(*self.auth_route, login)

    def unparsable_login(self) -> Behaviour:
        """A 200 login answer the adapter cannot use as it is (``expires_in: "3600s"`` for OAuth2)."""
        raise NotImplementedError

    rotated_refresh_token: ClassVar[str] = ""
    """The refresh token of :meth:`unparsable_login` (vendors with :attr:`rotating_refresh`)."""

    # -- the adapter -------------------------------------------------------------------------

    @property
    def module(self) -> ModuleType:
        """``erp_adapters.<vendor>``."""
        return importlib.import_module(f"erp_adapters.{self.name}")

    @property
    def operation(self) -> ModuleType:
        """The generated module of the operation the ``op_*`` scenarios call."""
        return importlib.import_module(self.operation_module)

    def connect(self, server: HostileServer, options: dict[str, Any], state_dir: Path) -> Any:
        """A client of this vendor's adapter, pointed at ``server``, with the accepted ``options``."""
        raise NotImplementedError

    def run(self, client: Any) -> Any:
        """The operation through the adapter's sync surface (``paginate`` for paged lists, else ``call``)."""
        if self.paged:
            return list(self.module.paginate(self.operation.sync_detailed, client=client, **self.operation_args))
        return self.module.call(self.operation.sync_detailed, client=client, **self.operation_args)

    async def arun(self, client: Any) -> Any:
        """The operation through the adapter's async surface (``apaginate`` / ``acall``)."""
        fn = self.operation.asyncio_detailed
        if self.paged:
            return [item async for item in self.module.apaginate(fn, client=client, **self.operation_args)]
        return await self.module.acall(fn, client=client, **self.operation_args)

    strict_options: bool = False
    """Pass every option to ``connect()`` as given, even one its signature does not name."""

    def _connect(self, options: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        connect = self.module.connect
        accepted = options if self.strict_options else connect_options(connect, options)
        return connect(*args, **kwargs, **accepted)

    def _oauth_token(self, *, refresh: bool) -> dict[str, Any]:
        """An OAuth2 token answer with a fresh (marked) access token, and refresh token if ``refresh``."""
        number = next(self._issued)
        document: dict[str, Any] = {
            "access_token": _secret(self.name, f"access{number}"),
            "token_type": "Bearer",
            "expires_in": 900,
        }
        if refresh:
            document["refresh_token"] = _secret(self.name, f"refresh{number}")
        return document

    def _unparsable_oauth_token(self) -> Behaviour:
        return json_answer(
            200,
            {
                "access_token": _secret(self.name, "access-unparsable"),
                "refresh_token": self.rotated_refresh_token,
                "token_type": "Bearer",
                "expires_in": "3600s",
            },
        )


class Wisedat(Vendor):
    """RSA ``/status`` + ``WDAPI`` login answered with a JWT carrying ``exp``; ``paginate(list_products)``."""

    name = "wisedat"
    operation_module = "wisedat_client.api.products.list_products"
    root_error = "WisedatError"
    auth_route = ("POST", "/api/authentication/login")
    status_route = ("GET", "/api/status")
    op_route = ("GET", "/api/products")
    credentials: ClassVar[dict[str, str]] = {
        "api_key": _secret("wisedat", "apikey"),
        "user": "integration",
        "password": _secret("wisedat", "password"),
    }

    def status_document(self) -> dict[str, Any]:
        """The ``/status`` answer: State 1 and the server's RSA public key."""
        numbers = _rsa_key().public_key().public_numbers()
        return {"State": 1, "PublicKey": {"Modulus": _b64_int(numbers.n), "Exponent": _b64_int(numbers.e)}}

    def jwt(self) -> str:
        """A JWT-shaped token with a 30-minute ``exp`` (the adapter reads, never verifies, it)."""
        number = next(self._issued)
        header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
        payload = _b64url(json.dumps({"sub": "integration", "exp": int(time.time()) + 1800}).encode())
        return f"{header}.{payload}.{_secret('wisedat', f'jwt{number}')}"

    def install(self, server: HostileServer) -> None:
        super().install(server)
        server.route(*self.status_route, json_answer(200, self.status_document()))

    def login_document(self) -> dict[str, Any]:
        return {"auth_token": self.jwt()}

    def unparsable_login(self) -> Behaviour:
        return json_answer(200, {"auth_token": {"value": _secret("wisedat", "jwt-unparsable")}})

    def op_document(self) -> Any:
        pagination = {"limit": 50, "page": 1, "number_pages": 1, "number_items": 1}
        return {"pagination": pagination, "products": [{"id": 7, "name": "Parafuso"}]}

    def op_document_with_string_numbers(self) -> Any:
        pagination = {"limit": "50", "page": "1", "number_pages": "1", "number_items": "1"}
        return {"pagination": pagination, "products": [{"id": 7, "name": "Parafuso"}]}

    def result_ok(self, result: Any) -> bool:
        return isinstance(result, list) and [item.id for item in result] == [7]

    def connect(self, server: HostileServer, options: dict[str, Any], state_dir: Path) -> Any:
        return self._connect(options, server.url + "/api", **self.credentials)


class Egestor(Vendor):
    """OAuth2 code grant (JSON token requests, rotating refresh token, token store); ``paginate(list_contatos)``."""

    name = "egestor"
    operation_module = "egestor_client.api.contatos.list_contatos"
    root_error = "EgestorError"
    auth_route = ("POST", "/api/oauth/access_token")
    op_route = ("GET", "/api/v1/contatos")
    rotating_refresh = True
    rotated_refresh_token = _secret("egestor", "refresh-rotated")

    def login_document(self) -> dict[str, Any]:
        return self._oauth_token(refresh=True)

    def unparsable_login(self) -> Behaviour:
        return self._unparsable_oauth_token()

    def op_document(self) -> Any:
        return {
            "total": 1,
            "per_page": 50,
            "current_page": 1,
            "last_page": 1,
            "next_page_url": None,
            "prev_page_url": None,
            "from": 1,
            "to": 1,
            "data": [{"codigo": 7, "nome": "Contato"}],
        }

    def op_document_with_string_numbers(self) -> Any:
        paging = {"total": "1", "per_page": "50", "current_page": "1", "last_page": "1", "from": "1", "to": "1"}
        return {**self.op_document(), **paging}

    def result_ok(self, result: Any) -> bool:
        return isinstance(result, list) and [int(item.codigo) for item in result] == [7]

    def connect(self, server: HostileServer, options: dict[str, Any], state_dir: Path) -> Any:
        return self._connect(
            options,
            server.url + "/api/v1",
            client_id="hostile-app",
            client_secret=_secret("egestor", "client-secret"),
            code=_secret("egestor", "code"),
            token_store=self.token_store.append,
        )


class Gestix(Vendor):
    """API token exchanged for an ``xa-token`` at ``GET /helo``; ``call(list_customers)``."""

    name = "gestix"
    operation_module = "gestix_client.api.customers.list_customers"
    paged = False
    root_error = "GestixError"
    _root = "/api/acct1/v4.0.0"
    auth_route = ("GET", f"{_root}/helo")
    op_route = ("GET", f"{_root}/customers")

    def login_document(self) -> dict[str, Any]:
        return {"xa-token": _secret("gestix", f"xa{next(self._issued)}")}

    def unparsable_login(self) -> Behaviour:
        return json_answer(200, {"xa-token": [_secret("gestix", "xa-unparsable")]})

    def op_document(self) -> Any:
        return [{"id": 7, "name": "Cliente"}]

    def result_ok(self, result: Any) -> bool:
        return isinstance(result, list) and [item.additional_properties.get("id") for item in result] == [7]

    def connect(self, server: HostileServer, options: dict[str, Any], state_dir: Path) -> Any:
        return self._connect(
            options,
            "acct1",
            api_token=_secret("gestix", "api-token"),
            server=server.url,
            nonce_dir=state_dir,
        )


class GKS4(Vendor):
    """OAuth2 client credentials (form-encoded) at a separate token URL; ``call(get_customer)``."""

    name = "gks4"
    operation_module = "gks4_client.api.customers.get_customer"
    paged = False
    operation_args: ClassVar[dict[str, Any]] = {"customer_number": "K7"}
    root_error = "GKS4Error"
    auth_route = ("POST", "/connect/token")
    op_route = ("GET", "/api/v1/customers/K7")

    def login_document(self) -> dict[str, Any]:
        return self._oauth_token(refresh=False)

    def unparsable_login(self) -> Behaviour:
        return json_answer(
            200, {"access_token": _secret("gks4", "access-unparsable"), "token_type": "Bearer", "expires_in": "3600s"}
        )

    def op_document(self) -> Any:
        return {"number": "K7", "name": "Kund AB"}

    def result_ok(self, result: Any) -> bool:
        return getattr(result, "number", None) == "K7"

    def connect(self, server: HostileServer, options: dict[str, Any], state_dir: Path) -> Any:
        return self._connect(
            options,
            server.url,
            client_id="hostile-client",
            client_secret=_secret("gks4", "client-secret"),
            token_url=server.url + self.auth_route[1],
        )


class Quickstart(Vendor):
    """OAuth2 code grant (form, rotating refresh token, token store); ``paginate(list_orders)``."""

    name = "quickstart"
    operation_module = "quickstart_client.api.orders.list_orders"
    root_error = "QuickstartError"
    auth_route = ("POST", "/oauth/token")
    op_route = ("GET", "/orders")
    rotating_refresh = True
    rotated_refresh_token = _secret("quickstart", "refresh-rotated")

    def login_document(self) -> dict[str, Any]:
        return self._oauth_token(refresh=True)

    def unparsable_login(self) -> Behaviour:
        return self._unparsable_oauth_token()

    def op_document(self) -> Any:
        return {
            "total": 1,
            "per_page": 15,
            "current_page": 1,
            "last_page": 1,
            "first_page_url": "/orders?page=1",
            "last_page_url": "/orders?page=1",
            "next_page_url": None,
            "prev_page_url": None,
            "path": "/orders",
            "from": 1,
            "to": 1,
            "data": [{"id": 7, "created_at": "2024-01-02 03:04:05"}],
        }

    def op_document_with_string_numbers(self) -> Any:
        paging = {"total": "1", "per_page": "15", "current_page": "1", "last_page": "1", "from": "1", "to": "1"}
        return {**self.op_document(), **paging}

    def result_ok(self, result: Any) -> bool:
        return isinstance(result, list) and [item.id for item in result] == [7]

    def connect(self, server: HostileServer, options: dict[str, Any], state_dir: Path) -> Any:
        return self._connect(
            options,
            server.url,
            client_id="hostile-app",
            client_secret=_secret("quickstart", "client-secret"),
            code=_secret("quickstart", "code"),
            redirect_uri="http://127.0.0.1/callback",
            token_store=self.token_store.append,
        )


VENDORS: dict[str, type[Vendor]] = {cls.name: cls for cls in (Wisedat, Egestor, Gestix, GKS4, Quickstart)}
"""Every vendor of the suite, by name."""


def warm_imports() -> None:
    """Import every adapter, operation and the async stack in the test process, before any worker forks.

    Workers then start with them loaded: no import time in a scenario, and no import allocations in a
    memory-bounded scenario's tracemalloc peak.
    """
    for cls in VENDORS.values():
        vendor = cls()
        _ = vendor.module, vendor.operation
    importlib.import_module("anyio._backends._asyncio")  # httpx's async transport loads it on first use
