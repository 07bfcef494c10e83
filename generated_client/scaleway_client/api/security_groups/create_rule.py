from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.error import Error
from ...models.invalid_request_error import InvalidRequestError
from ...models.not_found_error import NotFoundError
from ...models.permission_error import PermissionError_
from ...models.rule_create import RuleCreate
from ...models.rule_response import RuleResponse
from ...models.server_error import ServerError
from ...types import Response


def _get_kwargs(
    group_id: str,
    *,
    body: RuleCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/security_groups/{group_id}/rules".format(
            group_id=quote(str(group_id), safe=""),
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
    | NotFoundError
    | PermissionError_
    | RuleResponse
    | ServerError
    | None
):
    if response.status_code == 201:
        response_201 = RuleResponse.from_dict(response.json())

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
    AuthError
    | Error
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | RuleResponse
    | ServerError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RuleCreate,
) -> Response[
    AuthError
    | Error
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | RuleResponse
    | ServerError
]:
    """Create a rule in a security group

    Args:
        group_id (str):
        body (RuleCreate): `organization` is listed as required by the attribute table but absent
            from the request examples:
            optional. `dest_port_from` is typed "string" there and is an integer in every answer:
            integer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Error | InvalidRequestError | NotFoundError | PermissionError_ | RuleResponse | ServerError]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RuleCreate,
) -> (
    AuthError
    | Error
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | RuleResponse
    | ServerError
    | None
):
    """Create a rule in a security group

    Args:
        group_id (str):
        body (RuleCreate): `organization` is listed as required by the attribute table but absent
            from the request examples:
            optional. `dest_port_from` is typed "string" there and is an integer in every answer:
            integer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Error | InvalidRequestError | NotFoundError | PermissionError_ | RuleResponse | ServerError
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RuleCreate,
) -> Response[
    AuthError
    | Error
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | RuleResponse
    | ServerError
]:
    """Create a rule in a security group

    Args:
        group_id (str):
        body (RuleCreate): `organization` is listed as required by the attribute table but absent
            from the request examples:
            optional. `dest_port_from` is typed "string" there and is an integer in every answer:
            integer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | Error | InvalidRequestError | NotFoundError | PermissionError_ | RuleResponse | ServerError]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: RuleCreate,
) -> (
    AuthError
    | Error
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | RuleResponse
    | ServerError
    | None
):
    """Create a rule in a security group

    Args:
        group_id (str):
        body (RuleCreate): `organization` is listed as required by the attribute table but absent
            from the request examples:
            optional. `dest_port_from` is typed "string" there and is an integer in every answer:
            integer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | Error | InvalidRequestError | NotFoundError | PermissionError_ | RuleResponse | ServerError
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed
