import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_envelope import ApiErrorEnvelope
from ...models.auth_error_envelope import AuthErrorEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.sectors_schedule_expiration_envelope import (
    SectorsScheduleExpirationEnvelope,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    state_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_state_date: str | Unset = UNSET
    if not isinstance(state_date, Unset):
        json_state_date = state_date.isoformat()
    params["state_date"] = json_state_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/network_core/capacity-services/sectors_schedule_expiration",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ApiErrorEnvelope
    | SectorsScheduleExpirationEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ApiErrorEnvelope | SectorsScheduleExpirationEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SectorsScheduleExpirationEnvelope.from_dict(data)

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
    | SectorsScheduleExpirationEnvelope
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
) -> Response[
    Any
    | ApiErrorEnvelope
    | SectorsScheduleExpirationEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
]:
    """Sectors Scheduled Expiration

     Sector size and pledges that are extended, expired, terminated or scheduled to expire, based on
    their sector service periods. One row per `interest_date` for the selected `state_date` (the only
    documented parameter); dates after that day are projections. Docs' example response fixed: trailing
    comma after the last row removed; missing ']' closing the data array added.

    Args:
        state_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiErrorEnvelope | SectorsScheduleExpirationEnvelope | AuthErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        state_date=state_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    state_date: datetime.date | Unset = UNSET,
) -> (
    Any
    | ApiErrorEnvelope
    | SectorsScheduleExpirationEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
    | None
):
    """Sectors Scheduled Expiration

     Sector size and pledges that are extended, expired, terminated or scheduled to expire, based on
    their sector service periods. One row per `interest_date` for the selected `state_date` (the only
    documented parameter); dates after that day are projections. Docs' example response fixed: trailing
    comma after the last row removed; missing ']' closing the data array added.

    Args:
        state_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiErrorEnvelope | SectorsScheduleExpirationEnvelope | AuthErrorEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        state_date=state_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    state_date: datetime.date | Unset = UNSET,
) -> Response[
    Any
    | ApiErrorEnvelope
    | SectorsScheduleExpirationEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
]:
    """Sectors Scheduled Expiration

     Sector size and pledges that are extended, expired, terminated or scheduled to expire, based on
    their sector service periods. One row per `interest_date` for the selected `state_date` (the only
    documented parameter); dates after that day are projections. Docs' example response fixed: trailing
    comma after the last row removed; missing ']' closing the data array added.

    Args:
        state_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiErrorEnvelope | SectorsScheduleExpirationEnvelope | AuthErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        state_date=state_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    state_date: datetime.date | Unset = UNSET,
) -> (
    Any
    | ApiErrorEnvelope
    | SectorsScheduleExpirationEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
    | None
):
    """Sectors Scheduled Expiration

     Sector size and pledges that are extended, expired, terminated or scheduled to expire, based on
    their sector service periods. One row per `interest_date` for the selected `state_date` (the only
    documented parameter); dates after that day are projections. Docs' example response fixed: trailing
    comma after the last row removed; missing ']' closing the data array added.

    Args:
        state_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiErrorEnvelope | SectorsScheduleExpirationEnvelope | AuthErrorEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            state_date=state_date,
        )
    ).parsed
