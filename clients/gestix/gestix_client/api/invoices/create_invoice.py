# generated from specs/gestix.yaml — do not edit
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.invoice_create import InvoiceCreate
from ...models.invoice_created import InvoiceCreated
from ...models.print_mode import PrintMode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: InvoiceCreate,
    print_: PrintMode | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_print_: int | Unset = UNSET
    if not isinstance(print_, Unset):
        json_print_ = print_.value

    params["print"] = json_print_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | InvoiceCreated | None:
    if response.status_code == 201:
        response_201_json = response.json()
        response_201: InvoiceCreated
        response_201 = InvoiceCreated.from_dict(response_201_json)

        return response_201

    if response.status_code == 400:
        response_400_json = response.json()
        response_400: Error
        response_400 = Error.from_dict(response_400_json)

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 409:
        response_409_json = response.json()
        response_409: Error
        response_409 = Error.from_dict(response_409_json)

        return response_409

    if response.status_code == 415:
        response_415_json = response.json()
        response_415: Error
        response_415 = Error.from_dict(response_415_json)

        return response_415

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | InvoiceCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: InvoiceCreate,
    print_: PrintMode | Unset = UNSET,
) -> Response[Any | Error | InvoiceCreated]:
    """Create an invoice

     Creates a sales invoice. With `print=1` the server answers with the rendered PDF document instead of
    JSON.

    Args:
        print_ (PrintMode | Unset): 0 = JSON response (no print); 1 = PDF rendering of the
            document.
        body (InvoiceCreate): Invoice to create (fields not documented by the vendor).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | InvoiceCreated]
    """

    kwargs = _get_kwargs(
        body=body,
        print_=print_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: InvoiceCreate,
    print_: PrintMode | Unset = UNSET,
) -> Any | Error | InvoiceCreated | None:
    """Create an invoice

     Creates a sales invoice. With `print=1` the server answers with the rendered PDF document instead of
    JSON.

    Args:
        print_ (PrintMode | Unset): 0 = JSON response (no print); 1 = PDF rendering of the
            document.
        body (InvoiceCreate): Invoice to create (fields not documented by the vendor).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | InvoiceCreated
    """

    return sync_detailed(
        client=client,
        body=body,
        print_=print_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: InvoiceCreate,
    print_: PrintMode | Unset = UNSET,
) -> Response[Any | Error | InvoiceCreated]:
    """Create an invoice

     Creates a sales invoice. With `print=1` the server answers with the rendered PDF document instead of
    JSON.

    Args:
        print_ (PrintMode | Unset): 0 = JSON response (no print); 1 = PDF rendering of the
            document.
        body (InvoiceCreate): Invoice to create (fields not documented by the vendor).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | InvoiceCreated]
    """

    kwargs = _get_kwargs(
        body=body,
        print_=print_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: InvoiceCreate,
    print_: PrintMode | Unset = UNSET,
) -> Any | Error | InvoiceCreated | None:
    """Create an invoice

     Creates a sales invoice. With `print=1` the server answers with the rendered PDF document instead of
    JSON.

    Args:
        print_ (PrintMode | Unset): 0 = JSON response (no print); 1 = PDF rendering of the
            document.
        body (InvoiceCreate): Invoice to create (fields not documented by the vendor).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | InvoiceCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            print_=print_,
        )
    ).parsed
