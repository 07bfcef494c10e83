from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.invalid_request_error import InvalidRequestError
from ...models.not_found_error import NotFoundError
from ...models.permission_error import PermissionError_
from ...models.server_error import ServerError
from ...models.volume_response import VolumeResponse
from ...models.volume_update import VolumeUpdate
from ...types import Response


def _get_kwargs(
    volume_id: str,
    *,
    body: VolumeUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/volumes/{volume_id}".format(
            volume_id=quote(str(volume_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AuthError
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | ServerError
    | VolumeResponse
    | None
):
    if response.status_code == 200:
        response_200 = VolumeResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = InvalidRequestError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AuthError.from_dict(response.json())

        return response_401

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
    AuthError
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | ServerError
    | VolumeResponse
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
    body: VolumeUpdate,
) -> Response[
    AuthError
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | ServerError
    | VolumeResponse
]:
    """Update a volume

     Renames a volume. Not in the Blueprint; scaleway-cli v1.20 (`PutVolume`) renames each new server's
    root volume this way (`<hostname>-<name>`), sending the whole volume back with the new name and
    expecting 200. Only `name` is writable; the other fields it sends are ignored.

    Args:
        volume_id (str):
        body (VolumeUpdate): scaleway-cli sends the whole volume back; only `name` is writable
            (other fields are ignored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | InvalidRequestError | NotFoundError | PermissionError_ | ServerError | VolumeResponse]
    """

    kwargs = _get_kwargs(
        volume_id=volume_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VolumeUpdate,
) -> (
    AuthError
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | ServerError
    | VolumeResponse
    | None
):
    """Update a volume

     Renames a volume. Not in the Blueprint; scaleway-cli v1.20 (`PutVolume`) renames each new server's
    root volume this way (`<hostname>-<name>`), sending the whole volume back with the new name and
    expecting 200. Only `name` is writable; the other fields it sends are ignored.

    Args:
        volume_id (str):
        body (VolumeUpdate): scaleway-cli sends the whole volume back; only `name` is writable
            (other fields are ignored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | InvalidRequestError | NotFoundError | PermissionError_ | ServerError | VolumeResponse
    """

    return sync_detailed(
        volume_id=volume_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VolumeUpdate,
) -> Response[
    AuthError
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | ServerError
    | VolumeResponse
]:
    """Update a volume

     Renames a volume. Not in the Blueprint; scaleway-cli v1.20 (`PutVolume`) renames each new server's
    root volume this way (`<hostname>-<name>`), sending the whole volume back with the new name and
    expecting 200. Only `name` is writable; the other fields it sends are ignored.

    Args:
        volume_id (str):
        body (VolumeUpdate): scaleway-cli sends the whole volume back; only `name` is writable
            (other fields are ignored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | InvalidRequestError | NotFoundError | PermissionError_ | ServerError | VolumeResponse]
    """

    kwargs = _get_kwargs(
        volume_id=volume_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: VolumeUpdate,
) -> (
    AuthError
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | ServerError
    | VolumeResponse
    | None
):
    """Update a volume

     Renames a volume. Not in the Blueprint; scaleway-cli v1.20 (`PutVolume`) renames each new server's
    root volume this way (`<hostname>-<name>`), sending the whole volume back with the new name and
    expecting 200. Only `name` is writable; the other fields it sends are ignored.

    Args:
        volume_id (str):
        body (VolumeUpdate): scaleway-cli sends the whole volume back; only `name` is writable
            (other fields are ignored).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | InvalidRequestError | NotFoundError | PermissionError_ | ServerError | VolumeResponse
    """

    return (
        await asyncio_detailed(
            volume_id=volume_id,
            client=client,
            body=body,
        )
    ).parsed
