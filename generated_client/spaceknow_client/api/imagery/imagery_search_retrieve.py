from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_400 import Error400
from ...models.error_401 import Error401
from ...models.error_403 import Error403
from ...models.error_404 import Error404
from ...models.error_409 import Error409
from ...models.error_413 import Error413
from ...models.error_422 import Error422
from ...models.error_424 import Error424
from ...models.error_429 import Error429
from ...models.error_500 import Error500
from ...models.imagery_search_result import ImagerySearchResult
from ...models.retrieve_request import RetrieveRequest
from ...types import Response


def _get_kwargs(
    *,
    body: RetrieveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/imagery/search/retrieve",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Error400
    | Error401
    | Error403
    | Error404
    | Error409
    | Error413
    | Error422
    | Error424
    | Error429
    | Error500
    | ImagerySearchResult
    | None
):
    if response.status_code == 200:
        response_200 = ImagerySearchResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Error413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Error422.from_dict(response.json())

        return response_422

    if response.status_code == 424:
        response_424 = Error424.from_dict(response.json())

        return response_424

    if response.status_code == 429:
        response_429 = Error429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Error400
    | Error401
    | Error403
    | Error404
    | Error409
    | Error413
    | Error422
    | Error424
    | Error429
    | Error500
    | ImagerySearchResult
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
    body: RetrieveRequest,
) -> Response[
    Error400
    | Error401
    | Error403
    | Error404
    | Error409
    | Error413
    | Error422
    | Error424
    | Error429
    | Error500
    | ImagerySearchResult
]:
    """Result of an imagery search

     One page of scenes of a resolved search pipeline; `cursor` (null on the last page) starts the next
    page's pipeline. Scene fields are [C]; the cursor is [I] (the ReDoc shows it on other lists).

    Args:
        body (RetrieveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error400 | Error401 | Error403 | Error404 | Error409 | Error413 | Error422 | Error424 | Error429 | Error500 | ImagerySearchResult]
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
    body: RetrieveRequest,
) -> (
    Error400
    | Error401
    | Error403
    | Error404
    | Error409
    | Error413
    | Error422
    | Error424
    | Error429
    | Error500
    | ImagerySearchResult
    | None
):
    """Result of an imagery search

     One page of scenes of a resolved search pipeline; `cursor` (null on the last page) starts the next
    page's pipeline. Scene fields are [C]; the cursor is [I] (the ReDoc shows it on other lists).

    Args:
        body (RetrieveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error400 | Error401 | Error403 | Error404 | Error409 | Error413 | Error422 | Error424 | Error429 | Error500 | ImagerySearchResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RetrieveRequest,
) -> Response[
    Error400
    | Error401
    | Error403
    | Error404
    | Error409
    | Error413
    | Error422
    | Error424
    | Error429
    | Error500
    | ImagerySearchResult
]:
    """Result of an imagery search

     One page of scenes of a resolved search pipeline; `cursor` (null on the last page) starts the next
    page's pipeline. Scene fields are [C]; the cursor is [I] (the ReDoc shows it on other lists).

    Args:
        body (RetrieveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error400 | Error401 | Error403 | Error404 | Error409 | Error413 | Error422 | Error424 | Error429 | Error500 | ImagerySearchResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RetrieveRequest,
) -> (
    Error400
    | Error401
    | Error403
    | Error404
    | Error409
    | Error413
    | Error422
    | Error424
    | Error429
    | Error500
    | ImagerySearchResult
    | None
):
    """Result of an imagery search

     One page of scenes of a resolved search pipeline; `cursor` (null on the last page) starts the next
    page's pipeline. Scene fields are [C]; the cursor is [I] (the ReDoc shows it on other lists).

    Args:
        body (RetrieveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error400 | Error401 | Error403 | Error404 | Error409 | Error413 | Error422 | Error424 | Error429 | Error500 | ImagerySearchResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
