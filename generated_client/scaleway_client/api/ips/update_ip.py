from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.error import Error
from ...models.invalid_request_error import InvalidRequestError
from ...models.ip_response import IpResponse
from ...models.ip_update import IpUpdate
from ...models.not_found_error import NotFoundError
from ...models.permission_error import PermissionError_
from ...models.server_error import ServerError
from ...types import Response


def _get_kwargs(
    ip_id: str,
    *,
    body: IpUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/ips/{ip_id}".format(
            ip_id=quote(str(ip_id), safe=""),
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
    | Error
    | InvalidRequestError
    | IpResponse
    | NotFoundError
    | PermissionError_
    | ServerError
    | None
):
    if response.status_code == 200:
        response_200 = IpResponse.from_dict(response.json())

        return response_200

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
    AuthError
    | Error
    | InvalidRequestError
    | IpResponse
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
    ip_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IpUpdate,
) -> Response[
    AuthError
    | Error
    | InvalidRequestError
    | IpResponse
    | NotFoundError
    | PermissionError_
    | ServerError
]:
    """Update a ip

     Attaches the IP to another server (or detaches it with `server: null`) and sets its reverse.

    Args:
        ip_id (str):
        body (IpUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Error | InvalidRequestError | IpResponse | NotFoundError | PermissionError_ | ServerError]
    """

    kwargs = _get_kwargs(
        ip_id=ip_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ip_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IpUpdate,
) -> (
    AuthError
    | Error
    | InvalidRequestError
    | IpResponse
    | NotFoundError
    | PermissionError_
    | ServerError
    | None
):
    """Update a ip

     Attaches the IP to another server (or detaches it with `server: null`) and sets its reverse.

    Args:
        ip_id (str):
        body (IpUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Error | InvalidRequestError | IpResponse | NotFoundError | PermissionError_ | ServerError
    """

    return sync_detailed(
        ip_id=ip_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    ip_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IpUpdate,
) -> Response[
    AuthError
    | Error
    | InvalidRequestError
    | IpResponse
    | NotFoundError
    | PermissionError_
    | ServerError
]:
    """Update a ip

     Attaches the IP to another server (or detaches it with `server: null`) and sets its reverse.

    Args:
        ip_id (str):
        body (IpUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Error | InvalidRequestError | IpResponse | NotFoundError | PermissionError_ | ServerError]
    """

    kwargs = _get_kwargs(
        ip_id=ip_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ip_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: IpUpdate,
) -> (
    AuthError
    | Error
    | InvalidRequestError
    | IpResponse
    | NotFoundError
    | PermissionError_
    | ServerError
    | None
):
    """Update a ip

     Attaches the IP to another server (or detaches it with `server: null`) and sets its reverse.

    Args:
        ip_id (str):
        body (IpUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Error | InvalidRequestError | IpResponse | NotFoundError | PermissionError_ | ServerError
    """

    return (
        await asyncio_detailed(
            ip_id=ip_id,
            client=client,
            body=body,
        )
    ).parsed
