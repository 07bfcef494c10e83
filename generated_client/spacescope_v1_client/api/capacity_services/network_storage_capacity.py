import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error_envelope import ApiErrorEnvelope
from ...models.auth_error_envelope import AuthErrorEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.network_storage_capacity_envelope import NetworkStorageCapacityEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/network_core/capacity-services/network_storage_capacity",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | ApiErrorEnvelope
    | NetworkStorageCapacityEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ApiErrorEnvelope | NetworkStorageCapacityEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = NetworkStorageCapacityEnvelope.from_dict(data)

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
    | NetworkStorageCapacityEnvelope
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
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> Response[
    Any
    | ApiErrorEnvelope
    | NetworkStorageCapacityEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
]:
    """Network Storage Capacity

     The Filecoin Network storage capacity, presented in Raw Byte (RB) and Quality-Adjusted (QA) Power.
    One row per day (`stat_date`). At most 31 days per request: the v1 docs say the difference between
    end_date and start_date should be smaller than 31 days. Docs' example response fixed: missing ']'
    closing the data array added.

    Args:
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiErrorEnvelope | NetworkStorageCapacityEnvelope | AuthErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> (
    Any
    | ApiErrorEnvelope
    | NetworkStorageCapacityEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
    | None
):
    """Network Storage Capacity

     The Filecoin Network storage capacity, presented in Raw Byte (RB) and Quality-Adjusted (QA) Power.
    One row per day (`stat_date`). At most 31 days per request: the v1 docs say the difference between
    end_date and start_date should be smaller than 31 days. Docs' example response fixed: missing ']'
    closing the data array added.

    Args:
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiErrorEnvelope | NetworkStorageCapacityEnvelope | AuthErrorEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> Response[
    Any
    | ApiErrorEnvelope
    | NetworkStorageCapacityEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
]:
    """Network Storage Capacity

     The Filecoin Network storage capacity, presented in Raw Byte (RB) and Quality-Adjusted (QA) Power.
    One row per day (`stat_date`). At most 31 days per request: the v1 docs say the difference between
    end_date and start_date should be smaller than 31 days. Docs' example response fixed: missing ']'
    closing the data array added.

    Args:
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiErrorEnvelope | NetworkStorageCapacityEnvelope | AuthErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> (
    Any
    | ApiErrorEnvelope
    | NetworkStorageCapacityEnvelope
    | AuthErrorEnvelope
    | ErrorEnvelope
    | None
):
    """Network Storage Capacity

     The Filecoin Network storage capacity, presented in Raw Byte (RB) and Quality-Adjusted (QA) Power.
    One row per day (`stat_date`). At most 31 days per request: the v1 docs say the difference between
    end_date and start_date should be smaller than 31 days. Docs' example response fixed: missing ']'
    closing the data array added.

    Args:
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiErrorEnvelope | NetworkStorageCapacityEnvelope | AuthErrorEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
