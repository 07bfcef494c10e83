"""Spacescope (Filecoin network data): :class:`Spacescope` and :class:`AsyncSpacescope`.

    with Spacescope() as api:                     # token from SPACESCOPE_TOKEN
        rows = api.power.network_storage_capacity(start_date=date(2022, 7, 1), end_date=date(2022, 12, 31))

Every method of the spec is here under its ``x-sdk-method`` name (``api.storage_provider.deals.deal_count``)
and returns the generated models; ``api.with_raw_response.<same path>`` adds the HTTP answer. Ranges
longer than the API's window are split and merged; error codes raise the classes in ``space_sdk``.
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Self

import httpx
from spacescope_client import _sdk

from ._auth import Auth
from ._client import AsyncAPIClient, SyncAPIClient
from ._setup import USER_AGENT, make_auth, server_url

__all__ = ["AsyncSpacescope", "Spacescope"]

ENV_TOKEN = "SPACESCOPE_TOKEN"


class Spacescope(_sdk.Resources):
    """Blocking Spacescope client. Use as a context manager, or call :meth:`close`.

    Args:
        token: API key; default ``$SPACESCOPE_TOKEN``. A pasted ``Bearer `` prefix is fine.
        base_url: default the spec's server, ``https://api.spacescope.io``.
        timeout: seconds or ``httpx.Timeout``; default 5 s connect, 60 s read.
        max_retries: retries after the first try (default 2).
        http_client: your own ``httpx.Client`` (left open on close), or ``transport``: an httpx transport.
    """

    def __init__(
        self,
        token: str | Auth | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] | None = None,
        now: Callable[[], datetime.datetime] | None = None,
    ) -> None:
        super().__init__(
            SyncAPIClient(
                api=_sdk.API,
                auth=make_auth(_sdk.API, token, ENV_TOKEN),
                base_url=server_url(_sdk.API, base_url),
                timeout=timeout,
                max_retries=max_retries,
                http_client=http_client,
                transport=transport,
                sleep=sleep,
                now=now,
                user_agent=USER_AGENT,
            )
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Spacescope(base_url={self._client.base_url!r})"


class AsyncSpacescope(_sdk.AsyncResources):
    """Asyncio Spacescope client (``async with``); windows of a long range are fetched concurrently
    (``max_concurrency``, default 4). Other arguments as :class:`Spacescope`."""

    def __init__(
        self,
        token: str | Auth | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_concurrency: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        now: Callable[[], datetime.datetime] | None = None,
    ) -> None:
        super().__init__(
            AsyncAPIClient(
                api=_sdk.API,
                auth=make_auth(_sdk.API, token, ENV_TOKEN),
                base_url=server_url(_sdk.API, base_url),
                timeout=timeout,
                max_retries=max_retries,
                max_concurrency=max_concurrency,
                http_client=http_client,
                transport=transport,
                sleep=sleep,
                now=now,
                user_agent=USER_AGENT,
            )
        )

    async def close(self) -> None:
        await self._client.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"AsyncSpacescope(base_url={self._client.base_url!r})"
