"""Spaces (spaces.pe): :class:`Spaces` and :class:`AsyncSpaces`.

    with Spaces() as api:                          # token from SPACES_TOKEN (HTTP basic, token as user)
        for customer in api.customers.list(limit=100):   # every page, fetched as needed
            print(customer.id)
        invoice = api.invoices.retrieve(invoice_id=42)

Methods follow the spec's ``x-sdk-method`` names; lists are cursor pages (``for`` walks all pages).
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Self

import httpx
from spaces_client import _sdk

from ._auth import Auth
from ._client import AsyncAPIClient, SyncAPIClient
from ._setup import USER_AGENT, make_auth, server_url

__all__ = ["AsyncSpaces", "Spaces"]

ENV_TOKEN = "SPACES_TOKEN"


class Spaces(_sdk.Resources):
    """Blocking Spaces client. Use as a context manager, or call :meth:`close`.

    Args:
        token: OAuth access token (sent as the basic-auth user, empty password); default ``$SPACES_TOKEN``.
        base_url: default the spec's server, ``https://spaces.pe/api/v1``.
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
        return f"Spaces(base_url={self._client.base_url!r})"


class AsyncSpaces(_sdk.AsyncResources):
    """Asyncio Spaces client (``async with``); arguments as :class:`Spaces`."""

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
        return f"AsyncSpaces(base_url={self._client.base_url!r})"
