# generated from specs/wisedat.yaml — do not edit
import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_detail import CustomerDetail
from ...models.customer_list_response import CustomerListResponse
from ...models.errors import Errors
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: int | Unset = UNSET,
    limit: int | Unset = 50,
    page: int | Unset = 1,
    modified_since: datetime.datetime | Unset = UNSET,
    query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    code: str | Unset = UNSET,
    tax_id: str | Unset = UNSET,
    show_inactive: bool | Unset = False,
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

    params["name"] = name

    params["code"] = code

    params["tax_id"] = tax_id

    params["show_inactive"] = show_inactive

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CustomerDetail | CustomerListResponse | Errors | None:
    if response.status_code == 200:
        response_200_json = response.json()
        response_200: CustomerDetail | CustomerListResponse
        try:
            response_200 = CustomerListResponse.from_dict(response_200_json)
        except errors.ParseFailure as _u0_0:
            try:
                response_200 = CustomerDetail.from_dict(response_200_json)
            except errors.ParseFailure as _u0_1:
                raise errors.no_alternative(
                    "", [_u0_0, _u0_1], "an object (CustomerListResponse) or an object (CustomerDetail)"
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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | CustomerDetail | CustomerListResponse | Errors]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    id: int | Unset = UNSET,
    limit: int | Unset = 50,
    page: int | Unset = 1,
    modified_since: datetime.datetime | Unset = UNSET,
    query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    code: str | Unset = UNSET,
    tax_id: str | Unset = UNSET,
    show_inactive: bool | Unset = False,
) -> Response[Any | CustomerDetail | CustomerListResponse | Errors]:
    """List customers or get one customer

     Without `id`, returns one page of customers matching the filters. With `id`, every other parameter
    is ignored and the full record of that customer is returned (inactive customers included).

    Args:
        id (int | Unset):
        limit (int | Unset):  Default: 50.
        page (int | Unset):  Default: 1.
        modified_since (datetime.datetime | Unset):
        query (str | Unset):
        name (str | Unset):
        code (str | Unset):
        tax_id (str | Unset):
        show_inactive (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerDetail | CustomerListResponse | Errors]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        page=page,
        modified_since=modified_since,
        query=query,
        name=name,
        code=code,
        tax_id=tax_id,
        show_inactive=show_inactive,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id: int | Unset = UNSET,
    limit: int | Unset = 50,
    page: int | Unset = 1,
    modified_since: datetime.datetime | Unset = UNSET,
    query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    code: str | Unset = UNSET,
    tax_id: str | Unset = UNSET,
    show_inactive: bool | Unset = False,
) -> Any | CustomerDetail | CustomerListResponse | Errors | None:
    """List customers or get one customer

     Without `id`, returns one page of customers matching the filters. With `id`, every other parameter
    is ignored and the full record of that customer is returned (inactive customers included).

    Args:
        id (int | Unset):
        limit (int | Unset):  Default: 50.
        page (int | Unset):  Default: 1.
        modified_since (datetime.datetime | Unset):
        query (str | Unset):
        name (str | Unset):
        code (str | Unset):
        tax_id (str | Unset):
        show_inactive (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerDetail | CustomerListResponse | Errors
    """

    return sync_detailed(
        client=client,
        id=id,
        limit=limit,
        page=page,
        modified_since=modified_since,
        query=query,
        name=name,
        code=code,
        tax_id=tax_id,
        show_inactive=show_inactive,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: int | Unset = UNSET,
    limit: int | Unset = 50,
    page: int | Unset = 1,
    modified_since: datetime.datetime | Unset = UNSET,
    query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    code: str | Unset = UNSET,
    tax_id: str | Unset = UNSET,
    show_inactive: bool | Unset = False,
) -> Response[Any | CustomerDetail | CustomerListResponse | Errors]:
    """List customers or get one customer

     Without `id`, returns one page of customers matching the filters. With `id`, every other parameter
    is ignored and the full record of that customer is returned (inactive customers included).

    Args:
        id (int | Unset):
        limit (int | Unset):  Default: 50.
        page (int | Unset):  Default: 1.
        modified_since (datetime.datetime | Unset):
        query (str | Unset):
        name (str | Unset):
        code (str | Unset):
        tax_id (str | Unset):
        show_inactive (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CustomerDetail | CustomerListResponse | Errors]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        page=page,
        modified_since=modified_since,
        query=query,
        name=name,
        code=code,
        tax_id=tax_id,
        show_inactive=show_inactive,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: int | Unset = UNSET,
    limit: int | Unset = 50,
    page: int | Unset = 1,
    modified_since: datetime.datetime | Unset = UNSET,
    query: str | Unset = UNSET,
    name: str | Unset = UNSET,
    code: str | Unset = UNSET,
    tax_id: str | Unset = UNSET,
    show_inactive: bool | Unset = False,
) -> Any | CustomerDetail | CustomerListResponse | Errors | None:
    """List customers or get one customer

     Without `id`, returns one page of customers matching the filters. With `id`, every other parameter
    is ignored and the full record of that customer is returned (inactive customers included).

    Args:
        id (int | Unset):
        limit (int | Unset):  Default: 50.
        page (int | Unset):  Default: 1.
        modified_since (datetime.datetime | Unset):
        query (str | Unset):
        name (str | Unset):
        code (str | Unset):
        tax_id (str | Unset):
        show_inactive (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CustomerDetail | CustomerListResponse | Errors
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            limit=limit,
            page=page,
            modified_since=modified_since,
            query=query,
            name=name,
            code=code,
            tax_id=tax_id,
            show_inactive=show_inactive,
        )
    ).parsed
