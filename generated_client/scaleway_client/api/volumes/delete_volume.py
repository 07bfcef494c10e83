from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.conflict_error import ConflictError
from ...models.not_found_error import NotFoundError
from ...models.permission_error import PermissionError_
from ...models.server_error import ServerError
from ...types import Response


def _get_kwargs(
    volume_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/volumes/{volume_id}".format(
            volume_id=quote(str(volume_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | AuthError
    | ConflictError
    | NotFoundError
    | PermissionError_
    | ServerError
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = AuthError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = PermissionError_.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ConflictError.from_dict(response.json())

        return response_409

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
    Any | AuthError | ConflictError | NotFoundError | PermissionError_ | ServerError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Any | AuthError | ConflictError | NotFoundError | PermissionError_ | ServerError
]:
    """Remove a volume

     Deletes a volume. A volume attached to a server cannot be deleted: 409 `conflict` ("a server is
    attached to this volume").

    Args:
        volume_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthError | ConflictError | NotFoundError | PermissionError_ | ServerError]
    """

    kwargs = _get_kwargs(
        volume_id=volume_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Any
    | AuthError
    | ConflictError
    | NotFoundError
    | PermissionError_
    | ServerError
    | None
):
    """Remove a volume

     Deletes a volume. A volume attached to a server cannot be deleted: 409 `conflict` ("a server is
    attached to this volume").

    Args:
        volume_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthError | ConflictError | NotFoundError | PermissionError_ | ServerError
    """

    return sync_detailed(
        volume_id=volume_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Any | AuthError | ConflictError | NotFoundError | PermissionError_ | ServerError
]:
    """Remove a volume

     Deletes a volume. A volume attached to a server cannot be deleted: 409 `conflict` ("a server is
    attached to this volume").

    Args:
        volume_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuthError | ConflictError | NotFoundError | PermissionError_ | ServerError]
    """

    kwargs = _get_kwargs(
        volume_id=volume_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    Any
    | AuthError
    | ConflictError
    | NotFoundError
    | PermissionError_
    | ServerError
    | None
):
    """Remove a volume

     Deletes a volume. A volume attached to a server cannot be deleted: 409 `conflict` ("a server is
    attached to this volume").

    Args:
        volume_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuthError | ConflictError | NotFoundError | PermissionError_ | ServerError
    """

    return (
        await asyncio_detailed(
            volume_id=volume_id,
            client=client,
        )
    ).parsed
