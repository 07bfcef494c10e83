from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_envelope import ApiErrorEnvelope
from ...models.auth_error_envelope import AuthErrorEnvelope
from ...models.deal_snapshot_envelope import DealSnapshotEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int,
    page: int | Unset = 0,
    deal_id: int | Unset = UNSET,
    piece_cid: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    client_address: str | Unset = UNSET,
    provider_id: str | Unset = UNSET,
    provider_address: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page"] = page

    params["deal_id"] = deal_id

    params["piece_cid"] = piece_cid

    params["client_id"] = client_id

    params["client_address"] = client_address

    params["provider_id"] = provider_id

    params["provider_address"] = provider_address

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/deals/deal_snapshot",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ApiErrorEnvelope
    | DealSnapshotEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ApiErrorEnvelope | DealSnapshotEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DealSnapshotEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ApiErrorEnvelope.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AuthErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = cast(Any, None)
        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any | ApiErrorEnvelope | DealSnapshotEnvelope | AuthErrorEnvelope | ErrorEnvelope
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
    page_size: int,
    page: int | Unset = 0,
    deal_id: int | Unset = UNSET,
    piece_cid: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    client_address: str | Unset = UNSET,
    provider_id: str | Unset = UNSET,
    provider_address: str | Unset = UNSET,
) -> Response[
    Any | ApiErrorEnvelope | DealSnapshotEnvelope | AuthErrorEnvelope | ErrorEnvelope
]:
    """Deal snapshot (deal status)

     The current status of each deal, also including the status of the sector that the deal is associated
    with during its lifetime. Paginated with `page` (first page 0) and `page_size` (required). At least
    one of the six filters (deal_id, piece_cid, client_id, client_address, provider_id,
    provider_address) is required. No total or next-page field is documented: a page with fewer than
    page_size rows is the last. Documented only in the 2023 docs (v2.2.0).

    Args:
        page_size (int):
        page (int | Unset):  Default: 0.
        deal_id (int | Unset):
        piece_cid (str | Unset):
        client_id (str | Unset):
        client_address (str | Unset):
        provider_id (str | Unset):
        provider_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiErrorEnvelope | DealSnapshotEnvelope | AuthErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page=page,
        deal_id=deal_id,
        piece_cid=piece_cid,
        client_id=client_id,
        client_address=client_address,
        provider_id=provider_id,
        provider_address=provider_address,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_size: int,
    page: int | Unset = 0,
    deal_id: int | Unset = UNSET,
    piece_cid: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    client_address: str | Unset = UNSET,
    provider_id: str | Unset = UNSET,
    provider_address: str | Unset = UNSET,
) -> (
    Any
    | ApiErrorEnvelope
    | DealSnapshotEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
    | None
):
    """Deal snapshot (deal status)

     The current status of each deal, also including the status of the sector that the deal is associated
    with during its lifetime. Paginated with `page` (first page 0) and `page_size` (required). At least
    one of the six filters (deal_id, piece_cid, client_id, client_address, provider_id,
    provider_address) is required. No total or next-page field is documented: a page with fewer than
    page_size rows is the last. Documented only in the 2023 docs (v2.2.0).

    Args:
        page_size (int):
        page (int | Unset):  Default: 0.
        deal_id (int | Unset):
        piece_cid (str | Unset):
        client_id (str | Unset):
        client_address (str | Unset):
        provider_id (str | Unset):
        provider_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiErrorEnvelope | DealSnapshotEnvelope | AuthErrorEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page=page,
        deal_id=deal_id,
        piece_cid=piece_cid,
        client_id=client_id,
        client_address=client_address,
        provider_id=provider_id,
        provider_address=provider_address,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int,
    page: int | Unset = 0,
    deal_id: int | Unset = UNSET,
    piece_cid: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    client_address: str | Unset = UNSET,
    provider_id: str | Unset = UNSET,
    provider_address: str | Unset = UNSET,
) -> Response[
    Any | ApiErrorEnvelope | DealSnapshotEnvelope | AuthErrorEnvelope | ErrorEnvelope
]:
    """Deal snapshot (deal status)

     The current status of each deal, also including the status of the sector that the deal is associated
    with during its lifetime. Paginated with `page` (first page 0) and `page_size` (required). At least
    one of the six filters (deal_id, piece_cid, client_id, client_address, provider_id,
    provider_address) is required. No total or next-page field is documented: a page with fewer than
    page_size rows is the last. Documented only in the 2023 docs (v2.2.0).

    Args:
        page_size (int):
        page (int | Unset):  Default: 0.
        deal_id (int | Unset):
        piece_cid (str | Unset):
        client_id (str | Unset):
        client_address (str | Unset):
        provider_id (str | Unset):
        provider_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiErrorEnvelope | DealSnapshotEnvelope | AuthErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page=page,
        deal_id=deal_id,
        piece_cid=piece_cid,
        client_id=client_id,
        client_address=client_address,
        provider_id=provider_id,
        provider_address=provider_address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_size: int,
    page: int | Unset = 0,
    deal_id: int | Unset = UNSET,
    piece_cid: str | Unset = UNSET,
    client_id: str | Unset = UNSET,
    client_address: str | Unset = UNSET,
    provider_id: str | Unset = UNSET,
    provider_address: str | Unset = UNSET,
) -> (
    Any
    | ApiErrorEnvelope
    | DealSnapshotEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
    | None
):
    """Deal snapshot (deal status)

     The current status of each deal, also including the status of the sector that the deal is associated
    with during its lifetime. Paginated with `page` (first page 0) and `page_size` (required). At least
    one of the six filters (deal_id, piece_cid, client_id, client_address, provider_id,
    provider_address) is required. No total or next-page field is documented: a page with fewer than
    page_size rows is the last. Documented only in the 2023 docs (v2.2.0).

    Args:
        page_size (int):
        page (int | Unset):  Default: 0.
        deal_id (int | Unset):
        piece_cid (str | Unset):
        client_id (str | Unset):
        client_address (str | Unset):
        provider_id (str | Unset):
        provider_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiErrorEnvelope | DealSnapshotEnvelope | AuthErrorEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page=page,
            deal_id=deal_id,
            piece_cid=piece_cid,
            client_id=client_id,
            client_address=client_address,
            provider_id=provider_id,
            provider_address=provider_address,
        )
    ).parsed
