import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_envelope import ApiErrorEnvelope
from ...models.auth_error_envelope import AuthErrorEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.storage_provider_deals_deal_count_envelope import (
    StorageProviderDealsDealCountEnvelope,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    state_date: datetime.date | Unset = UNSET,
    miner_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_state_date: str | Unset = UNSET
    if not isinstance(state_date, Unset):
        json_state_date = state_date.isoformat()
    params["state_date"] = json_state_date

    params["miner_id"] = miner_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/storage_provider/deals/deal_count",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ApiErrorEnvelope
    | StorageProviderDealsDealCountEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ApiErrorEnvelope | StorageProviderDealsDealCountEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = StorageProviderDealsDealCountEnvelope.from_dict(
                    data
                )

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
    Any
    | ApiErrorEnvelope
    | StorageProviderDealsDealCountEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
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
    state_date: datetime.date | Unset = UNSET,
    miner_id: str | Unset = UNSET,
) -> Response[
    Any
    | ApiErrorEnvelope
    | StorageProviderDealsDealCountEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
]:
    """Storage provider deals: deal count

     The number of storage deals of the storage providers. One row per storage provider for a single day:
    `state_date` (default: the most recent date available). Without `miner_id` the rows of all storage
    providers are returned; no pagination is documented.

    Args:
        state_date (datetime.date | Unset):
        miner_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiErrorEnvelope | StorageProviderDealsDealCountEnvelope | AuthErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        state_date=state_date,
        miner_id=miner_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    state_date: datetime.date | Unset = UNSET,
    miner_id: str | Unset = UNSET,
) -> (
    Any
    | ApiErrorEnvelope
    | StorageProviderDealsDealCountEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
    | None
):
    """Storage provider deals: deal count

     The number of storage deals of the storage providers. One row per storage provider for a single day:
    `state_date` (default: the most recent date available). Without `miner_id` the rows of all storage
    providers are returned; no pagination is documented.

    Args:
        state_date (datetime.date | Unset):
        miner_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiErrorEnvelope | StorageProviderDealsDealCountEnvelope | AuthErrorEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        state_date=state_date,
        miner_id=miner_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    state_date: datetime.date | Unset = UNSET,
    miner_id: str | Unset = UNSET,
) -> Response[
    Any
    | ApiErrorEnvelope
    | StorageProviderDealsDealCountEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
]:
    """Storage provider deals: deal count

     The number of storage deals of the storage providers. One row per storage provider for a single day:
    `state_date` (default: the most recent date available). Without `miner_id` the rows of all storage
    providers are returned; no pagination is documented.

    Args:
        state_date (datetime.date | Unset):
        miner_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiErrorEnvelope | StorageProviderDealsDealCountEnvelope | AuthErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        state_date=state_date,
        miner_id=miner_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    state_date: datetime.date | Unset = UNSET,
    miner_id: str | Unset = UNSET,
) -> (
    Any
    | ApiErrorEnvelope
    | StorageProviderDealsDealCountEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
    | None
):
    """Storage provider deals: deal count

     The number of storage deals of the storage providers. One row per storage provider for a single day:
    `state_date` (default: the most recent date available). Without `miner_id` the rows of all storage
    providers are returned; no pagination is documented.

    Args:
        state_date (datetime.date | Unset):
        miner_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiErrorEnvelope | StorageProviderDealsDealCountEnvelope | AuthErrorEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            state_date=state_date,
            miner_id=miner_id,
        )
    ).parsed
