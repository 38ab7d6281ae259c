# generated from specs/gks4.yaml — do not edit
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer import Customer
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    customer_number: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/customers/{customer_number}".format(
            customer_number=quote(str(customer_number), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Customer | Error | None:
    if response.status_code == 200:
        response_200_json = response.json()
        response_200: Customer
        response_200 = Customer.from_dict(response_200_json)

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
) -> Response[Any | Customer | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_number: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Customer | Error]:
    """Get a customer by customer number

     Looks up one customer by its GKS4 customer number.

    Args:
        customer_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Customer | Error]
    """

    kwargs = _get_kwargs(
        customer_number=customer_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_number: str,
    *,
    client: AuthenticatedClient,
) -> Any | Customer | Error | None:
    """Get a customer by customer number

     Looks up one customer by its GKS4 customer number.

    Args:
        customer_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Customer | Error
    """

    return sync_detailed(
        customer_number=customer_number,
        client=client,
    ).parsed


async def asyncio_detailed(
    customer_number: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | Customer | Error]:
    """Get a customer by customer number

     Looks up one customer by its GKS4 customer number.

    Args:
        customer_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Customer | Error]
    """

    kwargs = _get_kwargs(
        customer_number=customer_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_number: str,
    *,
    client: AuthenticatedClient,
) -> Any | Customer | Error | None:
    """Get a customer by customer number

     Looks up one customer by its GKS4 customer number.

    Args:
        customer_number (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Customer | Error
    """

    return (
        await asyncio_detailed(
            customer_number=customer_number,
            client=client,
        )
    ).parsed
