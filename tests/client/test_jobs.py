"""Job handles (x-job): start, wait, retrieve, one-call, resume, pickling, failures, paged job results.

A small in-process SpaceKnow stands behind httpx.MockTransport; time is a fake clock that only moves when
slept on, so a pipeline that "takes" minutes passes in milliseconds.
"""

from __future__ import annotations

import asyncio
import json
import pickle
import time
from typing import Any

import httpx
import pytest
from fake_time import FakeTime
from sdk_helpers import TOKEN
from spaceknow_client.models import ImagerySearchRequest, KrakenReleaseRequest, Scene

from space_sdk import (
    AsyncJob,
    AsyncSpaceKnow,
    ConfigurationError,
    Job,
    JobFailedError,
    JobState,
    JobTimeoutError,
    NotFoundError,
    ParameterError,
    ResponseValidationError,
    SpaceKnow,
)

EXTENT = {"type": "Polygon", "coordinates": [[[14.4, 50.0], [14.5, 50.0], [14.5, 50.1], [14.4, 50.0]]]}
STEPS = ["Preparing analysis", "Ordering data from provider", "Downloading data from provider", "Analyzing"]


class FakeSpaceKnow:
    """Pipelines that take ``steps`` status checks in PROCESSING; search results paged 2 scenes a page."""

    def __init__(self, steps: int = 5, fail: bool = False, scenes: int = 5, next_try: Any = 7) -> None:
        self.steps, self.fail, self.scenes, self.next_try = steps, fail, scenes, next_try
        self.pipelines: dict[str, dict[str, Any]] = {}
        self.paths: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.paths.append(path)
        assert request.headers["authorization"] == f"Bearer {TOKEN}"
        body = json.loads(request.content or b"{}")
        if path.endswith("/initiate"):
            pid = f"pipe{len(self.pipelines)}"
            self.pipelines[pid] = {"checks": 0, "cursor": body.get("cursor"), "kind": path}
            return httpx.Response(200, json={"pipelineId": pid, "status": "NEW", "nextTry": self.next_try})
        pipe = self.pipelines.get(body.get("pipelineId", ""))
        if pipe is None:
            return _error(404, "NON-EXISTENT-PIPELINE", "Pipeline does not exist.")
        if path == "/tasking/get-status":
            pipe["checks"] += 1
            if pipe["checks"] > self.steps:
                return httpx.Response(200, json={"status": "FAILED" if self.fail else "RESOLVED"})
            step = STEPS[(pipe["checks"] - 1) % len(STEPS)]
            return httpx.Response(
                200,
                json={
                    "status": "PROCESSING",
                    "nextTry": self.next_try,
                    "progress": {"message": step, "step": pipe["checks"]},
                },
            )
        if pipe["checks"] <= self.steps:
            return _error(409, "PIPELINE-NOT-PROCESSED", "not yet")
        if self.fail:
            return _error(424, "PROCESSING-ERROR", "Imagery provider failed.")
        if path == "/kraken/release/retrieve":
            return httpx.Response(200, json={"mapId": "map1", "maxZoom": 19, "tiles": [[16, 1, 2]]})
        start = int(pipe["cursor"] or 0)
        rows = [
            {
                "sceneId": f"s{i}",
                "datetime": "2018-01-13 10:02:44",
                "satellite": "WV03",
                "provider": "maxar",
                "dataset": "idaho-pansharpened",
                "footprint": EXTENT,
            }
            for i in range(start, min(start + 2, self.scenes))
        ]
        cursor = str(start + 2) if start + 2 < self.scenes else None
        return httpx.Response(200, json={"results": rows, "cursor": cursor})


def _error(status: int, code: str, message: str) -> httpx.Response:
    return httpx.Response(
        status, json={"error": code, "errorMessage": message}, headers={"SpaceKnow-Request-Id": "rq1"}
    )


def client(server: FakeSpaceKnow, clock: FakeTime) -> SpaceKnow:
    return SpaceKnow(TOKEN, transport=httpx.MockTransport(server), sleep=clock.sleep, now=clock.now)


def search_body(**extra: Any) -> ImagerySearchRequest:
    return ImagerySearchRequest(provider="maxar", dataset="idaho-pansharpened", extent=EXTENT, **extra)


def release_body() -> KrakenReleaseRequest:
    return KrakenReleaseRequest(map_type="cars", scene_ids=["s1"], extent=EXTENT)


def test_a_five_step_pipeline_waits_on_the_fake_clock_only(monkeypatch: pytest.MonkeyPatch) -> None:
    def real_sleep(seconds: float) -> None:
        raise AssertionError(f"slept {seconds} s on the real clock")

    # a real wait fails the test outright instead of being judged by a wall-clock bound on a shared machine
    monkeypatch.setattr(time, "sleep", real_sleep)
    clock, server = FakeTime(), FakeSpaceKnow(steps=5)
    seen: list[JobState] = []
    with client(server, clock) as sk:
        job = sk.kraken.release.initiate(body=release_body())
        assert isinstance(job, Job)
        assert (job.id, job.status, job.next_try, str(job)) == ("pipe0", "NEW", 7.0, "pipe0")
        assert job.pipeline_id == "pipe0"  # the id under the API's name (x-job.id_name)
        with pytest.raises(AttributeError):
            _ = job.task_id
        result = job.wait(on_progress=seen.append).retrieve()
    assert result.map_id == "map1"
    assert result.tiles == [[16, 1, 2]]
    # first check at once, then the server's nextTry between checks: 5 PROCESSING + 1 RESOLVED
    assert clock.sleeps == [7.0] * 5
    assert [s.progress["step"] for s in seen[:5]] == [1, 2, 3, 4, 5]
    assert seen[0].progress["message"] == "Preparing analysis"
    assert seen[-1].status == "RESOLVED"
    assert job.status == "RESOLVED"  # 35 s of pipeline time, all of it on the fake clock


def test_one_call_method_starts_waits_and_retrieves() -> None:
    clock, server = FakeTime(), FakeSpaceKnow(steps=2)
    with client(server, clock) as sk:
        release = sk.kraken.release(body=release_body())
        raw = sk.with_raw_response.kraken.release(body=release_body())
    assert release.map_id == "map1"
    assert raw.parsed.map_id == "map1"
    assert raw.status_code == 200
    assert server.paths[:5] == [
        "/kraken/release/initiate",
        "/tasking/get-status",
        "/tasking/get-status",
        "/tasking/get-status",
        "/kraken/release/retrieve",
    ]


def test_status_requests_carry_the_id_and_ask_for_progress() -> None:
    sent: list[dict[str, Any]] = []
    server = FakeSpaceKnow(steps=1)

    def spy(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/tasking/get-status":
            sent.append(json.loads(request.content))
        return server(request)

    clock = FakeTime()
    with SpaceKnow(TOKEN, transport=httpx.MockTransport(spy), sleep=clock.sleep, now=clock.now) as sk:
        sk.kraken.release(body=release_body())
    assert sent == [{"pipelineId": "pipe0", "getProgress": True}] * 2


def test_paged_search_starts_each_pages_pipeline_only_when_needed() -> None:
    clock, server = FakeTime(), FakeSpaceKnow(steps=1, scenes=5)
    with client(server, clock) as sk:
        pages = sk.imagery.search(body=search_body())
        assert [s.scene_id for s in pages.data] == ["s0", "s1"]
        assert server.paths.count("/imagery/search/initiate") == 1  # the next pages are not started yet
        scenes = list(pages)
    assert all(isinstance(s, Scene) for s in scenes)
    assert [s.scene_id for s in scenes] == ["s0", "s1", "s2", "s3", "s4"]  # every scene once
    assert server.paths.count("/imagery/search/initiate") == 3
    assert [p["cursor"] for p in server.pipelines.values()] == [None, "2", "4"]


def test_resume_gives_a_working_handle_for_a_pipeline_started_elsewhere() -> None:
    clock, server = FakeTime(), FakeSpaceKnow(steps=1)
    with client(server, clock) as sk:
        job_id = sk.kraken.release.initiate(body=release_body()).id
    with client(server, clock) as other:  # "another process"
        job = other.kraken.release.resume(job_id)
        assert job.status is None
        assert repr(job) == "Job(pipeline_id='pipe0', status=None)"
        assert job.wait().retrieve().map_id == "map1"


def test_a_pickled_job_keeps_its_id_and_state_but_not_the_client() -> None:
    clock, server = FakeTime(), FakeSpaceKnow(steps=1)
    with client(server, clock) as sk:
        job = sk.kraken.release.initiate(body=release_body())
        copy = pickle.loads(pickle.dumps(job))
        assert (copy.id, copy.status, copy.next_try) == ("pipe0", "NEW", 7.0)
        assert TOKEN not in repr(pickle.dumps(job))
        with pytest.raises(ConfigurationError, match=r"kraken\.release\.resume\('pipe0'\)"):
            copy.wait()
        assert sk.kraken.release.resume(str(copy)).result().map_id == "map1"


def test_a_failed_pipeline_raises_with_the_retrieves_code_and_message() -> None:
    clock, server = FakeTime(), FakeSpaceKnow(steps=2, fail=True)
    with client(server, clock) as sk, pytest.raises(JobFailedError) as info:
        sk.kraken.release(body=release_body())
    err = info.value
    assert (err.code, err.status_code, err.status, err.job_id) == ("PROCESSING-ERROR", 424, "FAILED", "pipe0")
    assert "Imagery provider failed." in str(err)
    assert err.request_id == "rq1"


def test_retrieving_a_failed_pipeline_directly_is_job_failed_too() -> None:
    clock, server = FakeTime(), FakeSpaceKnow(steps=0, fail=True)
    with client(server, clock) as sk:
        job = sk.kraken.release.initiate(body=release_body())
        job.refresh()
        with pytest.raises(JobFailedError, match="Imagery provider failed"):
            job.retrieve()


def test_timeout_names_the_pipeline_to_resume_and_sleeps_no_further() -> None:
    clock, server = FakeTime(), FakeSpaceKnow(steps=100, next_try=30)
    with client(server, clock) as sk, pytest.raises(JobTimeoutError) as info:
        sk.kraken.release(body=release_body(), max_wait=100)
    assert info.value.job_id == "pipe0"
    assert info.value.status == "PROCESSING"
    assert "resume('pipe0')" in str(info.value)
    assert sum(clock.sleeps) <= 100


def test_odd_next_try_values_are_kept_within_bounds() -> None:
    for odd, expected in ((0, 1.0), (-5, 1.0), (10_000, 60.0), ("soon", 1.0)):
        clock, server = FakeTime(), FakeSpaceKnow(steps=1, next_try=odd)
        with client(server, clock) as sk:
            sk.kraken.release(body=release_body())
        assert clock.sleeps == [expected], odd


def test_unknown_pipeline_is_not_found_and_a_bad_id_is_refused_before_sending() -> None:
    clock, server = FakeTime(), FakeSpaceKnow()
    with client(server, clock) as sk:
        with pytest.raises(NotFoundError) as info:
            sk.kraken.release.resume("nope").wait()
        assert info.value.code == "NON-EXISTENT-PIPELINE"
        for bad in ("", "a/b", 42):
            with pytest.raises(ParameterError, match="pipeline_id"):
                sk.kraken.release.resume(bad)  # type: ignore[arg-type]
    assert server.paths == ["/tasking/get-status"]


def test_a_start_answer_without_an_id_is_a_response_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"status": "NEW", "nextTry": 1})

    with (
        SpaceKnow(TOKEN, transport=httpx.MockTransport(handler)) as sk,
        pytest.raises(ResponseValidationError, match="no job id at /pipelineId"),
    ):
        sk.kraken.release.initiate(body=release_body())


def test_async_jobs_behave_the_same() -> None:
    async def run() -> None:
        clock, server = FakeTime(), FakeSpaceKnow(steps=3, scenes=3)
        async with AsyncSpaceKnow(
            TOKEN, transport=httpx.MockTransport(server), sleep=clock.asleep, now=clock.now
        ) as sk:
            job = await sk.kraken.release.initiate(body=release_body())
            assert isinstance(job, AsyncJob)
            release = await job.result()
            assert release.map_id == "map1"
            assert clock.sleeps == [7.0] * 3
            pages = await sk.imagery.search(body=search_body())
            assert [s.scene_id async for s in pages] == ["s0", "s1", "s2"]
            resumed = sk.kraken.release.resume(job.id)
            assert (await resumed.refresh()).status == "RESOLVED"

    asyncio.run(run())
