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
from ...models.token_permissions import TokenPermissions
from ...types import UNSET, Response, Unset


def _get_kwargs(
    token_id: str,
    *,
    include_locked: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    permission: str | Unset = UNSET,
    organization_key: str | Unset = UNSET,
    resource_key: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_locked"] = include_locked

    params["name"] = name

    params["permission"] = permission

    params["organization_key"] = organization_key

    params["resource_key"] = resource_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tokens/{token_id}/permissions".format(
            token_id=quote(str(token_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AuthError
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | ServerError
    | TokenPermissions
    | None
):
    if response.status_code == 200:
        response_200 = TokenPermissions.from_dict(response.json())

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
    | TokenPermissions
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_locked: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    permission: str | Unset = UNSET,
    organization_key: str | Unset = UNSET,
    resource_key: str | Unset = UNSET,
) -> Response[
    AuthError
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | ServerError
    | TokenPermissions
]:
    """List a token's effective permissions

     The permissions the token holds, by service, each with the resources it is granted on. Not in the
    Blueprint: both legacy clients call it (python-scaleway's `AccountAPI.get_resources` / `has_perm`,
    scaleway-cli's `GetPermissions`; API-FACTS §4 [C]), and the answer's shape is theirs. A token's
    permissions are the sum of its own, its user's and their roles' (python-scaleway's docstring).
    python-scaleway reads 400 and 404 as a bad token and 410 as an expired one; the Blueprint documents
    no 410, so it is not listed here.

    Args:
        token_id (str):
        include_locked (bool | Unset):
        name (str | Unset):
        permission (str | Unset):
        organization_key (str | Unset):
        resource_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | InvalidRequestError | NotFoundError | PermissionError_ | ServerError | TokenPermissions]
    """

    kwargs = _get_kwargs(
        token_id=token_id,
        include_locked=include_locked,
        name=name,
        permission=permission,
        organization_key=organization_key,
        resource_key=resource_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_locked: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    permission: str | Unset = UNSET,
    organization_key: str | Unset = UNSET,
    resource_key: str | Unset = UNSET,
) -> (
    AuthError
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | ServerError
    | TokenPermissions
    | None
):
    """List a token's effective permissions

     The permissions the token holds, by service, each with the resources it is granted on. Not in the
    Blueprint: both legacy clients call it (python-scaleway's `AccountAPI.get_resources` / `has_perm`,
    scaleway-cli's `GetPermissions`; API-FACTS §4 [C]), and the answer's shape is theirs. A token's
    permissions are the sum of its own, its user's and their roles' (python-scaleway's docstring).
    python-scaleway reads 400 and 404 as a bad token and 410 as an expired one; the Blueprint documents
    no 410, so it is not listed here.

    Args:
        token_id (str):
        include_locked (bool | Unset):
        name (str | Unset):
        permission (str | Unset):
        organization_key (str | Unset):
        resource_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | InvalidRequestError | NotFoundError | PermissionError_ | ServerError | TokenPermissions
    """

    return sync_detailed(
        token_id=token_id,
        client=client,
        include_locked=include_locked,
        name=name,
        permission=permission,
        organization_key=organization_key,
        resource_key=resource_key,
    ).parsed


async def asyncio_detailed(
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_locked: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    permission: str | Unset = UNSET,
    organization_key: str | Unset = UNSET,
    resource_key: str | Unset = UNSET,
) -> Response[
    AuthError
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | ServerError
    | TokenPermissions
]:
    """List a token's effective permissions

     The permissions the token holds, by service, each with the resources it is granted on. Not in the
    Blueprint: both legacy clients call it (python-scaleway's `AccountAPI.get_resources` / `has_perm`,
    scaleway-cli's `GetPermissions`; API-FACTS §4 [C]), and the answer's shape is theirs. A token's
    permissions are the sum of its own, its user's and their roles' (python-scaleway's docstring).
    python-scaleway reads 400 and 404 as a bad token and 410 as an expired one; the Blueprint documents
    no 410, so it is not listed here.

    Args:
        token_id (str):
        include_locked (bool | Unset):
        name (str | Unset):
        permission (str | Unset):
        organization_key (str | Unset):
        resource_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | InvalidRequestError | NotFoundError | PermissionError_ | ServerError | TokenPermissions]
    """

    kwargs = _get_kwargs(
        token_id=token_id,
        include_locked=include_locked,
        name=name,
        permission=permission,
        organization_key=organization_key,
        resource_key=resource_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    token_id: str,
    *,
    client: AuthenticatedClient | Client,
    include_locked: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    permission: str | Unset = UNSET,
    organization_key: str | Unset = UNSET,
    resource_key: str | Unset = UNSET,
) -> (
    AuthError
    | InvalidRequestError
    | NotFoundError
    | PermissionError_
    | ServerError
    | TokenPermissions
    | None
):
    """List a token's effective permissions

     The permissions the token holds, by service, each with the resources it is granted on. Not in the
    Blueprint: both legacy clients call it (python-scaleway's `AccountAPI.get_resources` / `has_perm`,
    scaleway-cli's `GetPermissions`; API-FACTS §4 [C]), and the answer's shape is theirs. A token's
    permissions are the sum of its own, its user's and their roles' (python-scaleway's docstring).
    python-scaleway reads 400 and 404 as a bad token and 410 as an expired one; the Blueprint documents
    no 410, so it is not listed here.

    Args:
        token_id (str):
        include_locked (bool | Unset):
        name (str | Unset):
        permission (str | Unset):
        organization_key (str | Unset):
        resource_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | InvalidRequestError | NotFoundError | PermissionError_ | ServerError | TokenPermissions
    """

    return (
        await asyncio_detailed(
            token_id=token_id,
            client=client,
            include_locked=include_locked,
            name=name,
            permission=permission,
            organization_key=organization_key,
            resource_key=resource_key,
        )
    ).parsed
