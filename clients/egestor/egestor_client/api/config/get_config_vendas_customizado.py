# generated from specs/egestor.yaml — do not edit
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.config_vendas_customizado import ConfigVendasCustomizado
from ...models.error import Error
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/config/vendas/customizado",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ConfigVendasCustomizado | Error | None:
    if response.status_code == 200:
        response_200_json = response.json()
        response_200: ConfigVendasCustomizado
        response_200 = ConfigVendasCustomizado.from_dict(response_200_json)

        return response_200

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
) -> Response[Any | ConfigVendasCustomizado | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any | ConfigVendasCustomizado | Error]:
    """Get custom sale field labels

     Returns the labels the account gave to the up to four custom sale fields (xCampo1 to xCampo4), i.e.
    how they are presented to users.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConfigVendasCustomizado | Error]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Any | ConfigVendasCustomizado | Error | None:
    """Get custom sale field labels

     Returns the labels the account gave to the up to four custom sale fields (xCampo1 to xCampo4), i.e.
    how they are presented to users.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConfigVendasCustomizado | Error
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Any | ConfigVendasCustomizado | Error]:
    """Get custom sale field labels

     Returns the labels the account gave to the up to four custom sale fields (xCampo1 to xCampo4), i.e.
    how they are presented to users.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ConfigVendasCustomizado | Error]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Any | ConfigVendasCustomizado | Error | None:
    """Get custom sale field labels

     Returns the labels the account gave to the up to four custom sale fields (xCampo1 to xCampo4), i.e.
    how they are presented to users.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ConfigVendasCustomizado | Error
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
