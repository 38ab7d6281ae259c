"""Find an operation by its ``<resource>.<method>`` name and call it with converted arguments.

Two sources, tried in this order:

* the vendor's **resource client** (``client.products.list``): the names of the resource-client
  contract, list methods return a pager (``on_page=`` progress, iterate for every item);
* the **functional layer** (``<client_package>.api.<tag>.<operation_module>.sync_detailed`` called
  through the vendor's ``call``/``paginate``), addressed as ``<tag>.<method>`` where method is the
  contract's name (``list``, ``retrieve``, ``create``, ``retrieve_contato``, ...) or the operation
  module's own name (``contatos.get_contato``). Used when the vendor has no resource client.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from erp_adapters.cli.config import ConfigError
from erp_adapters.cli.convert import ConversionError, convert, from_json_value

OnPage = Callable[[int, int, int | None], None]
"""Progress callback: (page_number, items_so_far, last_page_or_None)."""

_SKIPPED = frozenset({"self", "client", "timeout", "extra_headers", "on_page"})
_VERBS = {"list": "list", "create": "create", "update": "update", "delete": "delete"}


class OperationError(ConfigError):
    """No such operation, or arguments that do not fit it."""


@dataclass(frozen=True)
class Operation:
    """One callable operation with its parameters (name -> annotation) and how to call it."""

    name: str
    function: Callable[..., Any]
    parameters: Mapping[str, inspect.Parameter]
    hints: Mapping[str, Any]
    is_list: bool
    run: Callable[[dict[str, Any]], Any]
    run_all: Callable[[dict[str, Any], OnPage], Iterator[Any]] | None

    def arguments(self, params: Mapping[str, str], body: Any | None) -> dict[str, Any]:
        """``params`` (strings) and ``body`` (decoded JSON) converted to the annotated types."""
        unknown = sorted(set(params) - set(self.parameters))
        if unknown:
            raise OperationError(
                f"{self.name}: unknown parameter(s) {', '.join(unknown)}; it takes: {self.signature()}"
            )
        kwargs: dict[str, Any] = {}
        for name, text in params.items():
            if name == "body":
                raise OperationError("give the request body with --body FILE (or - for stdin), not --param")
            try:
                kwargs[name] = convert(self.hints.get(name, str), text)
            except ConversionError as exc:
                raise OperationError(f"{self.name}: --param {name}: {exc}") from None
        if body is not None:
            if "body" not in self.parameters:
                raise OperationError(f"{self.name} takes no request body")
            try:
                kwargs["body"] = from_json_value(self.hints.get("body", Any), body)
            except ConversionError as exc:
                raise OperationError(f"{self.name}: --body: {exc}") from None
        missing = [n for n, p in self.parameters.items() if p.default is inspect.Parameter.empty and n not in kwargs]
        if missing:
            how = ", ".join("--body FILE" if n == "body" else f"--param {n}=..." for n in missing)
            raise OperationError(f"{self.name}: missing {how}")
        return kwargs

    def signature(self) -> str:
        """The parameters for a help line: ``codigo (required), filtro, page``."""
        return (
            ", ".join(
                f"{n} (required)" if p.default is inspect.Parameter.empty else n for n, p in self.parameters.items()
            )
            or "no parameters"
        )


def _introspect(function: Callable[..., Any]) -> tuple[dict[str, inspect.Parameter], dict[str, Any]]:
    signature = inspect.signature(function)
    parameters = {
        n: p
        for n, p in signature.parameters.items()
        if n not in _SKIPPED and p.kind not in (inspect.Parameter.VAR_KEYWORD, inspect.Parameter.VAR_POSITIONAL)
    }
    try:
        hints = typing.get_type_hints(function)
    except Exception:  # one annotation does not resolve here: resolve the parameters one by one
        hints = {n: _resolved(function, p.annotation) for n, p in parameters.items()}
    return parameters, hints


def _resolved(function: Callable[..., Any], annotation: Any) -> Any:
    """A string annotation evaluated in the function's module; ``str`` when it cannot be."""
    if not isinstance(annotation, str):
        return annotation
    namespace = dict(getattr(inspect.unwrap(function), "__globals__", {}))
    try:
        return eval(annotation, namespace)  # noqa: S307 - an annotation of our own generated code
    except Exception:
        return str


# -- resource client ---------------------------------------------------------------------------


def from_resource_client(client: Any, name: str) -> Operation:
    """``client.<resource>.<method>`` as an :class:`Operation`."""
    resource_name, _, method_name = name.partition(".")
    resource = getattr(client, resource_name, None) if resource_name and not resource_name.startswith("_") else None
    if resource is None:
        raise OperationError(f"no resource {resource_name!r}; resources: {', '.join(resource_names(client))}")
    method = getattr(resource, method_name, None) if method_name and not method_name.startswith("_") else None
    if not callable(method):
        raise OperationError(f"{resource_name} has no method {method_name!r}; methods: {', '.join(_public(resource))}")
    parameters, hints = _introspect(method)
    is_list = method_name == "list"

    def run(kwargs: dict[str, Any]) -> Any:
        result = method(**kwargs)
        if is_list:  # one page: the first the pager fetches
            return next(iter(_page_items(page) for page in result.pages()), [])
        return result

    def run_all(kwargs: dict[str, Any], on_page: OnPage) -> Iterator[Any]:
        return iter(method(**kwargs, on_page=on_page))

    return Operation(name, method, parameters, hints, is_list, run, run_all if is_list else None)


def _page_items(page: Any) -> list[Any]:
    items = getattr(page, "items", page)
    return list(items() if callable(items) else items)


def _public(thing: Any) -> list[str]:
    return sorted(n for n in dir(thing) if not n.startswith("_") and n != "with_raw_response")


def resource_names(client: Any) -> list[str]:
    """The resource attributes of a resource client."""
    return [
        n for n in _public(client) if not callable(getattr(client, n, None)) and hasattr(getattr(client, n), "__dict__")
    ]


# -- functional layer --------------------------------------------------------------------------


def _client_package(vendor: str) -> ModuleType:
    return importlib.import_module(f"{vendor}_client.api")


def _modules(vendor: str) -> dict[str, dict[str, ModuleType]]:
    """Map each tag to {operation module name: module} of the vendor's generated client."""
    api = _client_package(vendor)
    found: dict[str, dict[str, ModuleType]] = {}
    for tag in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{api.__name__}.{tag.name}")
        found[tag.name] = {
            op.name: importlib.import_module(f"{package.__name__}.{op.name}")
            for op in pkgutil.iter_modules(package.__path__)
        }
    return found


def _singular(word: str) -> str:
    word = word.replace("_", "")
    for plural, single in (("ies", "y"), ("men", "man"), ("sses", "ss"), ("shes", "sh"), ("ches", "ch"), ("xes", "x")):
        if word.endswith(plural):
            return word[: -len(plural)] + single
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _same_noun(word: str, tag: str) -> bool:
    """Whether ``word`` names the tag's noun, singular or plural (``category``/``categories``)."""
    return _singular(word) == _singular(tag)


def method_name(operation: str, tag: str, has_identifier: bool) -> str:
    """The resource-client method name of ``operation`` (an operationId in snake_case) under ``tag``."""
    verb, *rest = operation.split("_")
    remainder = rest
    for cut in range(len(rest), 0, -1):
        if _same_noun("_".join(rest[:cut]), tag):
            remainder = rest[cut:]
            break
    verb = ("retrieve" if has_identifier else "get") if verb == "get" else _VERBS.get(verb, verb)
    return "_".join([verb, *remainder])


def _has_identifier(function: Callable[..., Any]) -> bool:
    return any(
        p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD for p in inspect.signature(function).parameters.values()
    )


def functional_names(vendor: str) -> dict[str, tuple[str, ModuleType]]:
    """``<tag>.<method>`` (and ``<tag>.<operation_module>``) -> (contract name, operation module)."""
    names: dict[str, tuple[str, ModuleType]] = {}
    for tag, modules in _modules(vendor).items():
        for module_name, module in modules.items():
            if not hasattr(module, "sync_detailed"):
                continue
            short = f"{tag}.{method_name(module_name, tag, _has_identifier(module.sync_detailed))}"
            names.setdefault(short, (short, module))
            names.setdefault(f"{tag}.{module_name}", (short, module))
            if short.endswith(".list") and "id" in inspect.signature(module.sync_detailed).parameters:
                # A list that returns one record when given its id (Wisedat): also ``retrieve`` (id=...)
                names.setdefault(f"{tag}.retrieve", (f"{tag}.retrieve", module))
    return names


def from_functional(vendor_module: ModuleType, vendor: str, client: Any, name: str) -> Operation:
    """``name`` in the vendor's functional layer as an :class:`Operation`."""
    names = functional_names(vendor)
    if name not in names:
        choices = sorted({short for short, _ in names.values()})
        raise OperationError(f"{vendor} has no operation {name!r}; operations: {', '.join(choices)}")
    short, module = names[name]
    function = module.sync_detailed
    parameters, hints = _introspect(function)
    is_list = short.endswith(".list")
    if short.endswith(".retrieve") and "id" in parameters:
        parameters["id"] = parameters["id"].replace(default=inspect.Parameter.empty)  # required here

    def run(kwargs: dict[str, Any]) -> Any:
        return vendor_module.call(function, client=client, **kwargs)

    def run_all(kwargs: dict[str, Any], on_page: OnPage) -> Iterator[Any]:
        return _counting(vendor_module.paginate(function, client=client, **kwargs), on_page)

    return Operation(short, function, parameters, hints, is_list, run, run_all if is_list else None)


def _counting(items: Iterator[Any], on_page: OnPage) -> Iterator[Any]:
    """Pass ``items`` through, reporting the count (page numbers are not known at this layer)."""
    for count, item in enumerate(items, start=1):
        on_page(0, count, None)
        yield item


def names_of(vendor: str) -> list[str]:
    """Every ``<resource>.<method>`` of the vendor's functional layer (for ``erp operations``)."""
    return sorted({short for short, _ in functional_names(vendor).values()})
