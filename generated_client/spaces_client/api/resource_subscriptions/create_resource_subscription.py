from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.resource_subscription import ResourceSubscription
from ...models.resource_subscription_create import ResourceSubscriptionCreate
from ...types import Response


def _get_kwargs(
    *,
    body: ResourceSubscriptionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/resource_subscriptions",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ResourceSubscription | None:
    if response.status_code == 200:
        response_200 = ResourceSubscription.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ResourceSubscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ResourceSubscriptionCreate,
) -> Response[Error | ResourceSubscription]:
    """Create a resource subscription

     Creates a REST Hooks resource subscription. The arguments are form-encoded (`curl -d`). On success
    the API answers `200 OK` (not 201) with the full resource subscription object; otherwise it fails
    with an error status.

    Args:
        body (ResourceSubscriptionCreate): Form-encoded arguments for creating a resource
            subscription.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ResourceSubscription]
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
    body: ResourceSubscriptionCreate,
) -> Error | ResourceSubscription | None:
    """Create a resource subscription

     Creates a REST Hooks resource subscription. The arguments are form-encoded (`curl -d`). On success
    the API answers `200 OK` (not 201) with the full resource subscription object; otherwise it fails
    with an error status.

    Args:
        body (ResourceSubscriptionCreate): Form-encoded arguments for creating a resource
            subscription.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ResourceSubscription
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ResourceSubscriptionCreate,
) -> Response[Error | ResourceSubscription]:
    """Create a resource subscription

     Creates a REST Hooks resource subscription. The arguments are form-encoded (`curl -d`). On success
    the API answers `200 OK` (not 201) with the full resource subscription object; otherwise it fails
    with an error status.

    Args:
        body (ResourceSubscriptionCreate): Form-encoded arguments for creating a resource
            subscription.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ResourceSubscription]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ResourceSubscriptionCreate,
) -> Error | ResourceSubscription | None:
    """Create a resource subscription

     Creates a REST Hooks resource subscription. The arguments are form-encoded (`curl -d`). On success
    the API answers `200 OK` (not 201) with the full resource subscription object; otherwise it fails
    with an error status.

    Args:
        body (ResourceSubscriptionCreate): Form-encoded arguments for creating a resource
            subscription.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ResourceSubscription
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
