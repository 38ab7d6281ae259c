# generated from specs/egestor.yaml — do not edit
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.record_summary import RecordSummary
from ...models.venda_create import VendaCreate
from ...types import Response


def _get_kwargs(
    *,
    body: VendaCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vendas",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | RecordSummary | None:
    if response.status_code == 200:
        response_200_json = response.json()
        response_200: RecordSummary
        response_200 = RecordSummary.from_dict(response_200_json)

        return response_200

    if response.status_code == 400:
        response_400_json = response.json()
        response_400: Error
        response_400 = Error.from_dict(response_400_json)

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 415:
        response_415_json = response.json()
        response_415: Error
        response_415 = Error.from_dict(response_415_json)

        return response_415

    if response.status_code == 422:
        response_422_json = response.json()
        response_422: Error
        response_422 = Error.from_dict(response_422_json)

        return response_422

    if response.status_code == 429:
        response_429_json = response.json()
        response_429: Error
        response_429 = Error.from_dict(response_429_json)

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | RecordSummary]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VendaCreate,
) -> Response[Any | Error | RecordSummary]:
    """Create a venda

     Creates a sale with its product lines and instalments. A sale cannot be changed later: to correct
    one, delete it and create a new one.

    Args:
        body (VendaCreate): Fields for creating a sale. Sales cannot be edited afterwards.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | RecordSummary]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: VendaCreate,
) -> Any | Error | RecordSummary | None:
    """Create a venda

     Creates a sale with its product lines and instalments. A sale cannot be changed later: to correct
    one, delete it and create a new one.

    Args:
        body (VendaCreate): Fields for creating a sale. Sales cannot be edited afterwards.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | RecordSummary
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VendaCreate,
) -> Response[Any | Error | RecordSummary]:
    """Create a venda

     Creates a sale with its product lines and instalments. A sale cannot be changed later: to correct
    one, delete it and create a new one.

    Args:
        body (VendaCreate): Fields for creating a sale. Sales cannot be edited afterwards.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | RecordSummary]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VendaCreate,
) -> Any | Error | RecordSummary | None:
    """Create a venda

     Creates a sale with its product lines and instalments. A sale cannot be changed later: to correct
    one, delete it and create a new one.

    Args:
        body (VendaCreate): Fields for creating a sale. Sales cannot be edited afterwards.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | RecordSummary
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
