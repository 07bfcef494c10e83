from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_422 import Error422
from ...models.error_429 import Error429
from ...models.login_error import LoginError
from ...models.login_request import LoginRequest
from ...models.login_result import LoginResult
from ...types import Response


def _get_kwargs(
    *,
    body: LoginRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/ro",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error422 | Error429 | LoginError | LoginResult | None:
    if response.status_code == 200:
        response_200 = LoginResult.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = LoginError.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = Error422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error422 | Error429 | LoginError | LoginResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> Response[Error422 | Error429 | LoginError | LoginResult]:
    """Exchange email and password for a JWT

     Auth0's resource-owner login. Send the public SpaceKnow `client_id` (printed in the docs, not
    reproduced here), the email as `username`, the password and the constant fields below; use the
    answer's `id_token` as the Bearer token. It is valid for 10 hours. Needs no bearer token.

    Args:
        body (LoginRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error422 | Error429 | LoginError | LoginResult]
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
    body: LoginRequest,
) -> Error422 | Error429 | LoginError | LoginResult | None:
    """Exchange email and password for a JWT

     Auth0's resource-owner login. Send the public SpaceKnow `client_id` (printed in the docs, not
    reproduced here), the email as `username`, the password and the constant fields below; use the
    answer's `id_token` as the Bearer token. It is valid for 10 hours. Needs no bearer token.

    Args:
        body (LoginRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error422 | Error429 | LoginError | LoginResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> Response[Error422 | Error429 | LoginError | LoginResult]:
    """Exchange email and password for a JWT

     Auth0's resource-owner login. Send the public SpaceKnow `client_id` (printed in the docs, not
    reproduced here), the email as `username`, the password and the constant fields below; use the
    answer's `id_token` as the Bearer token. It is valid for 10 hours. Needs no bearer token.

    Args:
        body (LoginRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error422 | Error429 | LoginError | LoginResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest,
) -> Error422 | Error429 | LoginError | LoginResult | None:
    """Exchange email and password for a JWT

     Auth0's resource-owner login. Send the public SpaceKnow `client_id` (printed in the docs, not
    reproduced here), the email as `username`, the password and the constant fields below; use the
    answer's `id_token` as the Bearer token. It is valid for 10 hours. Needs no bearer token.

    Args:
        body (LoginRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error422 | Error429 | LoginError | LoginResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
