# generated from specs/egestor.yaml — do not edit
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.o_auth_response_type import OAuthResponseType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    response_type: OAuthResponseType,
    client_id: str,
    redirect_uri: str,
    state: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_response_type = response_type.value
    params["response_type"] = json_response_type

    params["client_id"] = client_id

    params["redirect_uri"] = redirect_uri

    params["state"] = state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/oauth/authorize",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 302:
        response_302 = cast(Any, None)
        return response_302

    if response.status_code == 400:
        response_400_json = response.json()
        response_400: Error
        response_400 = Error.from_dict(response_400_json)

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    response_type: OAuthResponseType,
    client_id: str,
    redirect_uri: str,
    state: str | Unset = UNSET,
) -> Response[Any | Error | str]:
    """Authorization page (OAuth2 authorization code)

     Not called by the client library: build this URL and send the user's browser to it. eGestor asks the
    user to log in and approve the application, then redirects the browser to `redirect_uri` with a
    `code` query parameter. With `urn:ietf:wg:oauth:2.0:oob:auto` as `redirect_uri` the code is shown to
    the user instead.

    Args:
        response_type (OAuthResponseType): Fixed value `code` (authorization code grant).
        client_id (str):
        redirect_uri (str):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | str]
    """

    kwargs = _get_kwargs(
        response_type=response_type,
        client_id=client_id,
        redirect_uri=redirect_uri,
        state=state,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    response_type: OAuthResponseType,
    client_id: str,
    redirect_uri: str,
    state: str | Unset = UNSET,
) -> Any | Error | str | None:
    """Authorization page (OAuth2 authorization code)

     Not called by the client library: build this URL and send the user's browser to it. eGestor asks the
    user to log in and approve the application, then redirects the browser to `redirect_uri` with a
    `code` query parameter. With `urn:ietf:wg:oauth:2.0:oob:auto` as `redirect_uri` the code is shown to
    the user instead.

    Args:
        response_type (OAuthResponseType): Fixed value `code` (authorization code grant).
        client_id (str):
        redirect_uri (str):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | str
    """

    return sync_detailed(
        client=client,
        response_type=response_type,
        client_id=client_id,
        redirect_uri=redirect_uri,
        state=state,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    response_type: OAuthResponseType,
    client_id: str,
    redirect_uri: str,
    state: str | Unset = UNSET,
) -> Response[Any | Error | str]:
    """Authorization page (OAuth2 authorization code)

     Not called by the client library: build this URL and send the user's browser to it. eGestor asks the
    user to log in and approve the application, then redirects the browser to `redirect_uri` with a
    `code` query parameter. With `urn:ietf:wg:oauth:2.0:oob:auto` as `redirect_uri` the code is shown to
    the user instead.

    Args:
        response_type (OAuthResponseType): Fixed value `code` (authorization code grant).
        client_id (str):
        redirect_uri (str):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | str]
    """

    kwargs = _get_kwargs(
        response_type=response_type,
        client_id=client_id,
        redirect_uri=redirect_uri,
        state=state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    response_type: OAuthResponseType,
    client_id: str,
    redirect_uri: str,
    state: str | Unset = UNSET,
) -> Any | Error | str | None:
    """Authorization page (OAuth2 authorization code)

     Not called by the client library: build this URL and send the user's browser to it. eGestor asks the
    user to log in and approve the application, then redirects the browser to `redirect_uri` with a
    `code` query parameter. With `urn:ietf:wg:oauth:2.0:oob:auto` as `redirect_uri` the code is shown to
    the user instead.

    Args:
        response_type (OAuthResponseType): Fixed value `code` (authorization code grant).
        client_id (str):
        redirect_uri (str):
        state (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
            response_type=response_type,
            client_id=client_id,
            redirect_uri=redirect_uri,
            state=state,
        )
    ).parsed
