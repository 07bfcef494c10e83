"""Every ```python block of README.md runs, as written, against the in-process mock, so an example cannot rot.

Each API's mock is served on loopback; the clients the blocks create get the mock's URL as their default
base_url (the only change: the blocks name no base_url) and their tokens from the environment variables the
README names. Names a block leaves to the reader (``org_id``, ``image_id``, ``geojson``) are given values the
mock knows. A block that cannot pass yet is marked with the reason.
"""

from __future__ import annotations

import asyncio
import functools
import re
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_time import FakeTime

from space_sdk._async.sdk import AsyncSDK
from space_sdk._sync.sdk import SyncSDK
from space_sdk.contract.mock.app import create_app
from space_sdk.contract.runner import ServedMock
from space_sdk.spec import SPEC_DIR

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCKS = re.findall(r"^```python\n(.*?)^```", README.read_text(encoding="utf-8"), flags=re.S | re.M)
TOKEN = "mock-token"
SPECS = {
    "Spacescope API": "spacescope.yaml",
    "Spaces API": "spaces.yaml",
    "Scaleway legacy API": "scaleway.yaml",
    "SpaceKnow API": "spaceknow.yaml",
    "Spacescope API v1": "spacescope-v1.yaml",
}
# Scaleway's block logs in with these (the README's own values); the mock accepts them
CREDENTIALS = "me@example.com:..."
ORG = "000a115d-2852-4b0a-9ce8-47f1134ba95a"  # the Blueprint's organization, seeded in the mock
EXTENT = {"type": "Polygon", "coordinates": [[[14.4, 50.0], [14.5, 50.0], [14.5, 50.1], [14.4, 50.0]]]}
#: blocks that cannot pass yet (by their first line): the one error expected, and why
PENDING: dict[str, tuple[type[Exception], str, str]] = {
    # e.g. "from space_sdk import Scaleway": (KeyError, "'0'", "the mock's server has no root volume yet"),
}


@pytest.fixture(scope="module")
def mocks() -> Iterator[dict[str, str]]:
    roots: dict[str, str] = {}
    served = []
    for title, spec in SPECS.items():
        app = create_app(SPEC_DIR / spec, tokens=[TOKEN], credentials=CREDENTIALS)
        server = ServedMock(app)
        roots[title] = server.__enter__()
        served.append(server)
    yield roots
    for server in served:
        server.__exit__(None, None, None)


@pytest.fixture
def clock() -> FakeTime:
    return FakeTime()


@pytest.fixture
def to_the_mock(mocks: dict[str, str], clock: FakeTime, monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("SPACESCOPE_TOKEN", "SPACES_TOKEN", "SPACEKNOW_TOKEN"):
        monkeypatch.setenv(var, TOKEN)
    for cls, sleep in ((SyncSDK, clock.sleep), (AsyncSDK, clock.asleep)):
        original = cls.__init__

        @functools.wraps(original)
        def init(
            self: Any, *args: Any, __original: Any = original, __sleep: Any = sleep, **kwargs: Any
        ) -> None:
            if kwargs.get("base_url") is None:
                root = mocks[self._api["title"]]
                path = re.sub(r"^https?://[^/]+", "", self._api["servers"][0]["url"])
                kwargs["base_url"] = root + path
            # the jobs' waits (nextTry) on the fake clock: a block runs as written, without waiting
            kwargs.setdefault("sleep", __sleep)
            kwargs.setdefault("now", clock.now)
            __original(self, *args, **kwargs)

        monkeypatch.setattr(cls, "__init__", init)


def _reader_values(root: str) -> dict[str, Any]:
    from space_sdk import Scaleway

    with Scaleway(TOKEN, base_url=root) as scw:
        image_id = next(iter(scw.images.list())).id
    return {"org_id": ORG, "image_id": image_id, "geojson": EXTENT}


@pytest.mark.parametrize("block", BLOCKS, ids=[b.strip().splitlines()[0][:50] for b in BLOCKS])
def test_readme_block_runs(block: str, to_the_mock: None, mocks: dict[str, str], clock: FakeTime) -> None:
    pending = next((p for start, p in PENDING.items() if block.lstrip().startswith(start)), None)
    namespace: dict[str, Any] = {"__name__": "readme", **_reader_values(mocks["Scaleway legacy API"])}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # the v1 block's warning, which it announces
            exec(compile(block, "README.md", "exec"), namespace)
            main = namespace.get("main")
            if main is not None and asyncio.iscoroutinefunction(main):
                asyncio.run(main())
    except Exception as exc:
        if pending is not None and isinstance(exc, pending[0]) and str(exc) == pending[1]:
            pytest.xfail(pending[2])  # only this error, at the line named; anything else fails
        raise
    assert pending is None, "the block passes now: remove its PENDING entry"
    if ".wait(" in block:  # the pipeline's nextTry waits went to the fake clock, not to time.sleep
        assert clock.sleeps


def test_every_block_is_found() -> None:
    assert len(BLOCKS) == README.read_text(encoding="utf-8").count("```python")
    assert len(BLOCKS) >= 5
