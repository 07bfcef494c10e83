"""SpaceKnow (satellite imagery, analyses, map tiles): :class:`SpaceKnow` and :class:`AsyncSpaceKnow`.

    with SpaceKnow() as sk:                               # token (a JWT) from SPACEKNOW_TOKEN
        for scene in sk.imagery.search(body=ImagerySearchRequest(provider="maxar", dataset="...", extent=geojson)):
            print(scene.scene_id)                         # each page is a pipeline, started when needed
        job = sk.kraken.release.initiate(body=...)        # a Job: .id, .status, .wait(), .retrieve()
        job = sk.kraken.release.resume("3g4PovfhGxmymQolpgvv")   # a pipeline started elsewhere
        png = sk.kraken.tile(map_id=..., z=16, x=35357, y=22209, file="truecolor.png")   # bytes / JSON / None

Everything per endpoint comes from the spec via ``spaceknow_client._sdk``: which calls make a pipeline
(``x-job``), GeoJSON fields checked before sending (``x-geojson``), the 64 KiB body limit
(``x-max-body-bytes``), the tile grid (``x-tile-grid``). Here only what the docs give as rules rather than
endpoints: :func:`permits` (the permission rule) and the geometry helpers :func:`decompose` and
:func:`tiles_covering` (``pip install 'space-sdk[geo]'``).
"""

from __future__ import annotations

from spaceknow_client import _sdk

from ._sdk_base import AsyncSDK, SyncSDK

__all__ = ["AsyncSpaceKnow", "SpaceKnow"]


class SpaceKnow(SyncSDK, _sdk.Resources):
    """Blocking SpaceKnow client; token (a JWT) from ``token=`` or ``$SPACEKNOW_TOKEN`` (see :class:`SyncSDK`)."""

    _api = _sdk.API
    _env_token = "SPACEKNOW_TOKEN"


class AsyncSpaceKnow(AsyncSDK, _sdk.AsyncResources):
    """Asyncio SpaceKnow client; token from ``token=`` or ``$SPACEKNOW_TOKEN`` (see :class:`AsyncSDK`)."""

    _api = _sdk.API
    _env_token = "SPACEKNOW_TOKEN"
