from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.invoice import Invoice
from ...models.invoice_page import InvoicePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    metadata: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["metadata"] = metadata

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | InvoicePage | list[Invoice] | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> InvoicePage | list[Invoice]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = InvoicePage.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_1 = []
            _response_200_type_1 = data
            for componentsschemas_invoice_list_item_data in _response_200_type_1:
                componentsschemas_invoice_list_item = Invoice.from_dict(componentsschemas_invoice_list_item_data)

                response_200_type_1.append(componentsschemas_invoice_list_item)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

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
) -> Response[Any | Error | InvoicePage | list[Invoice]]:
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
    metadata: bool | Unset = UNSET,
) -> Response[Any | Error | InvoicePage | list[Invoice]]:
    """List invoices

     Returns invoices, paginated when `page` is given (or when the user's role turns pagination on). A
    paginated request with `metadata` also returns aggregate values such as totals.

    Args:
        page (int | Unset):
        metadata (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | InvoicePage | list[Invoice]]
    """

    kwargs = _get_kwargs(
        page=page,
        metadata=metadata,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    metadata: bool | Unset = UNSET,
) -> Any | Error | InvoicePage | list[Invoice] | None:
    """List invoices

     Returns invoices, paginated when `page` is given (or when the user's role turns pagination on). A
    paginated request with `metadata` also returns aggregate values such as totals.

    Args:
        page (int | Unset):
        metadata (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | InvoicePage | list[Invoice]
    """

    return sync_detailed(
        client=client,
        page=page,
        metadata=metadata,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    metadata: bool | Unset = UNSET,
) -> Response[Any | Error | InvoicePage | list[Invoice]]:
    """List invoices

     Returns invoices, paginated when `page` is given (or when the user's role turns pagination on). A
    paginated request with `metadata` also returns aggregate values such as totals.

    Args:
        page (int | Unset):
        metadata (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | InvoicePage | list[Invoice]]
    """

    kwargs = _get_kwargs(
        page=page,
        metadata=metadata,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
    metadata: bool | Unset = UNSET,
) -> Any | Error | InvoicePage | list[Invoice] | None:
    """List invoices

     Returns invoices, paginated when `page` is given (or when the user's role turns pagination on). A
    paginated request with `metadata` also returns aggregate values such as totals.

    Args:
        page (int | Unset):
        metadata (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | InvoicePage | list[Invoice]
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            metadata=metadata,
        )
    ).parsed
