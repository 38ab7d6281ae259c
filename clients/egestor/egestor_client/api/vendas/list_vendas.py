# generated from specs/egestor.yaml — do not edit
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.venda_list import VendaList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    filtro: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["filtro"] = filtro

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vendas",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | VendaList | None:
    if response.status_code == 200:
        response_200_json = response.json()
        response_200: VendaList
        response_200 = VendaList.from_dict(response_200_json)

        return response_200

    if response.status_code == 400:
        response_400_json = response.json()
        response_400: Error
        response_400 = Error.from_dict(response_400_json)

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

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
) -> Response[Any | Error | VendaList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    filtro: str | Unset = UNSET,
) -> Response[Any | Error | VendaList]:
    """List vendas

     Returns one page (50 records) of sales, optionally filtered by `filtro`.

    Args:
        page (int | Unset):
        filtro (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | VendaList]
    """

    kwargs = _get_kwargs(
        page=page,
        filtro=filtro,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    filtro: str | Unset = UNSET,
) -> Any | Error | VendaList | None:
    """List vendas

     Returns one page (50 records) of sales, optionally filtered by `filtro`.

    Args:
        page (int | Unset):
        filtro (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | VendaList
    """

    return sync_detailed(
        client=client,
        page=page,
        filtro=filtro,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    filtro: str | Unset = UNSET,
) -> Response[Any | Error | VendaList]:
    """List vendas

     Returns one page (50 records) of sales, optionally filtered by `filtro`.

    Args:
        page (int | Unset):
        filtro (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | VendaList]
    """

    kwargs = _get_kwargs(
        page=page,
        filtro=filtro,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    filtro: str | Unset = UNSET,
) -> Any | Error | VendaList | None:
    """List vendas

     Returns one page (50 records) of sales, optionally filtered by `filtro`.

    Args:
        page (int | Unset):
        filtro (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | VendaList
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            filtro=filtro,
        )
    ).parsed
