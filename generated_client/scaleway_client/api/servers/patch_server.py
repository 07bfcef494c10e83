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
from ...models.server_response import ServerResponse
from ...models.server_update import ServerUpdate
from ...types import Response


def _get_kwargs(
    server_id: str,
    *,
    body: ServerUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/servers/{server_id}".format(
            server_id=quote(str(server_id), safe=""),
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
    | ServerResponse
    | None
):
    if response.status_code == 200:
        response_200 = ServerResponse.from_dict(response.json())

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
    | ServerResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ServerUpdate,
) -> Response[
    AuthError
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | ServerError
    | ServerResponse
]:
    """Change some of a server's fields

     Changes the fields sent and keeps the others: `scw rename` sends `{name}` only, `scw _patch` one
    field.
    Not in the Blueprint (it documents PUT only); scaleway-cli v1.20 uses it (`PatchServer`) and expects
    200 with the server, as for PUT.

    Args:
        server_id (str):
        body (ServerUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | InvalidRequestError | NotFoundError | PermissionError_ | ServerError | ServerResponse]
    """

    kwargs = _get_kwargs(
        server_id=server_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ServerUpdate,
) -> (
    AuthError
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | ServerError
    | ServerResponse
    | None
):
    """Change some of a server's fields

     Changes the fields sent and keeps the others: `scw rename` sends `{name}` only, `scw _patch` one
    field.
    Not in the Blueprint (it documents PUT only); scaleway-cli v1.20 uses it (`PatchServer`) and expects
    200 with the server, as for PUT.

    Args:
        server_id (str):
        body (ServerUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | InvalidRequestError | NotFoundError | PermissionError_ | ServerError | ServerResponse
    """

    return sync_detailed(
        server_id=server_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ServerUpdate,
) -> Response[
    AuthError
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | ServerError
    | ServerResponse
]:
    """Change some of a server's fields

     Changes the fields sent and keeps the others: `scw rename` sends `{name}` only, `scw _patch` one
    field.
    Not in the Blueprint (it documents PUT only); scaleway-cli v1.20 uses it (`PatchServer`) and expects
    200 with the server, as for PUT.

    Args:
        server_id (str):
        body (ServerUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | InvalidRequestError | NotFoundError | PermissionError_ | ServerError | ServerResponse]
    """

    kwargs = _get_kwargs(
        server_id=server_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ServerUpdate,
) -> (
    AuthError
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | ServerError
    | ServerResponse
    | None
):
    """Change some of a server's fields

     Changes the fields sent and keeps the others: `scw rename` sends `{name}` only, `scw _patch` one
    field.
    Not in the Blueprint (it documents PUT only); scaleway-cli v1.20 uses it (`PatchServer`) and expects
    200 with the server, as for PUT.

    Args:
        server_id (str):
        body (ServerUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | InvalidRequestError | NotFoundError | PermissionError_ | ServerError | ServerResponse
    """

    return (
        await asyncio_detailed(
            server_id=server_id,
            client=client,
            body=body,
        )
    ).parsed
