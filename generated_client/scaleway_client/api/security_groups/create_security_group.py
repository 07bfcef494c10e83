from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.error import Error
from ...models.invalid_request_error import InvalidRequestError
from ...models.permission_error import PermissionError_
from ...models.security_group_create import SecurityGroupCreate
from ...models.security_group_response import SecurityGroupResponse
from ...models.server_error import ServerError
from ...types import Response


def _get_kwargs(
    *,
    body: SecurityGroupCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/security_groups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AuthError
    | Error
    | InvalidRequestError
    | PermissionError_
    | SecurityGroupResponse
    | ServerError
    | None
):
    if response.status_code == 201:
        response_201 = SecurityGroupResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = InvalidRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AuthError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = Error.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = PermissionError_.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = ServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AuthError
    | Error
    | InvalidRequestError
    | PermissionError_
    | SecurityGroupResponse
    | ServerError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SecurityGroupCreate,
) -> Response[
    AuthError
    | Error
    | InvalidRequestError
    | PermissionError_
    | SecurityGroupResponse
    | ServerError
]:
    """Create a security group

    Args:
        body (SecurityGroupCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Error | InvalidRequestError | PermissionError_ | SecurityGroupResponse | ServerError]
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
    body: SecurityGroupCreate,
) -> (
    AuthError
    | Error
    | InvalidRequestError
    | PermissionError_
    | SecurityGroupResponse
    | ServerError
    | None
):
    """Create a security group

    Args:
        body (SecurityGroupCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Error | InvalidRequestError | PermissionError_ | SecurityGroupResponse | ServerError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SecurityGroupCreate,
) -> Response[
    AuthError
    | Error
    | InvalidRequestError
    | PermissionError_
    | SecurityGroupResponse
    | ServerError
]:
    """Create a security group

    Args:
        body (SecurityGroupCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Error | InvalidRequestError | PermissionError_ | SecurityGroupResponse | ServerError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SecurityGroupCreate,
) -> (
    AuthError
    | Error
    | InvalidRequestError
    | PermissionError_
    | SecurityGroupResponse
    | ServerError
    | None
):
    """Create a security group

    Args:
        body (SecurityGroupCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Error | InvalidRequestError | PermissionError_ | SecurityGroupResponse | ServerError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
