"""Every operation of the five specs is a typed method of the generated resource clients, sync and async.

The specs are enumerated (not the generated code), so an operation the generator skipped fails here.
Each method is checked against the generated ``sync_detailed`` of its operation: same parameters
(names, annotations, defaults; ``client`` left out, ``page`` left to the pager of a list, a
list-or-record GET split into ``list`` without ``id`` and ``retrieve(id)``) and a return type that is
one of the documented 2xx types (or the item type of the documented page).
"""

from __future__ import annotations

import importlib
import inspect
import re
import types
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from erp_adapters.resources import AsyncPage, RawResponse, SyncPage

ROOT = Path(__file__).resolve().parents[2]
VENDORS = {"egestor": "Egestor", "gestix": "Gestix", "gks4": "GKS4", "quickstart": "Quickstart", "wisedat": "Wisedat"}
OPERATION = re.compile(r"Operation: `(\w+)` \((\w+) (\S+)\)")
OWN_PARAMS = {"self", "timeout", "extra_headers", "on_page"}


def _spec_operations(vendor: str) -> set[tuple[str, str, str]]:
    spec = yaml.safe_load((ROOT / "specs" / f"{vendor}.yaml").read_text(encoding="utf-8"))
    return {
        (op["operationId"], method.upper(), path)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    }


def _methods(client_class: type[Any]) -> Iterator[tuple[str, Callable[..., Any], tuple[str, str, str]]]:
    """(``resource.method``, function, operation) of every public method of every resource of ``client_class``."""
    hints = typing.get_type_hints(client_class)
    for attribute, resource in sorted(hints.items()):
        if attribute.startswith("_") or not isinstance(resource, type):
            continue
        for name, fn in inspect.getmembers(resource, inspect.isfunction):
            if name.startswith("_"):
                continue
            found = OPERATION.search(fn.__doc__ or "")
            assert found, f"{attribute}.{name} has no Operation: line"
            yield f"{attribute}.{name}", fn, (found.group(1), found.group(2), found.group(3))


def _generated_function(vendor: str, operation_id: str) -> Callable[..., Any]:
    package = ROOT / "clients" / vendor / f"{vendor}_client" / "api"
    (path,) = package.glob(f"*/{operation_id}.py")
    module = importlib.import_module(f"{vendor}_client.api.{path.parent.name}.{operation_id}")
    fn: Callable[..., Any] = module.sync_detailed
    return fn


def _members(tp: Any) -> tuple[Any, ...]:
    return typing.get_args(tp) if isinstance(tp, types.UnionType) or typing.get_origin(tp) is typing.Union else (tp,)


def _success_types(fn: Callable[..., Any]) -> set[Any]:
    (union,) = typing.get_args(typing.get_type_hints(fn)["return"])
    return set(_members(union))


def _item_types(success: set[Any]) -> set[Any]:
    """The item types a list answer can carry: ``X`` of ``list[X]``, or of the list field of a page model."""
    items = set()
    for tp in success:
        if typing.get_origin(tp) is list:
            items.add(typing.get_args(tp)[0])
        elif isinstance(tp, type) and hasattr(tp, "__attrs_attrs__"):
            for hint in typing.get_type_hints(tp).values():
                if typing.get_origin(hint) is list:
                    items.add(typing.get_args(hint)[0])
    return items


def _params(fn: Callable[..., Any]) -> dict[str, tuple[Any, Any]]:
    hints = typing.get_type_hints(fn)
    return {
        name: (hints.get(name), p.default)
        for name, p in inspect.signature(fn).parameters.items()
        if name not in OWN_PARAMS and name != "client"
    }


def _check(vendor: str, label: str, method: Callable[..., Any], operation_id: str, is_async: bool) -> None:
    generated = _generated_function(vendor, operation_id)
    expected = _params(generated)
    got = _params(method)
    returned = typing.get_type_hints(method)["return"]
    success = _success_types(generated)
    page_class = AsyncPage if is_async else SyncPage
    assert inspect.iscoroutinefunction(method) == (is_async and typing.get_origin(returned) is not page_class), label
    if typing.get_origin(returned) is page_class:  # a list: page handled by the pager, id by retrieve
        expected.pop("page", None)
        if "id" not in got:
            expected.pop("id", None)
        (item,) = typing.get_args(returned)
        assert item in _item_types(success), f"{label}: item {item} not in {success}"
    elif operation_id.startswith("list_"):  # the record half of a list-or-record GET: retrieve(id)
        annotation, _ = expected["id"]
        required = tuple(m for m in _members(annotation) if m.__name__ != "Unset")
        expected = {"id": (required[0] if len(required) == 1 else annotation, inspect.Parameter.empty)}
        assert returned in success, f"{label}: {returned} not in {success}"
    elif returned is type(None):
        assert Any in success, f"{label}: None, but the operation documents a body {success}"
    else:
        assert returned in success, f"{label}: {returned} not in {success}"
    assert got == expected, f"{label}: parameters differ from {operation_id}.sync_detailed"


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_every_operation_is_a_typed_method_sync_and_async(vendor: str) -> None:
    module = importlib.import_module(f"erp_adapters.{vendor}")
    wanted = _spec_operations(vendor)
    for is_async, cls in (
        (False, getattr(module, VENDORS[vendor])),
        (True, getattr(module, "Async" + VENDORS[vendor])),
    ):
        reached: set[tuple[str, str, str]] = set()
        for label, fn, operation in _methods(cls):
            assert operation in wanted, f"{label} names an operation the spec does not have: {operation}"
            _check(vendor, label, fn, operation[0], is_async)
            reached.add(operation)
        assert reached == wanted, f"not reachable: {sorted(wanted - reached)}"


def test_the_five_specs_have_102_operations_all_reachable() -> None:
    total = {"sync": 0, "async": 0}
    for vendor, name in VENDORS.items():
        module = importlib.import_module(f"erp_adapters.{vendor}")
        total["sync"] += len({op for _, _, op in _methods(getattr(module, name))})
        total["async"] += len({op for _, _, op in _methods(getattr(module, "Async" + name))})
    assert sum(len(_spec_operations(v)) for v in VENDORS) == 102
    assert total == {"sync": 102, "async": 102}


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_raw_response_variants_mirror_the_methods(vendor: str) -> None:
    module = importlib.import_module(f"erp_adapters.{vendor}")
    cls = getattr(module, VENDORS[vendor])
    for attribute, resource in typing.get_type_hints(cls).items():
        if attribute.startswith("_") or not isinstance(resource, type):
            continue
        raw_class = typing.get_type_hints(inspect.getattr_static(resource, "with_raw_response").func)["return"]
        public = {n for n, _ in inspect.getmembers(resource, inspect.isfunction) if not n.startswith("_")}
        raw = {n for n, _ in inspect.getmembers(raw_class, inspect.isfunction) if not n.startswith("_")}
        assert raw == public
        for name in raw:
            returned = typing.get_type_hints(getattr(raw_class, name))["return"]
            assert typing.get_origin(returned) is RawResponse, f"{attribute}.with_raw_response.{name}"
