# generated from specs/egestor.yaml — do not edit
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.recebimento_detail import RecebimentoDetail
from ...types import Response


def _get_kwargs(
    codigo: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/recebimentos/{codigo}".format(
            codigo=quote(str(codigo), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | RecebimentoDetail | None:
    if response.status_code == 200:
        response_200_json = response.json()
        response_200: RecebimentoDetail
        response_200 = RecebimentoDetail.from_dict(response_200_json)

        return response_200

    if response.status_code == 400:
        response_400_json = response.json()
        response_400: Error
        response_400 = Error.from_dict(response_400_json)

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404_json = response.json()
        response_404: Error
        response_404 = Error.from_dict(response_404_json)

        return response_404

    if response.status_code == 410:
        response_410_json = response.json()
        response_410: Error
        response_410 = Error.from_dict(response_410_json)

        return response_410

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
) -> Response[Any | Error | RecebimentoDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    codigo: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error | RecebimentoDetail]:
    """Get a recebimento

     Returns every field of one receivable.

    Args:
        codigo (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | RecebimentoDetail]
    """

    kwargs = _get_kwargs(
        codigo=codigo,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    codigo: int,
    *,
    client: AuthenticatedClient,
) -> Any | Error | RecebimentoDetail | None:
    """Get a recebimento

     Returns every field of one receivable.

    Args:
        codigo (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | RecebimentoDetail
    """

    return sync_detailed(
        codigo=codigo,
        client=client,
    ).parsed


async def asyncio_detailed(
    codigo: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Error | RecebimentoDetail]:
    """Get a recebimento

     Returns every field of one receivable.

    Args:
        codigo (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | RecebimentoDetail]
    """

    kwargs = _get_kwargs(
        codigo=codigo,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    codigo: int,
    *,
    client: AuthenticatedClient,
) -> Any | Error | RecebimentoDetail | None:
    """Get a recebimento

     Returns every field of one receivable.

    Args:
        codigo (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | RecebimentoDetail
    """

    return (
        await asyncio_detailed(
            codigo=codigo,
            client=client,
        )
    ).parsed
