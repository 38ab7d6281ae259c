"""The ``Example:`` of every generated resource-client method is valid, strictly typed Python.

Each example (sync and async; the raw-response twins repeat them) becomes a function of one module
per vendor, which must pass ``mypy --strict``: a renamed method, a changed parameter or a wrong
model in a generated example fails here. (Running them needs a server: examples/ and the README
examples run against the mocks.)
"""

from __future__ import annotations

import importlib
import inspect
import re
import textwrap
from pathlib import Path

import pytest
from mypy import api as mypy_api

from erp_adapters.resources import AsyncResource, SyncResource

ROOT = Path(__file__).resolve().parents[2]
VENDORS = ("egestor", "gestix", "gks4", "quickstart", "wisedat")
EXAMPLE = re.compile(r"Example:\n\s*```python\n(.*?)\n\s*```", re.S)


def examples(vendor: str) -> dict[str, tuple[bool, str]]:
    """``Resource.method`` -> (async?, example source) for every method of the vendor's resource client."""
    module = importlib.import_module(f"erp_adapters._generated.{vendor}_resources")
    found: dict[str, tuple[bool, str]] = {}
    for cls_name, cls in inspect.getmembers(module, inspect.isclass):
        if not issubclass(cls, SyncResource | AsyncResource) or cls.__module__ != module.__name__:
            continue
        for name, fn in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith("_"):
                continue
            match = EXAMPLE.search(inspect.getdoc(fn) or "")
            assert match, f"{cls_name}.{name} has no Example"
            found[f"{cls_name}.{name}"] = (issubclass(cls, AsyncResource), textwrap.dedent(match.group(1)))
    return found


def test_every_method_has_an_example_for_its_own_call() -> None:
    for vendor in VENDORS:
        for label, (_, source) in examples(vendor).items():
            method = label.rsplit(".", 1)[1]
            assert f".{method}(" in source, f"{vendor} {label}: the example does not call {method}"


@pytest.mark.parametrize("vendor", VENDORS)
def test_examples_pass_mypy_strict(vendor: str, tmp_path: Path) -> None:
    parts = ["from __future__ import annotations", ""]
    for index, (label, (is_async, source)) in enumerate(sorted(examples(vendor).items())):
        header = f"{'async ' if is_async else ''}def example_{index}() -> None:  # {label}"
        parts += [header, textwrap.indent(source, "    "), ""]
    path = tmp_path / f"{vendor}_examples.py"
    path.write_text("\n".join(parts), encoding="utf-8")
    out, err, status = mypy_api.run(
        ["--strict", "--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(ROOT / ".mypy_cache"), str(path)]
    )
    assert status == 0, out + err
