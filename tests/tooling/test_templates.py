"""Our strict-parsing generator templates (specs/generator/templates/_common/) stay in force.

They are written for one openapi-python-client version: a generator upgrade (or a template moved
upstream) must fail here instead of silently dropping them. The generated clients must carry their
markers, and a fixture spec with every property kind (tests/tooling/fixtures/strict_parse.yaml),
generated with them, must parse strictly: values match the type hints or a ParseFailure names the
field path.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
import subprocess
import sys
import typing
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from types import MappingProxyType, ModuleType
from typing import Any

import attrs
import httpx
import openapi_python_client
import pytest

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "specs" / "generator" / "templates"
UPSTREAM = json.loads((TEMPLATES / "upstream.json").read_text())
VENDORS = ["egestor", "gestix", "gks4", "quickstart", "wisedat"]
FIXTURE = Path(__file__).parent / "fixtures" / "strict_parse.yaml"


def _pinned_generator() -> str:
    pins = re.findall(r"^openapi-python-client==(\S+)$", (ROOT / "requirements" / "dev.in").read_text(), re.M)
    assert len(pins) == 1, "requirements/dev.in pins openapi-python-client exactly once"
    return str(pins[0])


def test_templates_are_written_for_the_pinned_generator() -> None:
    assert _pinned_generator() == UPSTREAM["openapi-python-client"], (
        "the generator pin changed: re-derive the overrides in specs/generator/templates/_common/ from the new "
        "upstream templates, then update specs/generator/templates/upstream.json"
    )
    assert metadata.version("openapi-python-client") == UPSTREAM["openapi-python-client"]


@pytest.mark.parametrize("name", sorted(UPSTREAM["upstream_sha256"]))
def test_upstream_template_is_the_one_we_derived_from(name: str) -> None:
    """An upstream template that changed (same version or not) means our override may be stale."""
    upstream = Path(openapi_python_client.__file__).parent / "templates" / name
    assert (TEMPLATES / "_common" / name).exists(), f"our override of {name} is gone"
    assert hashlib.sha256(upstream.read_bytes()).hexdigest() == UPSTREAM["upstream_sha256"][name], (
        f"upstream {name} changed: re-derive specs/generator/templates/_common/{name} and update upstream.json"
    )


def _modules(vendor: str, folder: str) -> Iterator[Path]:
    yield from sorted((ROOT / "clients" / vendor / f"{vendor}_client" / folder).rglob("*.py"))


_IMPORT_IN_FUNCTION = re.compile(r"^[ \t]+(from \S+ )?import ", re.M)
_CLASS_FROM_DICT = re.compile(r"\b[A-Z]\w*\.from_dict\(")


@pytest.mark.parametrize("vendor", VENDORS)
def test_generated_client_carries_the_template_markers(vendor: str) -> None:
    package = ROOT / "clients" / vendor / f"{vendor}_client"
    assert "class ParseFailure(ValueError):" in (package / "errors.py").read_text()
    models = [p for p in _modules(vendor, "models") if p.name != "__init__.py"]
    with_from_dict = [p for p in models if "def from_dict" in p.read_text()]
    assert with_from_dict, f"{vendor}: no generated model found"
    for path in with_from_dict:
        text = path.read_text()
        rel = path.relative_to(ROOT)
        assert not _IMPORT_IN_FUNCTION.search(text), f"{rel}: an import inside a function (upstream template?)"
        assert "obj = cls.__new__(cls)" in text, f"{rel}: from_dict is not the strict template's"
        assert "if TYPE_CHECKING:" not in text, f"{rel}: sibling models imported only for type checking"
        assert "# unchecked" not in text, f"{rel}: a property kind the strict parser does not handle"
        body = text.split("def from_dict", 1)[1]
        assert "dict(src_dict)" not in body, f"{rel}: from_dict copies the body (the fast template reads it in place)"
        assert "._value2member_map_.get(" not in body, f"{rel}: an enum looked up on its class, not the module table"
        assert not _CLASS_FROM_DICT.search(body), f"{rel}: a nested model's parser looked up on its class"
    for path in _modules(vendor, "api"):
        text = path.read_text()
        assert "def _parse_response_" not in text, f"{path.relative_to(ROOT)}: upstream union parser in an endpoint"
        assert "# unchecked" not in text


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_models_import_in_a_fresh_interpreter_and_resolve_their_type_hints(vendor: str) -> None:
    """Sibling imports at the bottom of each module resolve the import cycles between models.

    ``typing.get_type_hints`` needs every sibling named in an annotation bound at module level
    (the upstream template imported them only under ``TYPE_CHECKING``).
    """
    script = (
        "import inspect, typing\n"
        f"import {vendor}_client.models as models\n"
        "classes = [c for c in vars(models).values() if inspect.isclass(c) and hasattr(c, 'from_dict')]\n"
        "for cls in classes:\n"
        "    typing.get_type_hints(cls)\n"
        "print(len(classes))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120)  # noqa: S603
    assert result.returncode == 0, result.stderr[-2000:]
    assert int(result.stdout) > 0


# -- the fixture spec, generated with our templates ---------------------------------------------------------------


@pytest.fixture(scope="module")
def fx(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The fixture spec's client, generated with our templates (no post hooks: they only format)."""
    work = tmp_path_factory.mktemp("strict")
    config = work / "config.yaml"
    config.write_text("package_name_override: strict_fixture_client\npost_hooks: []\n")
    generator = Path(sys.executable).parent / "openapi-python-client"
    command = [str(generator), "generate", "--path", str(FIXTURE), "--config", str(config), "--meta", "none"]
    command += ["--output-path", str(work / "strict_fixture_client"), "--fail-on-warning"]
    command += ["--custom-template-path", str(TEMPLATES / "_common")]
    result = subprocess.run(command, cwd=work, capture_output=True, text=True, check=False, timeout=120)  # noqa: S603
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    sys.path.insert(0, str(work))
    try:
        yield importlib.import_module("strict_fixture_client.models")
    finally:
        sys.path.remove(str(work))
        for key in [k for k in sys.modules if k.startswith("strict_fixture_client")]:
            del sys.modules[key]


FULL: dict[str, Any] = {
    "id": 1,
    "name": "bolt",
    "label": "M6",
    "price": 2,
    "active": True,
    "kind": 2,
    "maybe_kind": 1,
    "color": "red",
    "tags": ["a", "b"],
    "supplier": {"name": "ACME", "partner": {"back": {"name": "ACME"}}},
    "owner": {"name": "me"},
    "alt_supplier": {"name": "B"},
    "notes": ["a", None],
    "level": 3,
    "code": "07",
    "amount": 1.5,
    "day": "2026-01-31",
    "stamp": "2026-01-31T10:00:00",
    "parts": [{"value": "a", "children": [{"value": "b"}]}],
    "either": {"value": "node"},
    "extra": {"free": [1, 2]},
    "scores": {"a": 1, "b.c": 2.5},
}
NULLABLE = ["label", "maybe_kind", "tags", "supplier", "amount", "stamp", "alt_supplier", "level"]


def _failure(fx: ModuleType, body: Any) -> Any:
    errors = sys.modules["strict_fixture_client.errors"]
    with pytest.raises(errors.ParseFailure) as caught:
        fx.Page.from_dict(body)
    return caught.value


def _page(*things: Any) -> dict[str, Any]:
    return {"items": list(things), "total": len(things)}


def test_a_full_body_parses_into_the_declared_types(fx: ModuleType) -> None:
    page = fx.Page.from_dict(_page(FULL, {"id": 2, "name": "nut", "unknown": {"kept": True}}))
    thing = page.items[0]
    assert thing.kind is fx.Kind.TWO and thing.maybe_kind is fx.Kind.ONE and thing.color is fx.Color.RED
    assert thing.supplier.partner.back.name == "ACME" and thing.parts[0].children[0].value == "b"
    assert isinstance(thing.either, fx.Node) and thing.day.isoformat() == "2026-01-31"
    assert thing.extra.additional_properties == {"free": [1, 2]}
    assert page.items[1].additional_properties == {"unknown": {"kept": True}}
    assert page.to_dict()["items"][1]["unknown"] == {"kept": True}
    assert set(typing.get_type_hints(fx.Thing)) == {field.name for field in attrs.fields(fx.Thing)}


def test_any_mapping_parses_and_unknown_keys_are_copied_not_shared(fx: ModuleType) -> None:
    """from_dict reads the body in place (no copy), so what it keeps must not alias the caller's objects."""
    body = {**FULL, "unknown": 1}
    thing = fx.Thing.from_dict(MappingProxyType(body))
    assert thing.id == 1 and thing.additional_properties == {"unknown": 1}
    body["unknown"] = 2
    assert thing.additional_properties == {"unknown": 1}
    one, two = fx.Thing.from_dict(FULL), fx.Thing.from_dict(FULL)
    one.additional_properties["x"] = 1
    assert two.additional_properties == {} and one.additional_properties == {"x": 1}


def test_an_empty_list_of_models_is_a_fresh_list(fx: ModuleType) -> None:
    items: list[Any] = []
    page = fx.Page.from_dict({"items": items, "total": 0})
    assert page.items == [] and page.items is not items
    assert [t.id for t in fx.Page.from_dict(_page(FULL, {**FULL, "id": 2})).items] == [1, 2]


@pytest.mark.parametrize("field", NULLABLE)
def test_a_nullable_optional_property_parses_null_as_none(fx: ModuleType, field: str) -> None:
    thing = fx.Thing.from_dict({**FULL, field: None})
    assert getattr(thing, field) is None


@pytest.mark.parametrize("field", [f for f in FULL if f not in ("id", "name")])
def test_an_absent_optional_property_is_unset(fx: ModuleType, field: str) -> None:
    types = sys.modules["strict_fixture_client.types"]
    thing = fx.Thing.from_dict({k: v for k, v in FULL.items() if k != field})
    assert getattr(thing, field) is types.UNSET


@pytest.mark.parametrize(
    ("body", "path", "problem"),
    [
        (_page({**FULL, "name": 42}), "items[0].name", "expected a string, got an integer"),
        (_page(FULL, {**FULL, "id": None}), "items[1].id", "expected an integer, got null"),
        (_page(FULL, FULL, {"name": "x"}), "items[2].id", "required property is missing"),
        (_page({**FULL, "id": True}), "items[0].id", "expected an integer, got a boolean"),
        (_page({**FULL, "id": "1"}), "items[0].id", "expected an integer, got a string"),
        (_page({**FULL, "price": "1.5"}), "items[0].price", "expected a number, got a string"),
        (_page({**FULL, "active": 1}), "items[0].active", "expected a boolean, got an integer"),
        (_page({**FULL, "kind": 3}), "items[0].kind", "not a Kind value"),
        (_page({**FULL, "kind": None}), "items[0].kind", "got null"),  # not nullable
        (_page({**FULL, "color": 1}), "items[0].color", "expected a string (Color)"),
        (_page({**FULL, "tags": "a"}), "items[0].tags", "expected an array, got a string"),
        (_page({**FULL, "tags": ["a", 2]}), "items[0].tags[1]", "expected a string, got an integer"),
        (_page({**FULL, "supplier": []}), "items[0].supplier", "expected an object (Party), got an array"),
        (_page({**FULL, "supplier": {"partner": {}}}), "items[0].supplier.name", "missing"),
        (_page({**FULL, "supplier": {"name": "a", "partner": {"back": {"name": 1}}}}),
         "items[0].supplier.partner.back.name", "got an integer"),
        (_page({**FULL, "owner": None}), "items[0].owner", "got null"),  # not nullable
        (_page({**FULL, "alt_supplier": {"name": 1}}), "items[0].alt_supplier.name", "got an integer"),
        (_page({**FULL, "notes": [None, 1]}), "items[0].notes[1]", "expected a string or null, got an integer"),
        (_page({**FULL, "level": 4}), "items[0].level", "an integer that is not a ThingLevel"),
        (_page({**FULL, "code": 1.5}), "items[0].code", "expected an integer or a string, got a number"),
        (_page({**FULL, "amount": []}), "items[0].amount", "got an array"),
        (_page({**FULL, "day": "31/01/2026"}), "items[0].day", "not an ISO 8601 date"),
        (_page({**FULL, "stamp": 5}), "items[0].stamp", "got an integer"),
        (_page({**FULL, "parts": [{"value": "a", "children": [{"value": 1}]}]}),
         "items[0].parts[0].children[0].value", "got an integer"),
        (_page({**FULL, "either": {"value": 3}}), "items[0].either.value", "matches none of"),
        (_page({**FULL, "scores": {"ok": 1, "b.c": "x"}}), 'items[0].scores["b.c"]', "expected a number"),
        (_page({**FULL, "scores": {"plain": None}}), "items[0].scores.plain", "got null"),
        ({"items": {}, "total": 0}, "items", "expected an array"),
        ([], "", "expected an object (Page), got an array"),
    ],
)  # fmt: skip
def test_a_wrong_body_raises_a_parse_failure_naming_the_path(
    fx: ModuleType, body: Any, path: str, problem: str
) -> None:
    failure = _failure(fx, body)
    assert failure.path == path
    assert problem in str(failure) and str(failure).startswith(path or "(body root)")
    assert isinstance(failure, ValueError)


def test_a_missing_required_property_is_also_a_key_error_and_a_wrong_type_a_type_error(fx: ModuleType) -> None:
    assert isinstance(_failure(fx, _page({"name": "x"})), KeyError)
    assert isinstance(_failure(fx, _page({**FULL, "name": 1})), TypeError)


def test_the_message_never_repeats_the_value(fx: ModuleType) -> None:
    secret = "s3cr3t-value"
    for body in (_page({**FULL, "id": secret}), _page({**FULL, "day": secret}), _page({**FULL, "color": secret})):
        assert secret not in str(_failure(fx, body))


def test_the_endpoint_parses_either_alternative_and_names_the_path_of_a_bad_one(fx: ModuleType) -> None:
    endpoint = importlib.import_module("strict_fixture_client.api.default.list_things")
    client = importlib.import_module("strict_fixture_client.client").Client("http://127.0.0.1:9")
    errors = sys.modules["strict_fixture_client.errors"]

    def parse(body: Any) -> Any:
        return endpoint._parse_response(client=client, response=httpx.Response(200, json=body))

    assert isinstance(parse(_page(FULL)), fx.Page)
    assert [t.id for t in parse([FULL, {**FULL, "id": 2}])] == [1, 2]
    with pytest.raises(errors.ParseFailure) as caught:
        parse([FULL, {**FULL, "tags": [1]}])
    assert caught.value.path == "[1].tags[0]"
