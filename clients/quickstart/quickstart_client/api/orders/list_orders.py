# generated from specs/quickstart.yaml — do not edit
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.list_filter import ListFilter
from ...models.order import Order
from ...models.order_page import OrderPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    filter_: ListFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["sort"] = sort

    json_filter_: dict[str, Any] | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.to_dict()
    if not isinstance(json_filter_, Unset):
        params.update(json_filter_)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orders",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | list[Order] | OrderPage | None:
    if response.status_code == 200:
        response_200_json = response.json()
        response_200: list[Order] | OrderPage
        try:
            response_200 = OrderPage.from_dict(response_200_json)
        except errors.ParseFailure as _u0_0:
            try:
                if type(response_200_json) is not list:
                    raise errors.wrong_type("", response_200_json, "an array")
                _p_response_200 = Order.from_dict
                try:
                    response_200 = [_p_response_200(_x1) for _x1 in response_200_json] if response_200_json else []
                except errors.ParseFailure:
                    raise errors.item_failure("", response_200_json, _p_response_200) from None
            except errors.ParseFailure as _u0_1:
                raise errors.no_alternative("", [_u0_0, _u0_1], "an object (OrderPage) or an array") from None

        return response_200

    if response.status_code == 400:
        response_400_json = response.json()
        response_400: Error
        response_400 = Error.from_dict(response_400_json)

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | list[Order] | OrderPage]:
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
    sort: str | Unset = UNSET,
    filter_: ListFilter | Unset = UNSET,
) -> Response[Any | Error | list[Order] | OrderPage]:
    """List orders

     Returns orders, paginated when `page` is given (or when the user's role turns pagination on),
    optionally sorted and filtered.

    Args:
        page (int | Unset):
        sort (str | Unset):
        filter_ (ListFilter | Unset): Field name to comma-separated list of accepted values,
            serialised as `filter[<field>]=<values>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[Order] | OrderPage]
    """

    kwargs = _get_kwargs(
        page=page,
        sort=sort,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    filter_: ListFilter | Unset = UNSET,
) -> Any | Error | list[Order] | OrderPage | None:
    """List orders

     Returns orders, paginated when `page` is given (or when the user's role turns pagination on),
    optionally sorted and filtered.

    Args:
        page (int | Unset):
        sort (str | Unset):
        filter_ (ListFilter | Unset): Field name to comma-separated list of accepted values,
            serialised as `filter[<field>]=<values>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[Order] | OrderPage
    """

    return sync_detailed(
        client=client,
        page=page,
        sort=sort,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    filter_: ListFilter | Unset = UNSET,
) -> Response[Any | Error | list[Order] | OrderPage]:
    """List orders

     Returns orders, paginated when `page` is given (or when the user's role turns pagination on),
    optionally sorted and filtered.

    Args:
        page (int | Unset):
        sort (str | Unset):
        filter_ (ListFilter | Unset): Field name to comma-separated list of accepted values,
            serialised as `filter[<field>]=<values>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | list[Order] | OrderPage]
    """

    kwargs = _get_kwargs(
        page=page,
        sort=sort,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    sort: str | Unset = UNSET,
    filter_: ListFilter | Unset = UNSET,
) -> Any | Error | list[Order] | OrderPage | None:
    """List orders

     Returns orders, paginated when `page` is given (or when the user's role turns pagination on),
    optionally sorted and filtered.

    Args:
        page (int | Unset):
        sort (str | Unset):
        filter_ (ListFilter | Unset): Field name to comma-separated list of accepted values,
            serialised as `filter[<field>]=<values>`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | list[Order] | OrderPage
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            sort=sort,
            filter_=filter_,
        )
    ).parsed
