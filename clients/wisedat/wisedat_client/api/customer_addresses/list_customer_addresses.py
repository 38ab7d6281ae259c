# generated from specs/wisedat.yaml — do not edit
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_address import CustomerAddress
from ...models.errors import Errors
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    customer: int,
    type_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["customer"] = customer

    params["type"] = type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customeraddresses",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Errors | list[CustomerAddress] | None:
    if response.status_code == 200:
        response_200_json = response.json()
        response_200: list[CustomerAddress]
        if type(response_200_json) is not list:
            raise errors.wrong_type("", response_200_json, "an array")
        _p_response_200 = CustomerAddress.from_dict
        try:
            response_200 = [_p_response_200(_x0) for _x0 in response_200_json] if response_200_json else []
        except errors.ParseFailure:
            raise errors.item_failure("", response_200_json, _p_response_200) from None

        return response_200

    if response.status_code == 400:
        response_400_json = response.json()
        response_400: Errors
        response_400 = Errors.from_dict(response_400_json)

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404_json = response.json()
        response_404: Errors
        response_404 = Errors.from_dict(response_404_json)

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Errors | list[CustomerAddress]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    customer: int,
    type_: str | Unset = UNSET,
) -> Response[Any | Errors | list[CustomerAddress]]:
    """List a customer's addresses

     Returns the extra addresses of one customer, optionally only the one of a given type.

    Args:
        customer (int):
        type_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Errors | list[CustomerAddress]]
    """

    kwargs = _get_kwargs(
        customer=customer,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    customer: int,
    type_: str | Unset = UNSET,
) -> Any | Errors | list[CustomerAddress] | None:
    """List a customer's addresses

     Returns the extra addresses of one customer, optionally only the one of a given type.

    Args:
        customer (int):
        type_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Errors | list[CustomerAddress]
    """

    return sync_detailed(
        client=client,
        customer=customer,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    customer: int,
    type_: str | Unset = UNSET,
) -> Response[Any | Errors | list[CustomerAddress]]:
    """List a customer's addresses

     Returns the extra addresses of one customer, optionally only the one of a given type.

    Args:
        customer (int):
        type_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Errors | list[CustomerAddress]]
    """

    kwargs = _get_kwargs(
        customer=customer,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    customer: int,
    type_: str | Unset = UNSET,
) -> Any | Errors | list[CustomerAddress] | None:
    """List a customer's addresses

     Returns the extra addresses of one customer, optionally only the one of a given type.

    Args:
        customer (int):
        type_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Errors | list[CustomerAddress]
    """

    return (
        await asyncio_detailed(
            client=client,
            customer=customer,
            type_=type_,
        )
    ).parsed
