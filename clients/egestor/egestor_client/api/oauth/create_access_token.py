# generated from specs/egestor.yaml — do not edit
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.access_token import AccessToken
from ...models.access_token_request_authorization_code import AccessTokenRequestAuthorizationCode
from ...models.access_token_request_personal import AccessTokenRequestPersonal
from ...models.access_token_request_refresh_token import AccessTokenRequestRefreshToken
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: AccessTokenRequestAuthorizationCode | AccessTokenRequestPersonal | AccessTokenRequestRefreshToken,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/access_token",
    }

    if isinstance(body, AccessTokenRequestAuthorizationCode):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, AccessTokenRequestRefreshToken):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccessToken | Any | Error | None:
    if response.status_code == 200:
        response_200_json = response.json()
        response_200: AccessToken
        response_200 = AccessToken.from_dict(response_200_json)

        return response_200

    if response.status_code == 400:
        response_400_json = response.json()
        response_400: Error
        response_400 = Error.from_dict(response_400_json)

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 415:
        response_415_json = response.json()
        response_415: Error
        response_415 = Error.from_dict(response_415_json)

        return response_415

    if response.status_code == 422:
        response_422_json = response.json()
        response_422: Error
        response_422 = Error.from_dict(response_422_json)

        return response_422

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
) -> Response[AccessToken | Any | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequestAuthorizationCode | AccessTokenRequestPersonal | AccessTokenRequestRefreshToken,
) -> Response[AccessToken | Any | Error]:
    """Issue an access token

     Issues an access token (valid for 15 minutes) and a refresh token. Three grants are supported,
    selected by `grant_type`: `authorization_code` (after the user approved the application),
    `refresh_token` (renew without asking the user again; the old refresh token stops working) and
    `personal` (exchange a personal token copied from the eGestor settings). The application's
    credentials travel in the JSON body, not in an Authorization header.

    Args:
        body (AccessTokenRequestAuthorizationCode | AccessTokenRequestPersonal |
            AccessTokenRequestRefreshToken): Body of the token request. The `grant_type` field selects
            one of three shapes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | Any | Error]
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
    client: AuthenticatedClient | Client,
    body: AccessTokenRequestAuthorizationCode | AccessTokenRequestPersonal | AccessTokenRequestRefreshToken,
) -> AccessToken | Any | Error | None:
    """Issue an access token

     Issues an access token (valid for 15 minutes) and a refresh token. Three grants are supported,
    selected by `grant_type`: `authorization_code` (after the user approved the application),
    `refresh_token` (renew without asking the user again; the old refresh token stops working) and
    `personal` (exchange a personal token copied from the eGestor settings). The application's
    credentials travel in the JSON body, not in an Authorization header.

    Args:
        body (AccessTokenRequestAuthorizationCode | AccessTokenRequestPersonal |
            AccessTokenRequestRefreshToken): Body of the token request. The `grant_type` field selects
            one of three shapes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | Any | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequestAuthorizationCode | AccessTokenRequestPersonal | AccessTokenRequestRefreshToken,
) -> Response[AccessToken | Any | Error]:
    """Issue an access token

     Issues an access token (valid for 15 minutes) and a refresh token. Three grants are supported,
    selected by `grant_type`: `authorization_code` (after the user approved the application),
    `refresh_token` (renew without asking the user again; the old refresh token stops working) and
    `personal` (exchange a personal token copied from the eGestor settings). The application's
    credentials travel in the JSON body, not in an Authorization header.

    Args:
        body (AccessTokenRequestAuthorizationCode | AccessTokenRequestPersonal |
            AccessTokenRequestRefreshToken): Body of the token request. The `grant_type` field selects
            one of three shapes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccessToken | Any | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AccessTokenRequestAuthorizationCode | AccessTokenRequestPersonal | AccessTokenRequestRefreshToken,
) -> AccessToken | Any | Error | None:
    """Issue an access token

     Issues an access token (valid for 15 minutes) and a refresh token. Three grants are supported,
    selected by `grant_type`: `authorization_code` (after the user approved the application),
    `refresh_token` (renew without asking the user again; the old refresh token stops working) and
    `personal` (exchange a personal token copied from the eGestor settings). The application's
    credentials travel in the JSON body, not in an Authorization header.

    Args:
        body (AccessTokenRequestAuthorizationCode | AccessTokenRequestPersonal |
            AccessTokenRequestRefreshToken): Body of the token request. The `grant_type` field selects
            one of three shapes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccessToken | Any | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
