"""``request_urls.compose`` folds path and query into one URL: it must be exactly the URL httpx builds itself."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from erp_adapters import request_urls

_SCALARS = st.one_of(
    st.text(max_size=12),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.none(),
)
_PARAMS = st.dictionaries(
    st.text(min_size=1, max_size=8), st.one_of(_SCALARS, st.lists(_SCALARS, max_size=3)), max_size=5
)
_PATHS = st.one_of(
    st.text(alphabet="abcXYZ019._~-/", max_size=20).map(lambda tail: "/" + tail),
    st.text(max_size=12).map(lambda tail: "/products/" + tail),  # anything: spaces, ?, #, %, unicode
    st.sampled_from(["/", "//evil.example/x", "/a/../b", "/./a", "/a/./b", "products", "http://other/x"]),
)
_BASES = st.sampled_from(
    [
        "http://127.0.0.1:8000",
        "https://api.example.com/",
        "https://api.example.com/v1",
        "https://api.example.com/v1/",
        "https://user@api.example.com:8443/a/b/",
        "https://api.example.com/v1/?key=1",
        "https://[::1]:9/x",
    ]
)


def _both(base: str, url: Any, params: Any, client_params: Any = None) -> tuple[httpx.Request, httpx.Request]:
    http = httpx.Client(base_url=base, params=client_params)
    kwargs = {"method": "get", "url": url, "params": params}
    return http.build_request(**kwargs), http.build_request(**request_urls.compose(http, kwargs))


def _same(a: httpx.Request, b: httpx.Request) -> None:
    assert str(a.url) == str(b.url)
    assert (a.url.scheme, a.url.raw_host, a.url.port, a.url.raw_path) == (
        b.url.scheme,
        b.url.raw_host,
        b.url.port,
        b.url.raw_path,
    )
    assert a.headers.multi_items() == b.headers.multi_items()


def _outcome(build: Any) -> httpx.Request | str:
    try:
        request: httpx.Request = build()
    except httpx.InvalidURL as exc:
        return f"InvalidURL: {exc}"
    return request


@settings(max_examples=400, deadline=None)
@given(base=_BASES, url=_PATHS, params=st.one_of(st.none(), _PARAMS))
def test_the_composed_url_is_the_one_httpx_builds(base: str, url: str, params: Any) -> None:
    """Same URL, or the same refusal (httpx refuses a control character in a path)."""
    http = httpx.Client(base_url=base)
    kwargs = {"method": "get", "url": url, "params": params}
    plain = _outcome(lambda: http.build_request(**kwargs))
    composed = _outcome(lambda: http.build_request(**request_urls.compose(http, kwargs)))
    if isinstance(plain, str) or isinstance(composed, str):
        assert plain == composed
    else:
        _same(plain, composed)


@pytest.mark.parametrize("client_params", [{"lang": "pt"}, None])
def test_client_level_params_still_merge(client_params: Any) -> None:
    _same(*_both("https://api.example.com/v1/", "/products", {"page": 2, "active": True}, client_params))


def test_a_plain_path_with_params_is_composed_into_one_absolute_url() -> None:
    http = httpx.Client(base_url="https://api.example.com/v1")
    composed = request_urls.compose(http, {"method": "get", "url": "/products", "params": {"limit": 50, "x": False}})
    assert composed == {"method": "get", "url": "https://api.example.com/v1/products?limit=50&x=false"}


@pytest.mark.parametrize(
    ("base", "url", "client_params"),
    [
        ("https://api.example.com/", "/a b", None),  # httpx would encode the space: left to httpx
        ("https://api.example.com/", "//evil.example/x", None),  # a network-path reference, not a path
        ("https://api.example.com/", "/a/../b", None),  # dot segments
        ("https://api.example.com/?key=1", "/products", None),  # a query in the base URL
        ("https://api.example.com/", "/products", {"lang": "pt"}),  # client-level params
    ],
)
def test_anything_else_is_left_to_httpx(base: str, url: str, client_params: Any) -> None:
    http = httpx.Client(base_url=base, params=client_params)
    kwargs = {"method": "get", "url": url, "params": {"page": 1}}
    assert request_urls.compose(http, kwargs) is kwargs


def test_a_changed_base_url_is_noticed() -> None:
    http = httpx.Client(base_url="https://one.example/")
    kwargs = {"method": "get", "url": "/x", "params": {"a": 1}}
    assert request_urls.compose(http, kwargs)["url"] == "https://one.example/x?a=1"
    http.base_url = httpx.URL("https://two.example/v2/")
    assert request_urls.compose(http, kwargs)["url"] == "https://two.example/v2/x?a=1"


class _SlottedClient(httpx.Client):
    __slots__ = ("_frozen",)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "_erp_base_text":
            raise AttributeError(name)
        super().__setattr__(name, value)


def test_a_client_that_refuses_new_attributes_still_gets_the_composed_url() -> None:
    http = _SlottedClient(base_url="https://one.example/")
    kwargs = {"method": "get", "url": "/x", "params": {"a": 1}}
    assert request_urls.compose(http, kwargs)["url"] == "https://one.example/x?a=1"
