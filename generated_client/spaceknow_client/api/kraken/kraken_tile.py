from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_401 import Error401
from ...models.error_403 import Error403
from ...models.error_404 import Error404
from ...models.error_422 import Error422
from ...models.error_429 import Error429
from ...models.error_500 import Error500
from ...types import Response


def _get_kwargs(
    map_id: str,
    z: int,
    x: int,
    y: int,
    file: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/kraken/grid/{map_id}/-/{z}/{x}/{y}/{file}".format(
            map_id=quote(str(map_id), safe=""),
            z=quote(str(z), safe=""),
            x=quote(str(x), safe=""),
            y=quote(str(y), safe=""),
            file=quote(str(file), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Error401 | Error403 | Error404 | Error422 | Error429 | Error500 | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = Error401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error404.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = Error422.from_dict(response.json())

        return response_422

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
) -> Response[Any | Error401 | Error403 | Error404 | Error422 | Error429 | Error500]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    map_id: str,
    z: int,
    x: int,
    y: int,
    file: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error401 | Error403 | Error404 | Error422 | Error429 | Error500]:
    """One map tile

     A file of one Web Mercator tile (the grid between ±85.051129° latitude; zoom z is a 2^z × 2^z grid):
    PNG bytes for `*.png` (512×512 px; legacy maps ≤ version 372: 256×256), JSON for `*.geojson` and
    `*.json`, **204 when the tile has no data** [C]. The path is [C].

    Args:
        map_id (str):
        z (int):
        x (int):
        y (int):
        file (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error401 | Error403 | Error404 | Error422 | Error429 | Error500]
    """

    kwargs = _get_kwargs(
        map_id=map_id,
        z=z,
        x=x,
        y=y,
        file=file,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    map_id: str,
    z: int,
    x: int,
    y: int,
    file: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error401 | Error403 | Error404 | Error422 | Error429 | Error500 | None:
    """One map tile

     A file of one Web Mercator tile (the grid between ±85.051129° latitude; zoom z is a 2^z × 2^z grid):
    PNG bytes for `*.png` (512×512 px; legacy maps ≤ version 372: 256×256), JSON for `*.geojson` and
    `*.json`, **204 when the tile has no data** [C]. The path is [C].

    Args:
        map_id (str):
        z (int):
        x (int):
        y (int):
        file (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error401 | Error403 | Error404 | Error422 | Error429 | Error500
    """

    return sync_detailed(
        map_id=map_id,
        z=z,
        x=x,
        y=y,
        file=file,
        client=client,
    ).parsed


async def asyncio_detailed(
    map_id: str,
    z: int,
    x: int,
    y: int,
    file: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Error401 | Error403 | Error404 | Error422 | Error429 | Error500]:
    """One map tile

     A file of one Web Mercator tile (the grid between ±85.051129° latitude; zoom z is a 2^z × 2^z grid):
    PNG bytes for `*.png` (512×512 px; legacy maps ≤ version 372: 256×256), JSON for `*.geojson` and
    `*.json`, **204 when the tile has no data** [C]. The path is [C].

    Args:
        map_id (str):
        z (int):
        x (int):
        y (int):
        file (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error401 | Error403 | Error404 | Error422 | Error429 | Error500]
    """

    kwargs = _get_kwargs(
        map_id=map_id,
        z=z,
        x=x,
        y=y,
        file=file,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    map_id: str,
    z: int,
    x: int,
    y: int,
    file: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | Error401 | Error403 | Error404 | Error422 | Error429 | Error500 | None:
    """One map tile

     A file of one Web Mercator tile (the grid between ±85.051129° latitude; zoom z is a 2^z × 2^z grid):
    PNG bytes for `*.png` (512×512 px; legacy maps ≤ version 372: 256×256), JSON for `*.geojson` and
    `*.json`, **204 when the tile has no data** [C]. The path is [C].

    Args:
        map_id (str):
        z (int):
        x (int):
        y (int):
        file (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error401 | Error403 | Error404 | Error422 | Error429 | Error500
    """

    return (
        await asyncio_detailed(
            map_id=map_id,
            z=z,
            x=x,
            y=y,
            file=file,
            client=client,
        )
    ).parsed
