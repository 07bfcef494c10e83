"""A SpaceKnow session against the spec-driven mock (the end of `make demo`): an imagery search followed from
initiate through its progress to the result, the one-call paged search, a Kraken release and one of its tiles.

The mock's pipelines move one step per status check (not per second), so the client's waits between checks
(the server's ``nextTry``) are printed and skipped rather than slept.
"""

from __future__ import annotations

import pickle

from spaceknow_client.models import ImagerySearchRequest, KrakenReleaseRequest

from examples.demo import ROOT, TOKEN
from space_sdk import JobState, ParameterError, SpaceKnow
from space_sdk.contract.mock.app import create_app
from space_sdk.contract.runner import ServedMock

EXTENT = {
    "type": "GeometryCollection",
    "geometries": [
        {
            "type": "Polygon",
            "coordinates": [
                [
                    [14.452436864376, 50.092111002982],
                    [14.451779723167, 50.092107561411],
                    [14.452233016491, 50.091543140472],
                    [14.452436864376, 50.092111002982],
                ]
            ],
        }
    ],
}


def skip(seconds: float) -> None:
    print(f"    (the server says: next check in {seconds:g} s; the demo does not wait)")


def show(state: JobState) -> None:
    progress = state.progress or {}
    step = f" step {progress.get('step')}: {progress.get('message')}" if progress else ""
    print(f"    check {state.checks}: {state.status}{step}")


def session(base_url: str) -> None:
    search = ImagerySearchRequest(
        provider="maxar",
        dataset="idaho-pansharpened",
        extent=EXTENT,
        start_datetime="2018-01-01 00:00:00",
        end_datetime="2018-02-01 00:00:00",
    )
    with SpaceKnow(TOKEN, base_url=base_url, sleep=skip) as sk:
        print(f"{sk!r}")
        job = sk.imagery.search.initiate(body=search)
        print(f"imagery.search.initiate: {job!r}, next check in {job.next_try:g} s")
        saved = pickle.dumps(job)  # e.g. kept across a restart; the handle travels without its client
        job = sk.imagery.search.resume(str(pickle.loads(saved)))
        first = job.wait(on_progress=show).retrieve()
        print(
            f"imagery.search.retrieve: {len(first.results)} scenes on the first page, cursor={first.cursor!r}"
        )
        scenes = [scene.scene_id for scene in sk.imagery.search(body=search)]
        print(f"imagery.search (every page, one pipeline each): {len(scenes)} scenes {scenes}")
        release = sk.kraken.release(
            body=KrakenReleaseRequest(map_type="cars", scene_ids=scenes[:1], extent=EXTENT), on_progress=show
        )
        print(
            f"kraken.release: map {release.map_id}, max zoom {release.max_zoom}, {len(release.tiles)} tiles"
        )
        z, x, y = release.tiles[0]
        tile = sk.kraken.tile(map_id=release.map_id, z=z, x=x, y=y, file="truecolor.png")
        shown = f"{len(tile)} bytes of PNG" if isinstance(tile, bytes) else "no data (204)"
        print(f"kraken.tile {z}/{x}/{y}/truecolor.png: {shown}")
        try:
            sk.kraken.tile(map_id=release.map_id, z=2, x=4, y=0, file="truecolor.png")
        except ParameterError as exc:
            print(f"refused before sending: {exc}")


def main() -> None:
    spec = ROOT / "openapi" / "spaceknow.yaml"
    with ServedMock(create_app(spec)) as root:
        session(root)


if __name__ == "__main__":
    main()
