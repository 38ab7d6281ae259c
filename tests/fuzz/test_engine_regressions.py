"""Fixed regression cases for the mock engine: what fuzzing found, and what variance mode must keep.

Each test starts every vendor's mock over real HTTP and checks one rule of the engine:

* every unmatched or malformed path (an encoded newline included) gets the vendor's JSON error
  body, never Starlette's ``text/plain`` 404;
* a JSON body sent with another content type is a 415 in the vendor's error format;
* a parameter that takes one value, sent twice, is refused (fuzz-deep seed 999335834 found eGestor
  answering ``GET /contatos?page=true&page=…&page=1`` with a 200 from the last value);
* variance mode is deterministic for a seed, stays within the response schema, never touches the
  mock's state, and sends the other shape of a two-way field (Wisedat ``PublicKey`` as an array).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import jsonschema
import pytest
from starlette.applications import Starlette

from erp_mocks.engine import MockServer, Spec
from erp_mocks.engine.app import BadInput, _coerce
from erp_mocks.engine.spec import to_json_schema
from erp_mocks.engine.variance import EXTRA_PROPERTY, disable, enable
from erp_mocks.registry import VENDORS, app_factory, demo_options

PREFIXES = {"gestix": "/api/{account}/v4.0.0"}
"""Vendors whose operations live under a templated prefix (the demo account fills it)."""


def _app(vendor: str, *, seed: int | None = None) -> Starlette:
    app = app_factory(vendor)(**demo_options(vendor))
    return enable(app, seed=seed) if seed is not None else app


def _base(vendor: str) -> str:
    prefix = PREFIXES.get(vendor, "")
    if "{account}" in prefix:
        accounts = demo_options(vendor).get("accounts") or ["00000000"]
        prefix = prefix.replace("{account}", str(accounts[0]))
    return prefix


@pytest.fixture(params=sorted(VENDORS))
def served(request: pytest.FixtureRequest) -> Iterator[tuple[str, httpx.Client]]:
    with MockServer(_app(request.param)) as server, httpx.Client(base_url=server.url, timeout=10) as http:
        yield request.param, http


@pytest.mark.parametrize("path", ["/a%0Ab", "/a%0Db", "/%0A", "/no/such/path", "/a%00b", "/%E2%82%AC", "//"])
def test_an_unmatched_or_malformed_path_gets_the_vendors_json_404(served: tuple[str, httpx.Client], path: str) -> None:
    vendor, http = served
    response = http.get(_base(vendor) + path)
    assert response.status_code == 404, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert isinstance(response.json(), dict)


@pytest.mark.parametrize("vendor", ["egestor", "gks4", "quickstart"])
def test_an_encoded_newline_inside_a_path_parameter_is_routed(vendor: str) -> None:
    """``/customers/a%0Ab`` reaches the operation (then auth or validation answers), not a plain 404."""
    app = _app(vendor)
    spec: Spec = app.state.spec
    templated = next(op for op in spec.operations if "{" in op.path)
    path = templated.path.split("{", 1)[0] + "a%0Ab"
    with MockServer(app) as server, httpx.Client(base_url=server.url, timeout=10) as http:
        response = http.request(templated.method, _base(vendor) + path)
    assert response.headers["content-type"].startswith("application/json"), response.text
    assert response.status_code != 404 or isinstance(response.json(), dict)


def test_an_unknown_method_gets_the_vendors_json_error(served: tuple[str, httpx.Client]) -> None:
    vendor, http = served
    response = http.request("OPTIONS", _base(vendor) + "/no/such/path")
    assert response.status_code == 404
    assert isinstance(response.json(), dict)


def _egestor_token(http: httpx.Client) -> str:
    personal = http.get("/_mock/personal-token").json()["personal_token"]
    answer = http.post("/oauth/access_token", json={"grant_type": "personal", "personal_token": personal})
    return str(answer.json()["access_token"])


@pytest.mark.parametrize("query", ["page=true&page=1", "page=1&page=1", "filtro=a&filtro=b"])
def test_a_single_value_query_parameter_given_twice_is_refused(query: str) -> None:
    with MockServer(_app("egestor")) as server, httpx.Client(base_url=server.url, timeout=10) as http:
        token = _egestor_token(http)
        response = http.get(f"/contatos?{query}", headers={"Authorization": f"Bearer {token}"})
        once = http.get("/contatos?page=1", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 400, response.text
    assert "is given 2 times" in response.text
    assert once.status_code == 200


def test_a_deep_object_key_given_twice_is_refused() -> None:
    op = next(op for op in _app("quickstart").state.spec.operations if op.operation_id == "list_customers")
    filter_param = next(p for p in op.parameters if p.style == "deepObject")
    query = {"filter[status]": ["open", "paid"], "page": ["1"]}
    with pytest.raises(BadInput, match=r"filter\[status\]"):
        _coerce(filter_param, ["present"], query)


def _json_body_operations(spec: Spec) -> list[Any]:
    return [op for op in spec.operations if "application/json" in op.body_media_types]


@pytest.mark.parametrize("vendor", ["egestor", "gestix", "gks4", "wisedat"])
def test_a_json_body_with_another_content_type_is_a_415(vendor: str) -> None:
    spec: Spec = _app(vendor).state.spec
    ops = _json_body_operations(spec)
    assert ops, f"{vendor} has operations with JSON bodies"
    assert all("415" in op.responses for op in ops)
    op = next(op for op in ops if "{" not in op.path)
    with MockServer(_app(vendor)) as server, httpx.Client(base_url=server.url, timeout=10) as http:
        response = http.request(
            op.method, _base(vendor) + op.path, content=b'{"a": 1}', headers={"content-type": "text/plain"}
        )
    # Auth may refuse first (401, or Gestix's nonce check, 409); never a 400 or a 2xx for the wrong type.
    assert response.status_code in (401, 409, 415), response.text
    if response.status_code == 415:
        assert isinstance(response.json(), dict)


def _validator(spec: Spec, op_id: str, status: str) -> jsonschema.Draft4Validator:
    response = spec.resolve(spec.by_id[op_id].responses[status])
    return jsonschema.Draft4Validator(to_json_schema(response["content"]["application/json"]["schema"]))


def _shape(value: Any) -> Any:
    """``value`` with every string replaced by ``"s"``: its structure and types only."""
    if isinstance(value, dict):
        return {key: _shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_shape(item) for item in value]
    return "s" if isinstance(value, str) else value


def _wisedat_status(seed: int | None) -> list[Any]:
    with MockServer(_app("wisedat", seed=seed)) as server, httpx.Client(base_url=server.url, timeout=10) as http:
        key = demo_options("wisedat")["api_key"]
        return [http.get("/status", headers={"Authorization": f"WDAPI {key}"}).json() for _ in range(12)]


def test_variance_sends_publickey_in_both_shapes_within_the_schema_and_is_deterministic() -> None:
    spec: Spec = _app("wisedat").state.spec
    validator = _validator(spec, "get_status", "200")
    first, again = _wisedat_status(7), _wisedat_status(7)
    # Same seed, same requests: the same variations (each mock has its own key pair, so compare shapes).
    assert [_shape(body) for body in first] == [_shape(body) for body in again]
    shapes = {type(body["PublicKey"]).__name__ for body in first}
    assert shapes == {"dict", "list"}
    for body in first:
        assert not list(validator.iter_errors(body))
    exact = _wisedat_status(None)
    assert all(isinstance(body["PublicKey"], dict) and set(body) == {"State", "PublicKey"} for body in exact)


def test_variance_empties_401_bodies_and_leaves_the_state_alone() -> None:
    app = _app("gks4")
    options = demo_options("gks4")
    with MockServer(app) as server, httpx.Client(base_url=server.url, timeout=10) as http:
        token = http.post("/connect/token", data={"grant_type": "client_credentials", **options})
        headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
        before = http.get("/api/v1/customers/K100421", headers=headers).json()
        enable(app, seed=1)
        refused = http.get("/api/v1/customers/K100421")
        assert (refused.status_code, refused.content) == (401, b"")
        assert refused.headers["www-authenticate"].startswith("Bearer")
        reads = [http.get("/api/v1/customers/K100421", headers=headers).json() for _ in range(8)]
        disable(app)
        after = http.get("/api/v1/customers/K100421", headers=headers).json()
    assert all(body["number"] == "K100421" for body in reads)  # required: never varied
    assert len({repr(sorted(body.items(), key=str)) for body in reads}) > 1  # optional ones vary
    assert any(None in body.values() for body in reads)
    assert any(EXTRA_PROPERTY in body for body in reads)
    assert after == before  # variance changed the answers, never the record


@pytest.mark.parametrize(("seed", "media_type"), [(None, "text/html"), (3, "application/json")])
def test_egestor_oob_authorize_answers_html_or_json_code(seed: int | None, media_type: str) -> None:
    options = {**demo_options("egestor"), "auto_approve": True}
    app = app_factory("egestor")(**options)
    if seed is not None:
        enable(app, seed=seed)
    query = {
        "client_id": options["client_id"],
        "redirect_uri": "urn:ietf:wg:oauth:2.0:oob:auto",
        "response_type": "code",
    }
    with MockServer(app) as server, httpx.Client(base_url=server.url, timeout=10) as http:
        page = http.get("/oauth/authorize", params=query)
    assert page.status_code == 200, page.text
    assert page.headers["content-type"].startswith(media_type)
    if seed is not None:
        assert isinstance(page.json()["code"], str) and page.json()["code"]
    else:
        assert '<code id="code">' in page.text
