"""The generated client READMEs (specs/generator/templates/<vendor>/README.md.jinja) stay true.

Each README must cover installation, the resource client (auth, a read, a write where the API has
one, lists), the functional layer, errors and the operations, and its Python examples must use only names that
exist, with keyword arguments the called functions accept.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
VENDORS = ["egestor", "gestix", "gks4", "quickstart", "wisedat"]
SECTIONS = [
    "## Installation",
    "## Quick start: the resource client",
    "## The functional layer",
    "## Errors",
    "## Operations",
]
_ADAPTER_CALLS = {"call": 0, "acall": 0, "paginate": 0, "apaginate": 0, "expect": 1, "aexpect": 1}
"""Adapter helpers taking a generated function, and the position of that function."""


def _readme(vendor: str) -> str:
    return (ROOT / "clients" / vendor / "README.md").read_text()


def _python_blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)


def _import(module: str, name: str) -> Any:
    base = importlib.import_module(module)
    if hasattr(base, name):
        return getattr(base, name)
    return importlib.import_module(f"{module}.{name}")


def _resolve(node: ast.expr, names: dict[str, Any]) -> Any:
    if isinstance(node, ast.Name):
        return names.get(node.id)
    if isinstance(node, ast.Attribute):
        owner = _resolve(node.value, names)
        if isinstance(owner, ModuleType | type):
            return getattr(owner, node.attr, None)
    return None


def _accepts(fn: Any, keywords: list[str]) -> list[str]:
    """The keywords ``fn`` does not accept (none when it takes ``**kwargs``)."""
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return []
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return []
    return [k for k in keywords if k not in params]


def _problems(code: str, names: dict[str, Any]) -> list[str]:
    tree = ast.parse(code)
    problems: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                try:
                    names[alias.asname or alias.name] = _import(node.module, alias.name)
                except ImportError:
                    problems.append(f"from {node.module} import {alias.name}: no such name")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                names[alias.asname or alias.name] = importlib.import_module(alias.name)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            owner = names.get(node.value.id)
            if isinstance(owner, ModuleType | type) and not hasattr(owner, node.attr):
                problems.append(f"{node.value.id}.{node.attr}: no such attribute")
        if not isinstance(node, ast.Call):
            continue
        keywords = [k.arg for k in node.keywords if k.arg is not None]
        target = _resolve(node.func, names)
        if target is None:
            continue
        position = _ADAPTER_CALLS.get(getattr(node.func, "attr", ""))
        if position is not None and isinstance(node.func, ast.Attribute) and len(node.args) > position:
            generated = _resolve(node.args[position], names)
            assert generated is not None, f"{ast.unparse(node.args[position])} does not resolve"
            keywords = [k for k in keywords if k != "client"]
            bad = _accepts(generated, keywords)
        else:
            bad = _accepts(target, keywords)
        problems += [f"{ast.unparse(node.func)}(): no keyword {k!r}" for k in bad]
    return problems


@pytest.mark.parametrize("vendor", VENDORS)
def test_readme_covers_install_auth_calls_pagination_and_errors(vendor: str) -> None:
    text = _readme(vendor)
    missing = [section for section in SECTIONS if section not in text]
    assert not missing, f"clients/{vendor}/README.md lacks {missing}"
    assert f"pip install ./clients/{vendor}" in text
    assert f"from erp_adapters import {vendor}" in text
    assert f"{vendor}.connect(" in text or f"{vendor}.connect()" in text
    assert re.search(rf"except (?:{vendor}\.)?\w+Error", text), "no example catches a typed error"
    adapter = importlib.import_module(f"erp_adapters.{vendor}")
    named = set(re.findall(r"`([A-Z][A-Za-z0-9]+Error)`", text)) | set(re.findall(rf"`{vendor}\.(\w+)", text))
    assert named, "the README names no adapter error or function"
    assert [name for name in sorted(named) if not hasattr(adapter, name)] == []


@pytest.mark.parametrize("vendor", VENDORS)
def test_readme_examples_use_the_real_api(vendor: str) -> None:
    names: dict[str, Any] = {}
    problems = [p for block in _python_blocks(_readme(vendor)) for p in _problems(block, names)]
    assert problems == []
    origins = {(v.__name__ if isinstance(v, ModuleType) else getattr(v, "__module__", "")) for v in names.values()}
    assert any(origin.startswith(f"{vendor}_client") for origin in origins), "no example uses the client"


def test_the_example_checker_catches_a_wrong_keyword() -> None:
    code = (
        "from erp_adapters import wisedat\n"
        "from wisedat_client.api.products import list_products\n"
        "from wisedat_client.models import ProductCreate\n"
        "ProductCreate(name='x', colour='red')\n"
        "wisedat.call(list_products.sync_detailed, client=None, sizes=3)\n"
        "wisedat.teleport()\n"
    )
    assert sorted(_problems(code, {})) == [
        "ProductCreate(): no keyword 'colour'",
        "wisedat.call(): no keyword 'sizes'",
        "wisedat.teleport: no such attribute",
    ]
