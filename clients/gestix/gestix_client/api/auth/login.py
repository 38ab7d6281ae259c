# generated from specs/gestix.yaml — do not edit
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.login_request import LoginRequest
from ...models.session_token import SessionToken
from ...types import Response


def _get_kwargs(
    *,
    body: LoginRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error | SessionToken | None:
    if response.status_code == 200:
        response_200_json = response.json()
        response_200: SessionToken
        response_200 = SessionToken.from_dict(response_200_json)

        return response_200

    if response.status_code == 400:
        response_400_json = response.json()
        response_400: Error
        response_400 = Error.from_dict(response_400_json)

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 409:
        response_409_json = response.json()
        response_409: Error
        response_409 = Error.from_dict(response_409_json)

        return response_409

    if response.status_code == 415:
        response_415_json = response.json()
        response_415: Error
        response_415 = Error.from_dict(response_415_json)

        return response_415

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Error | SessionToken]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LoginRequest,
) -> Response[Any | Error | SessionToken]:
    """Log in with a username and password

     Alternative to the API-token handshake, meant for web applications that sign in their own end users:
    posts a username and password and receives a session token.

    Args:
        body (LoginRequest): End-user credentials for POST /auth. Example: {'username': 'api-
            user', 'password': 'example-password'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | SessionToken]
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
    body: LoginRequest,
) -> Any | Error | SessionToken | None:
    """Log in with a username and password

     Alternative to the API-token handshake, meant for web applications that sign in their own end users:
    posts a username and password and receives a session token.

    Args:
        body (LoginRequest): End-user credentials for POST /auth. Example: {'username': 'api-
            user', 'password': 'example-password'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | SessionToken
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LoginRequest,
) -> Response[Any | Error | SessionToken]:
    """Log in with a username and password

     Alternative to the API-token handshake, meant for web applications that sign in their own end users:
    posts a username and password and receives a session token.

    Args:
        body (LoginRequest): End-user credentials for POST /auth. Example: {'username': 'api-
            user', 'password': 'example-password'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | SessionToken]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: LoginRequest,
) -> Any | Error | SessionToken | None:
    """Log in with a username and password

     Alternative to the API-token handshake, meant for web applications that sign in their own end users:
    posts a username and password and receives a session token.

    Args:
        body (LoginRequest): End-user credentials for POST /auth. Example: {'username': 'api-
            user', 'password': 'example-password'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | SessionToken
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
