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

from scaleway_client import _sdk

from ._sdk_base import AsyncSDK, SyncSDK

__all__ = ["AsyncScaleway", "Scaleway"]


class Scaleway(SyncSDK, _sdk.Resources):
    """Blocking Scaleway client; ``token=``/``$SCALEWAY_TOKEN`` or ``email=``+``password=`` (see :class:`SyncSDK`)."""

    _api = _sdk.API
    _env_token = "SCALEWAY_TOKEN"


class AsyncScaleway(AsyncSDK, _sdk.AsyncResources):
    """Asyncio Scaleway client; ``token=``/``$SCALEWAY_TOKEN`` or ``email=``+``password=`` (see :class:`AsyncSDK`)."""

    _api = _sdk.API
    _env_token = "SCALEWAY_TOKEN"
