import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_envelope import ApiErrorEnvelope
from ...models.auth_error_envelope import AuthErrorEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.gas_fee_overview_h_envelope import GasFeeOverviewHEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_hour: datetime.datetime | Unset = UNSET,
    end_hour: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_hour: str | Unset = UNSET
    if not isinstance(start_hour, Unset):
        json_start_hour = start_hour.isoformat()
    params["start_hour"] = json_start_hour

    json_end_hour: str | Unset = UNSET
    if not isinstance(end_hour, Unset):
        json_end_hour = end_hour.isoformat()
    params["end_hour"] = json_end_hour

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/network_core/transactions-usage/gas_fee_overview_h",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ApiErrorEnvelope
    | GasFeeOverviewHEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ApiErrorEnvelope | GasFeeOverviewHEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GasFeeOverviewHEnvelope.from_dict(data)

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
    Any | ApiErrorEnvelope | GasFeeOverviewHEnvelope | AuthErrorEnvelope | ErrorEnvelope
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
    start_hour: datetime.datetime | Unset = UNSET,
    end_hour: datetime.datetime | Unset = UNSET,
) -> Response[
    Any | ApiErrorEnvelope | GasFeeOverviewHEnvelope | AuthErrorEnvelope | ErrorEnvelope
]:
    """Hourly Gas Fee Overview

     Overview of gas fee occurred on the Filecoin Network during the previous hour. One row per hour
    (`hour_date`). The range parameters are `start_hour`/`end_hour` (RFC 3339 date-times such as
    2022-07-01T00:00:00Z), as in the docs' request example; the docs' parameter table calls them
    start_date/end_date. At most 31 days per request: the v1 docs say the difference between end_date
    and start_date should be smaller than 31 days. Docs' example response fixed: missing ']' closing the
    data array added.

    Args:
        start_hour (datetime.datetime | Unset):
        end_hour (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiErrorEnvelope | GasFeeOverviewHEnvelope | AuthErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        start_hour=start_hour,
        end_hour=end_hour,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_hour: datetime.datetime | Unset = UNSET,
    end_hour: datetime.datetime | Unset = UNSET,
) -> (
    Any
    | ApiErrorEnvelope
    | GasFeeOverviewHEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
    | None
):
    """Hourly Gas Fee Overview

     Overview of gas fee occurred on the Filecoin Network during the previous hour. One row per hour
    (`hour_date`). The range parameters are `start_hour`/`end_hour` (RFC 3339 date-times such as
    2022-07-01T00:00:00Z), as in the docs' request example; the docs' parameter table calls them
    start_date/end_date. At most 31 days per request: the v1 docs say the difference between end_date
    and start_date should be smaller than 31 days. Docs' example response fixed: missing ']' closing the
    data array added.

    Args:
        start_hour (datetime.datetime | Unset):
        end_hour (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiErrorEnvelope | GasFeeOverviewHEnvelope | AuthErrorEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        start_hour=start_hour,
        end_hour=end_hour,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_hour: datetime.datetime | Unset = UNSET,
    end_hour: datetime.datetime | Unset = UNSET,
) -> Response[
    Any | ApiErrorEnvelope | GasFeeOverviewHEnvelope | AuthErrorEnvelope | ErrorEnvelope
]:
    """Hourly Gas Fee Overview

     Overview of gas fee occurred on the Filecoin Network during the previous hour. One row per hour
    (`hour_date`). The range parameters are `start_hour`/`end_hour` (RFC 3339 date-times such as
    2022-07-01T00:00:00Z), as in the docs' request example; the docs' parameter table calls them
    start_date/end_date. At most 31 days per request: the v1 docs say the difference between end_date
    and start_date should be smaller than 31 days. Docs' example response fixed: missing ']' closing the
    data array added.

    Args:
        start_hour (datetime.datetime | Unset):
        end_hour (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiErrorEnvelope | GasFeeOverviewHEnvelope | AuthErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        start_hour=start_hour,
        end_hour=end_hour,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_hour: datetime.datetime | Unset = UNSET,
    end_hour: datetime.datetime | Unset = UNSET,
) -> (
    Any
    | ApiErrorEnvelope
    | GasFeeOverviewHEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
    | None
):
    """Hourly Gas Fee Overview

     Overview of gas fee occurred on the Filecoin Network during the previous hour. One row per hour
    (`hour_date`). The range parameters are `start_hour`/`end_hour` (RFC 3339 date-times such as
    2022-07-01T00:00:00Z), as in the docs' request example; the docs' parameter table calls them
    start_date/end_date. At most 31 days per request: the v1 docs say the difference between end_date
    and start_date should be smaller than 31 days. Docs' example response fixed: missing ']' closing the
    data array added.

    Args:
        start_hour (datetime.datetime | Unset):
        end_hour (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiErrorEnvelope | GasFeeOverviewHEnvelope | AuthErrorEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            start_hour=start_hour,
            end_hour=end_hour,
        )
    ).parsed
