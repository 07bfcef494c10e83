"""Scaleway (legacy compute + account API): :class:`Scaleway` and :class:`AsyncScaleway`.

    with Scaleway(email="me@example.com", password="...") as scw:   # or token=... / $SCALEWAY_TOKEN
        server = scw.servers.create(body=ServerCreate(name="web", organization=org, image=image_id))
        task = scw.servers.action(server_id=server.id, body=ServerAction(action=ServerActionAction.POWERON))
        for volume in scw.volumes.list(per_page=50):                  # every page, by the Link header
            print(volume.id, volume.server)

With ``email=``/``password=`` (or ``$SCALEWAY_EMAIL``/``$SCALEWAY_PASSWORD``) the client creates its token
with ``POST /tokens``, extends it before its 30 minutes run out, logs in again if it was deleted, and deletes
it on close (``login_fields={"expires": False}`` asks for one that never expires). All of it is the spec's
``x-auth-login``; routing, errors (``{type, message, fields}``) and pages come from the spec too.
"""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypedDict, Unpack

import httpx
from scaleway_client import _sdk, models
from scaleway_client.models import *  # noqa: F403  (the API's models, from one place)

from ._async.sdk import AsyncSDK
from ._auth import Auth
from ._sync.sdk import SyncSDK

__all__ = ["AsyncScaleway", "Scaleway"]
__all__ += models.__all__


class _Options(TypedDict, total=False):
    """The options :class:`SyncSDK` and :class:`AsyncSDK` share (typed, so ``base_ur=`` is a type error)."""

    email: str | None
    password: str | None
    login_fields: Mapping[str, object] | None
    base_url: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int | None
    now: Callable[[], datetime.datetime] | None
    server_variables: Mapping[str, str] | None


class SyncOptions(_Options, total=False):
    http_client: httpx.Client | None
    transport: httpx.BaseTransport | None
    sleep: Callable[[float], None] | None


class AsyncOptions(_Options, total=False):
    max_concurrency: int | None
    http_client: httpx.AsyncClient | None
    transport: httpx.AsyncBaseTransport | None
    sleep: Callable[[float], Awaitable[None]] | None


def _region(region: str | None, kwargs: Any) -> Any:
    # ``region`` is the spec's {region} server variable (https://cp-{region}.scaleway.com), checked by the core
    if region is not None:
        given: Mapping[str, str] = kwargs.get("server_variables") or {}
        kwargs["server_variables"] = {**given, "region": region}
    return kwargs


class Scaleway(SyncSDK, _sdk.Resources):
    """Blocking Scaleway client; ``token=``/``$SCALEWAY_TOKEN`` or ``email=``+``password=``, and
    ``region="par1"`` (default) or ``"ams1"``; other options as :class:`SyncSDK`."""

    _api = _sdk.API
    _env_token = "SCALEWAY_TOKEN"

    def __init__(
        self, token: str | Auth | None = None, *, region: str | None = None, **kwargs: Unpack[SyncOptions]
    ) -> None:
        super().__init__(token, **_region(region, kwargs))


class AsyncScaleway(AsyncSDK, _sdk.AsyncResources):
    """Asyncio Scaleway client; ``token=``/``$SCALEWAY_TOKEN`` or ``email=``+``password=``, and
    ``region="par1"`` (default) or ``"ams1"``; other options as :class:`AsyncSDK`."""

    _api = _sdk.API
    _env_token = "SCALEWAY_TOKEN"

    def __init__(
        self, token: str | Auth | None = None, *, region: str | None = None, **kwargs: Unpack[AsyncOptions]
    ) -> None:
        super().__init__(token, **_region(region, kwargs))
