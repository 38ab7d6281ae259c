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
from erp_adapters.resources import AsyncResource, SyncResource

OnPage = Callable[[int, int, int | None], None]
"""Progress callback: (page_number, items_so_far, last_page_or_None)."""

_SKIPPED = frozenset({"self", "client", "timeout", "extra_headers", "on_page"})


class OperationError(ConfigError):
    """No such operation, or arguments that do not fit it."""


@dataclass(frozen=True)
class Operation:
    """One operation: its parameters and their annotations, and how to call it (``run_all``: lists only)."""

    name: str
    parameters: Mapping[str, inspect.Parameter]
    hints: Mapping[str, Any]
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
    except Exception:  # an annotation that does not resolve here: its parameter is passed as a string
        hints = {}
    return parameters, hints


# -- resource client ---------------------------------------------------------------------------


def from_resource_client(client: Any, name: str) -> Operation:
    """``client.<resource>.<method>`` as an :class:`Operation` (only the client's resources and their methods)."""
    resource_name, _, method_name = name.partition(".")
    resources = _resource_classes(type(client))
    if resource_name not in resources:
        raise OperationError(f"no resource {resource_name!r}; resources: {', '.join(sorted(resources))}")
    methods = _methods(resources[resource_name])
    if method_name not in methods:
        raise OperationError(f"{resource_name} has no method {method_name!r}; methods: {', '.join(methods)}")
    method = getattr(getattr(client, resource_name), method_name)
    parameters, hints = _introspect(method)
    is_list = method_name == "list"

    def run(kwargs: dict[str, Any]) -> Any:
        result = method(**kwargs)
        return list(next(iter(result.pages()), [])) if is_list else result  # a list: its first page

    def run_all(kwargs: dict[str, Any], on_page: OnPage) -> Iterator[Any]:
        return iter(method(**kwargs, on_page=on_page))

    return Operation(name, parameters, hints, run, run_all if is_list else None)


def _methods(resource_class: type[Any]) -> list[str]:
    """The public methods a resource class defines (its operations)."""
    return sorted(
        n
        for n in dir(resource_class)
        if not n.startswith("_") and n != "with_raw_response" and inspect.isfunction(getattr(resource_class, n))
    )


# -- names ----------------------------------------------------------------------------------------


def _resource_classes(client_class: type[Any]) -> dict[str, type[Any]]:
    """Resource attribute -> resource class, from the client class's annotations (no connection needed).

    Only resource classes count: the client's other typed attributes (its low-level ``client``) are not operations.
    """
    namespace = vars(sys.modules[client_class.__module__])
    found: dict[str, type[Any]] = {}
    for name, annotation in inspect.get_annotations(client_class).items():
        kind = namespace.get(annotation) if isinstance(annotation, str) else annotation
        if isinstance(kind, type) and issubclass(kind, SyncResource | AsyncResource) and not name.startswith("_"):
            found[name] = kind
    return found


def names_of(client_class: type[Any]) -> list[str]:
    """Every ``<resource>.<method>`` of a resource client class (for ``erp operations``)."""
    return sorted(f"{r}.{m}" for r, kind in _resource_classes(client_class).items() for m in _methods(kind))
