"""Scaleway (legacy compute + account API): :class:`Scaleway` and :class:`AsyncScaleway`.

    with Scaleway(email="me@example.com", password="...") as scw:   # or token=... / $SCALEWAY_TOKEN
        server = scw.servers.create(body=ServerCreate(name="web", organization=org, image=image_id)).server
        task = scw.servers.action(server_id=server.id, body=ServerAction(action=ServerActionAction.POWERON))
        for volume in scw.volumes.list(per_page=50):                  # every page, by the Link header
            print(volume.id, volume.server)

With ``email=``/``password=`` (or ``$SCALEWAY_EMAIL``/``$SCALEWAY_PASSWORD``) the client creates its token
with ``POST /tokens``, extends it before its 30 minutes run out, logs in again if it was deleted, and deletes
it on close (``login_fields={"expires": False}`` asks for one that never expires). All of it is the spec's
``x-auth-login``; routing, errors (``{type, message, fields}``) and pages come from the spec too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from scaleway_client import _sdk

from ._async.sdk import AsyncSDK
from ._auth import Auth
from ._sync.sdk import SyncSDK

__all__ = ["AsyncScaleway", "Scaleway"]


def _region(region: str | None, kwargs: dict[str, Any]) -> dict[str, Any]:
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

    def __init__(self, token: str | Auth | None = None, *, region: str | None = None, **kwargs: Any) -> None:
        super().__init__(token, **_region(region, kwargs))


class AsyncScaleway(AsyncSDK, _sdk.AsyncResources):
    """Asyncio Scaleway client; ``token=``/``$SCALEWAY_TOKEN`` or ``email=``+``password=``, and
    ``region="par1"`` (default) or ``"ams1"``; other options as :class:`AsyncSDK`."""

    _api = _sdk.API
    _env_token = "SCALEWAY_TOKEN"

    def __init__(self, token: str | Auth | None = None, *, region: str | None = None, **kwargs: Any) -> None:
        super().__init__(token, **_region(region, kwargs))
