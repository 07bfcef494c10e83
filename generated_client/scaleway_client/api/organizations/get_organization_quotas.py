from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auth_error import AuthError
from ...models.invalid_request_error import InvalidRequestError
from ...models.not_found_error import NotFoundError
from ...models.organization_quotas import OrganizationQuotas
from ...models.permission_error import PermissionError_
from ...models.server_error import ServerError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id: str,
    *,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organizations/{organization_id}/quotas".format(
            organization_id=quote(str(organization_id), safe=""),
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
    | OrganizationQuotas
    | PermissionError_
    | ServerError
    | None
):
    if response.status_code == 200:
        response_200 = OrganizationQuotas.from_dict(response.json())

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
    | OrganizationQuotas
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
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[
    AuthError
    | InvalidRequestError
    | NotFoundError
    | OrganizationQuotas
    | PermissionError_
    | ServerError
]:
    """Retrieve an organization's quotas

     How many of each resource the organization may have; -1 means unlimited. Not in the Blueprint: both
    legacy clients call it (python-scaleway's `AccountAPI.get_quotas` / `has_quota`, scaleway-cli's
    `GetQuotas`; API-FACTS §4 [C]), and the answer's shape is theirs. python-scaleway asks
    `per_page=100` ("more than the default 50 lines"), so the server pages the quota lines; the answer
    is one map, so the SDK does not page it.

    Args:
        organization_id (str):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | InvalidRequestError | NotFoundError | OrganizationQuotas | PermissionError_ | ServerError]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> (
    AuthError
    | InvalidRequestError
    | NotFoundError
    | OrganizationQuotas
    | PermissionError_
    | ServerError
    | None
):
    """Retrieve an organization's quotas

     How many of each resource the organization may have; -1 means unlimited. Not in the Blueprint: both
    legacy clients call it (python-scaleway's `AccountAPI.get_quotas` / `has_quota`, scaleway-cli's
    `GetQuotas`; API-FACTS §4 [C]), and the answer's shape is theirs. python-scaleway asks
    `per_page=100` ("more than the default 50 lines"), so the server pages the quota lines; the answer
    is one map, so the SDK does not page it.

    Args:
        organization_id (str):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | InvalidRequestError | NotFoundError | OrganizationQuotas | PermissionError_ | ServerError
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[
    AuthError
    | InvalidRequestError
    | NotFoundError
    | OrganizationQuotas
    | PermissionError_
    | ServerError
]:
    """Retrieve an organization's quotas

     How many of each resource the organization may have; -1 means unlimited. Not in the Blueprint: both
    legacy clients call it (python-scaleway's `AccountAPI.get_quotas` / `has_quota`, scaleway-cli's
    `GetQuotas`; API-FACTS §4 [C]), and the answer's shape is theirs. python-scaleway asks
    `per_page=100` ("more than the default 50 lines"), so the server pages the quota lines; the answer
    is one map, so the SDK does not page it.

    Args:
        organization_id (str):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthError | InvalidRequestError | NotFoundError | OrganizationQuotas | PermissionError_ | ServerError]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> (
    AuthError
    | InvalidRequestError
    | NotFoundError
    | OrganizationQuotas
    | PermissionError_
    | ServerError
    | None
):
    """Retrieve an organization's quotas

     How many of each resource the organization may have; -1 means unlimited. Not in the Blueprint: both
    legacy clients call it (python-scaleway's `AccountAPI.get_quotas` / `has_quota`, scaleway-cli's
    `GetQuotas`; API-FACTS §4 [C]), and the answer's shape is theirs. python-scaleway asks
    `per_page=100` ("more than the default 50 lines"), so the server pages the quota lines; the answer
    is one map, so the SDK does not page it.

    Args:
        organization_id (str):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthError | InvalidRequestError | NotFoundError | OrganizationQuotas | PermissionError_ | ServerError
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
