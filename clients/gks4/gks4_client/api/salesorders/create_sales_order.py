# generated from specs/gks4.yaml — do not edit
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sales_order_create import SalesOrderCreate
from ...models.sales_order_created import SalesOrderCreated
from ...types import Response


def _get_kwargs(
    *,
    body: SalesOrderCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/salesorders",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | SalesOrderCreated | None:
    if response.status_code == 200:
        response_200_json = response.json()
        response_200: SalesOrderCreated
        response_200 = SalesOrderCreated.from_dict(response_200_json)

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

    if response.status_code == 415:
        response_415_json = response.json()
        response_415: Error
        response_415 = Error.from_dict(response_415_json)

        return response_415

    if response.status_code == 500:
        response_500_json = response.json()
        response_500: Error
        response_500 = Error.from_dict(response_500_json)

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | SalesOrderCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SalesOrderCreate,
) -> Response[Any | Error | SalesOrderCreated]:
    """Place a sales order

     Places a sales order for an existing GKS4 customer, with its order lines and, per line, optional
    allotments that split the quantity over several delivery addresses. Returns the number of the
    created order.

    Args:
        body (SalesOrderCreate): A sales order to place in GKS4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | SalesOrderCreated]
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
    body: SalesOrderCreate,
) -> Any | Error | SalesOrderCreated | None:
    """Place a sales order

     Places a sales order for an existing GKS4 customer, with its order lines and, per line, optional
    allotments that split the quantity over several delivery addresses. Returns the number of the
    created order.

    Args:
        body (SalesOrderCreate): A sales order to place in GKS4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | SalesOrderCreated
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SalesOrderCreate,
) -> Response[Any | Error | SalesOrderCreated]:
    """Place a sales order

     Places a sales order for an existing GKS4 customer, with its order lines and, per line, optional
    allotments that split the quantity over several delivery addresses. Returns the number of the
    created order.

    Args:
        body (SalesOrderCreate): A sales order to place in GKS4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | SalesOrderCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SalesOrderCreate,
) -> Any | Error | SalesOrderCreated | None:
    """Place a sales order

     Places a sales order for an existing GKS4 customer, with its order lines and, per line, optional
    allotments that split the quantity over several delivery addresses. Returns the number of the
    created order.

    Args:
        body (SalesOrderCreate): A sales order to place in GKS4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | SalesOrderCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
