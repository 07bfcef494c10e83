from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.invoice_list import InvoiceList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    starting_after: str | Unset = UNSET,
    starting_before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["starting_after"] = starting_after

    params["starting_before"] = starting_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | InvoiceList | None:
    if response.status_code == 200:
        response_200 = InvoiceList.from_dict(response.json())

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
) -> Response[Error | InvoiceList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    starting_after: str | Unset = UNSET,
    starting_before: str | Unset = UNSET,
) -> Response[Error | InvoiceList]:
    """List all invoices

     Returns a list of all invoices, cursor-paginated. The docs' example omits `has_more` (required here,
    the example below adds `has_more: false`) and closes the invoice object before its `customer`, which
    is
    not valid JSON; the example below puts `customer` inside the invoice, as in the invoice object
    example.

    Args:
        limit (int | Unset):  Default: 20.
        starting_after (str | Unset):
        starting_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InvoiceList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        starting_after=starting_after,
        starting_before=starting_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    starting_after: str | Unset = UNSET,
    starting_before: str | Unset = UNSET,
) -> Error | InvoiceList | None:
    """List all invoices

     Returns a list of all invoices, cursor-paginated. The docs' example omits `has_more` (required here,
    the example below adds `has_more: false`) and closes the invoice object before its `customer`, which
    is
    not valid JSON; the example below puts `customer` inside the invoice, as in the invoice object
    example.

    Args:
        limit (int | Unset):  Default: 20.
        starting_after (str | Unset):
        starting_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InvoiceList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        starting_after=starting_after,
        starting_before=starting_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    starting_after: str | Unset = UNSET,
    starting_before: str | Unset = UNSET,
) -> Response[Error | InvoiceList]:
    """List all invoices

     Returns a list of all invoices, cursor-paginated. The docs' example omits `has_more` (required here,
    the example below adds `has_more: false`) and closes the invoice object before its `customer`, which
    is
    not valid JSON; the example below puts `customer` inside the invoice, as in the invoice object
    example.

    Args:
        limit (int | Unset):  Default: 20.
        starting_after (str | Unset):
        starting_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | InvoiceList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        starting_after=starting_after,
        starting_before=starting_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    starting_after: str | Unset = UNSET,
    starting_before: str | Unset = UNSET,
) -> Error | InvoiceList | None:
    """List all invoices

     Returns a list of all invoices, cursor-paginated. The docs' example omits `has_more` (required here,
    the example below adds `has_more: false`) and closes the invoice object before its `customer`, which
    is
    not valid JSON; the example below puts `customer` inside the invoice, as in the invoice object
    example.

    Args:
        limit (int | Unset):  Default: 20.
        starting_after (str | Unset):
        starting_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | InvoiceList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            starting_after=starting_after,
            starting_before=starting_before,
        )
    ).parsed
