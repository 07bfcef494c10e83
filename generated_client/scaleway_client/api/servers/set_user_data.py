from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.error import Error
from ...models.invalid_request_error import InvalidRequestError
from ...models.not_found_error import NotFoundError
from ...models.permission_error import PermissionError_
from ...models.server_error import ServerError
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    server_id: str,
    key: str,
    *,
    body: File | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/servers/{server_id}/user_data/{key}".format(
            server_id=quote(str(server_id), safe=""),
            key=quote(str(key), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["content"] = body.payload
    headers["Content-Type"] = "text/plain"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | AuthError
    | Error
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | ServerError
    | None
):
    if response.status_code == 201:
        response_201 = cast(Any, None)
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

    if response.status_code == 404:
        response_404 = NotFoundError.from_dict(response.json())

        return response_404

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
    Any
    | AuthError
    | Error
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | ServerError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    server_id: str,
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
) -> Response[
    Any
    | AuthError
    | Error
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | ServerError
]:
    """Create or edit a user data value

     Stores the `text/plain` body under the key (created or replaced).

    Args:
        server_id (str):
        key (str):
        body (File | Unset): The value, as text (sent as raw bytes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthError | Error | InvalidRequestError | NotFoundError | PermissionError_ | ServerError]
    """

    kwargs = _get_kwargs(
        server_id=server_id,
        key=key,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    server_id: str,
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
) -> (
    Any
    | AuthError
    | Error
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | ServerError
    | None
):
    """Create or edit a user data value

     Stores the `text/plain` body under the key (created or replaced).

    Args:
        server_id (str):
        key (str):
        body (File | Unset): The value, as text (sent as raw bytes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthError | Error | InvalidRequestError | NotFoundError | PermissionError_ | ServerError
    """

    return sync_detailed(
        server_id=server_id,
        key=key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    server_id: str,
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
) -> Response[
    Any
    | AuthError
    | Error
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | ServerError
]:
    """Create or edit a user data value

     Stores the `text/plain` body under the key (created or replaced).

    Args:
        server_id (str):
        key (str):
        body (File | Unset): The value, as text (sent as raw bytes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthError | Error | InvalidRequestError | NotFoundError | PermissionError_ | ServerError]
    """

    kwargs = _get_kwargs(
        server_id=server_id,
        key=key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    server_id: str,
    key: str,
    *,
    client: AuthenticatedClient | Client,
    body: File | Unset = UNSET,
) -> (
    Any
    | AuthError
    | Error
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | ServerError
    | None
):
    """Create or edit a user data value

     Stores the `text/plain` body under the key (created or replaced).

    Args:
        server_id (str):
        key (str):
        body (File | Unset): The value, as text (sent as raw bytes).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthError | Error | InvalidRequestError | NotFoundError | PermissionError_ | ServerError
    """

    return (
        await asyncio_detailed(
            server_id=server_id,
            key=key,
            client=client,
            body=body,
        )
    ).parsed
