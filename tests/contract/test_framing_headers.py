"""Negative generation can make up a header named like one that frames the HTTP message; it is never sent.

Seen in CI: a negative case for ``DELETE /customeraddresses`` carried ``content-length: A51:m``, and
Prism's HTTP layer answered an empty 400 before the API saw the request, failing two checks by chance.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from requests.structures import CaseInsensitiveDict

from erp_contract.checks import FRAMING_HEADERS, without_framing_headers
from erp_contract.specs import spec_path


def _case(headers: dict[str, str] | None) -> Any:
    schema = schemathesis.openapi.from_path(str(spec_path("wisedat")))
    return schema["/customeraddresses"]["DELETE"].Case(query={"customer": 1, "type": "x"}, headers=headers)


def test_framing_headers_are_dropped_and_the_rest_kept() -> None:
    case = _case({"content-length": "A51:m", "Transfer-Encoding": "chunked", "Authorization": "Bearer t", "X-A": "1"})
    without_framing_headers(case)
    assert dict(case.headers) == {"Authorization": "Bearer t", "X-A": "1"}
    assert isinstance(case.headers, CaseInsensitiveDict)


@pytest.mark.parametrize("headers", [None, {}, {"Authorization": "Bearer t"}])
def test_a_case_without_them_is_left_alone(headers: dict[str, str] | None) -> None:
    case = _case(headers)
    before = case.headers
    without_framing_headers(case)
    assert case.headers is before


def test_every_framing_header_is_lowercase_and_none_is_declared_by_a_spec() -> None:
    assert all(name == name.lower() for name in FRAMING_HEADERS)
    for vendor in ("egestor", "gestix", "gks4", "quickstart", "wisedat"):
        text = spec_path(vendor).read_text(encoding="utf-8").lower()
        declared = [name for name in FRAMING_HEADERS if f"name: {name}\n" in text]
        assert declared == [], f"{vendor} declares {declared}: dropping it would change the API's requests"
