# generated from specs/wisedat.yaml — do not edit
import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.errors import Errors
from ...models.order_detail import OrderDetail
from ...models.order_list_response import OrderListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    limit: int | Unset = 50,
    page: int | Unset = 1,
    modified_since: datetime.datetime | Unset = UNSET,
    query: str | Unset = UNSET,
    closed: bool | Unset = UNSET,
    customer: str | Unset = UNSET,
    salesman: str | Unset = UNSET,
    series: str | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    expiration_date: datetime.date | Unset = UNSET,
    your_reference: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["limit"] = limit

    params["page"] = page

    json_modified_since: str | Unset = UNSET
    if not isinstance(modified_since, Unset):
        json_modified_since = modified_since.isoformat()
    params["modified_since"] = json_modified_since

    params["query"] = query

    params["closed"] = closed

    params["customer"] = customer

    params["salesman"] = salesman

    params["series"] = series

    json_date: str | Unset = UNSET
    if not isinstance(date, Unset):
        json_date = date.isoformat()
    params["date"] = json_date

    json_expiration_date: str | Unset = UNSET
    if not isinstance(expiration_date, Unset):
        json_expiration_date = expiration_date.isoformat()
    params["expiration_date"] = json_expiration_date

    params["your_reference"] = your_reference

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Errors | OrderDetail | OrderListResponse | None:
    if response.status_code == 200:
        response_200_json = response.json()
        response_200: OrderDetail | OrderListResponse
        try:
            response_200 = OrderListResponse.from_dict(response_200_json)
        except errors.ParseFailure as _u0_0:
            try:
                response_200 = OrderDetail.from_dict(response_200_json)
            except errors.ParseFailure as _u0_1:
                raise errors.no_alternative(
                    "", [_u0_0, _u0_1], "an object (OrderListResponse) or an object (OrderDetail)"
                ) from None

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

    if response.status_code == 409:
        response_409_json = response.json()
        response_409: Errors
        response_409 = Errors.from_dict(response_409_json)

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Errors | OrderDetail | OrderListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    limit: int | Unset = 50,
    page: int | Unset = 1,
    modified_since: datetime.datetime | Unset = UNSET,
    query: str | Unset = UNSET,
    closed: bool | Unset = UNSET,
    customer: str | Unset = UNSET,
    salesman: str | Unset = UNSET,
    series: str | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    expiration_date: datetime.date | Unset = UNSET,
    your_reference: str | Unset = UNSET,
) -> Response[Any | Errors | OrderDetail | OrderListResponse]:
    """List orders or get one order

     Without `id`, returns one page of orders matching the filters. With `id`, every other parameter is
    ignored and the full order, items included, is returned. An order altered by another application in
    a way the API cannot represent yields 409.

    Args:
        id (str | Unset):
        limit (int | Unset):  Default: 50.
        page (int | Unset):  Default: 1.
        modified_since (datetime.datetime | Unset):
        query (str | Unset):
        closed (bool | Unset):
        customer (str | Unset):
        salesman (str | Unset):
        series (str | Unset):
        date (datetime.date | Unset):
        expiration_date (datetime.date | Unset):
        your_reference (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Errors | OrderDetail | OrderListResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        page=page,
        modified_since=modified_since,
        query=query,
        closed=closed,
        customer=customer,
        salesman=salesman,
        series=series,
        date=date,
        expiration_date=expiration_date,
        your_reference=your_reference,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    limit: int | Unset = 50,
    page: int | Unset = 1,
    modified_since: datetime.datetime | Unset = UNSET,
    query: str | Unset = UNSET,
    closed: bool | Unset = UNSET,
    customer: str | Unset = UNSET,
    salesman: str | Unset = UNSET,
    series: str | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    expiration_date: datetime.date | Unset = UNSET,
    your_reference: str | Unset = UNSET,
) -> Any | Errors | OrderDetail | OrderListResponse | None:
    """List orders or get one order

     Without `id`, returns one page of orders matching the filters. With `id`, every other parameter is
    ignored and the full order, items included, is returned. An order altered by another application in
    a way the API cannot represent yields 409.

    Args:
        id (str | Unset):
        limit (int | Unset):  Default: 50.
        page (int | Unset):  Default: 1.
        modified_since (datetime.datetime | Unset):
        query (str | Unset):
        closed (bool | Unset):
        customer (str | Unset):
        salesman (str | Unset):
        series (str | Unset):
        date (datetime.date | Unset):
        expiration_date (datetime.date | Unset):
        your_reference (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Errors | OrderDetail | OrderListResponse
    """

    return sync_detailed(
        client=client,
        id=id,
        limit=limit,
        page=page,
        modified_since=modified_since,
        query=query,
        closed=closed,
        customer=customer,
        salesman=salesman,
        series=series,
        date=date,
        expiration_date=expiration_date,
        your_reference=your_reference,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    limit: int | Unset = 50,
    page: int | Unset = 1,
    modified_since: datetime.datetime | Unset = UNSET,
    query: str | Unset = UNSET,
    closed: bool | Unset = UNSET,
    customer: str | Unset = UNSET,
    salesman: str | Unset = UNSET,
    series: str | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    expiration_date: datetime.date | Unset = UNSET,
    your_reference: str | Unset = UNSET,
) -> Response[Any | Errors | OrderDetail | OrderListResponse]:
    """List orders or get one order

     Without `id`, returns one page of orders matching the filters. With `id`, every other parameter is
    ignored and the full order, items included, is returned. An order altered by another application in
    a way the API cannot represent yields 409.

    Args:
        id (str | Unset):
        limit (int | Unset):  Default: 50.
        page (int | Unset):  Default: 1.
        modified_since (datetime.datetime | Unset):
        query (str | Unset):
        closed (bool | Unset):
        customer (str | Unset):
        salesman (str | Unset):
        series (str | Unset):
        date (datetime.date | Unset):
        expiration_date (datetime.date | Unset):
        your_reference (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Errors | OrderDetail | OrderListResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        page=page,
        modified_since=modified_since,
        query=query,
        closed=closed,
        customer=customer,
        salesman=salesman,
        series=series,
        date=date,
        expiration_date=expiration_date,
        your_reference=your_reference,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: str | Unset = UNSET,
    limit: int | Unset = 50,
    page: int | Unset = 1,
    modified_since: datetime.datetime | Unset = UNSET,
    query: str | Unset = UNSET,
    closed: bool | Unset = UNSET,
    customer: str | Unset = UNSET,
    salesman: str | Unset = UNSET,
    series: str | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    expiration_date: datetime.date | Unset = UNSET,
    your_reference: str | Unset = UNSET,
) -> Any | Errors | OrderDetail | OrderListResponse | None:
    """List orders or get one order

     Without `id`, returns one page of orders matching the filters. With `id`, every other parameter is
    ignored and the full order, items included, is returned. An order altered by another application in
    a way the API cannot represent yields 409.

    Args:
        id (str | Unset):
        limit (int | Unset):  Default: 50.
        page (int | Unset):  Default: 1.
        modified_since (datetime.datetime | Unset):
        query (str | Unset):
        closed (bool | Unset):
        customer (str | Unset):
        salesman (str | Unset):
        series (str | Unset):
        date (datetime.date | Unset):
        expiration_date (datetime.date | Unset):
        your_reference (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Errors | OrderDetail | OrderListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            limit=limit,
            page=page,
            modified_since=modified_since,
            query=query,
            closed=closed,
            customer=customer,
            salesman=salesman,
            series=series,
            date=date,
            expiration_date=expiration_date,
            your_reference=your_reference,
        )
    ).parsed
