"""Per-call options (``CallOptions``): applied to one request's kwargs, never to the shared client."""

from __future__ import annotations

import httpx

from erp_adapters.calls import NO_OPTIONS, CallOptions


def test_options_merge_into_the_request_kwargs_only() -> None:
    kwargs = {"method": "get", "url": "/x", "headers": {"Accept": "application/json", "X-Trace": "old"}}
    merged = CallOptions(timeout=2.0, extra_headers={"X-Trace": "new"}).apply(kwargs)
    assert merged == {
        "method": "get",
        "url": "/x",
        "headers": {"Accept": "application/json", "X-Trace": "new"},
        "timeout": 2.0,
    }
    assert kwargs["headers"] == {"Accept": "application/json", "X-Trace": "old"}  # the caller's dict is untouched


def test_no_options_change_nothing() -> None:
    kwargs = {"method": "get", "url": "/x"}
    assert NO_OPTIONS.apply(kwargs) == kwargs


def test_a_built_request_carries_them_and_the_client_does_not() -> None:
    client = httpx.Client(base_url="http://127.0.0.1:9", headers={"A": "1"}, timeout=5.0)
    request = client.build_request(
        **CallOptions(timeout=1.5, extra_headers={"B": "2"}).apply({"method": "GET", "url": "/"})
    )
    assert request.headers["A"] == "1" and request.headers["B"] == "2"
    assert request.extensions["timeout"] == httpx.Timeout(1.5).as_dict()
    assert "B" not in client.headers and client.timeout == httpx.Timeout(5.0)
    client.close()
