"""Find an operation of a resource client by its ``<resource>.<method>`` name and call it.

The names are those of the resource-client contract (``client.contatos.list``,
``client.contatos.retrieve``, ...). ``list`` methods return a pager: without ``--all`` its first
page is shown; with ``--all`` every item, page after page, reporting each page to ``on_page``.
"""

from __future__ import annotations

import inspect
import sys
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from erp_adapters.cli.config import ConfigError
from erp_adapters.cli.convert import ConversionError, convert, from_json_value

OnPage = Callable[[int, int, int | None], None]
"""Progress callback: (page_number, items_so_far, last_page_or_None)."""

_SKIPPED = frozenset({"self", "client", "timeout", "extra_headers", "on_page"})


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


# -- names ----------------------------------------------------------------------------------------


def _resource_classes(client_class: type[Any]) -> dict[str, type[Any]]:
    """Resource attribute -> resource class, from the client class's annotations (no connection needed)."""
    namespace = vars(sys.modules[client_class.__module__])
    found: dict[str, type[Any]] = {}
    for name, annotation in inspect.get_annotations(client_class).items():
        kind = namespace.get(annotation) if isinstance(annotation, str) else annotation
        if isinstance(kind, type) and not name.startswith("_"):
            found[name] = kind
    return found


def names_of(client_class: type[Any]) -> list[str]:
    """Every ``<resource>.<method>`` of a resource client class (for ``erp operations``)."""
    return sorted(
        f"{resource}.{method}"
        for resource, kind in _resource_classes(client_class).items()
        for method in _public(kind)
        if inspect.isfunction(getattr(kind, method, None))
    )
