"""Job polling: the schedule (nextTry, bounds, backoff), done / failed / out of time, and the client binding."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from sdk_helpers import NOW, TOKEN, envelope
from spacescope_client._sdk import OPERATIONS
from spacescope_client.api.power import network_storage_capacity as endpoint

from space_sdk import (
    AsyncSpacescope,
    AuthenticationError,
    JobFailedError,
    JobPolicy,
    JobState,
    JobTimeoutError,
    ParameterError,
    ResponseValidationError,
    Spacescope,
)
from space_sdk._async.jobs import poll as apoll
from space_sdk._polling import MAX_POLL_DELAY, MIN_POLL_DELAY
from space_sdk._sync.jobs import poll

# SpaceKnow's pipeline status, as API-FACTS.md documents it
POLICY = JobPolicy.from_spec(
    {
        "status_field": "status",
        "done": ["RESOLVED"],
        "failed": ["FAILED"],
        "next_try_field": "nextTry",
        "progress_field": "progress",
    }
)


class FakeTime:
    """A clock that only moves when slept on."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def answers(*bodies: dict[str, Any]) -> Callable[[], dict[str, Any]]:
    it: Iterator[dict[str, Any]] = iter(bodies)
    return lambda: next(it)


def test_waits_as_the_server_says_until_resolved() -> None:
    t = FakeTime()
    seen: list[JobState] = []
    progress = {"message": "Analyzing", "step": 5}
    final = poll(
        answers(
            {"status": "NEW", "nextTry": 3, "pipelineId": "p"},
            {"status": "PROCESSING", "nextTry": 14, "progress": progress},
            {"status": "RESOLVED"},
        ),
        POLICY,
        sleep=t.sleep,
        clock=lambda: t.now,
        on_progress=seen.append,
    )
    assert final == {"status": "RESOLVED"}
    assert t.sleeps == [3.0, 14.0]  # the first check is at once
    assert [(s.status, s.checks, s.elapsed) for s in seen] == [
        ("NEW", 1, 0.0),
        ("PROCESSING", 2, 3.0),
        ("RESOLVED", 3, 17.0),
    ]
    assert seen[1].progress == progress
    assert seen[1].next_try == 14.0


@pytest.mark.parametrize(
    ("next_try", "slept"),
    [
        (0, MIN_POLL_DELAY),
        (-5, MIN_POLL_DELAY),
        (10_000, MAX_POLL_DELAY),
        (2.5, 2.5),
        (True, 1.0),  # a bool is not a number of seconds: backoff instead
        ("14", 1.0),  # neither is a string
        (float("inf"), 1.0),
    ],
)
def test_server_delays_are_kept_within_bounds(next_try: Any, slept: float) -> None:
    t = FakeTime()
    poll(
        answers({"status": "PROCESSING", "nextTry": next_try}, {"status": "RESOLVED"}),
        POLICY,
        sleep=t.sleep,
        clock=lambda: t.now,
    )
    assert t.sleeps == [slept]


def test_without_next_try_backoff_doubles_to_a_cap() -> None:
    t = FakeTime()
    bodies = [{"status": "PROCESSING"}] * 8 + [{"status": "RESOLVED"}]
    poll(answers(*bodies), POLICY, sleep=t.sleep, clock=lambda: t.now, max_wait=3600)
    assert t.sleeps == [1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0, 30.0]


def test_a_failed_status_raises_job_failed_error() -> None:
    t = FakeTime()
    body = {"status": "FAILED", "error": "PROCESSING-ERROR"}
    with pytest.raises(JobFailedError, match="'FAILED' after 2 status check") as info:
        poll(answers({"status": "NEW", "nextTry": 2}, body), POLICY, sleep=t.sleep, clock=lambda: t.now)
    assert info.value.status == "FAILED"
    assert info.value.body == body
    assert t.sleeps == [2.0]


def test_gives_up_before_sleeping_past_max_wait() -> None:
    t = FakeTime()
    with pytest.raises(JobTimeoutError, match="still 'PROCESSING' after 14 s and 2 status check") as info:
        poll(
            answers(*[{"status": "PROCESSING", "nextTry": 14}] * 5),
            POLICY,
            sleep=t.sleep,
            clock=lambda: t.now,
            max_wait=20,
        )
    assert t.sleeps == [14.0]  # 14 + 14 > 20: no second sleep
    assert info.value.status == "PROCESSING"


@pytest.mark.parametrize("body", [{"nextTry": 3}, {"status": 7}, ["RESOLVED"], None])
def test_an_answer_without_a_status_is_a_response_validation_error(body: Any) -> None:
    with pytest.raises(ResponseValidationError, match="no string 'status'"):
        poll(lambda: body, POLICY, sleep=lambda s: None)


@pytest.mark.parametrize("max_wait", [0, -1, float("nan")])
def test_max_wait_must_be_positive(max_wait: float) -> None:
    with pytest.raises(ParameterError, match="max_wait: must be a positive number") as info:
        poll(answers({"status": "RESOLVED"}), POLICY, sleep=lambda s: None, max_wait=max_wait)
    assert info.value.parameter == "max_wait"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"failed": ["FAILED"]}, "'done' must list"),
        ({"done": ["X"], "failed": ["X"]}, "both done and failed"),
    ],
)
def test_a_policy_must_be_coherent(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        JobPolicy.from_spec(data)


def test_async_polling_follows_the_same_schedule() -> None:
    t = FakeTime()
    bodies = iter([{"status": "NEW", "nextTry": 5}, {"status": "PROCESSING"}, {"status": "RESOLVED"}])

    async def check() -> dict[str, Any]:
        return next(bodies)

    final = asyncio.run(apoll(check, POLICY, sleep=t.asleep, clock=lambda: t.now))
    assert final == {"status": "RESOLVED"}
    assert t.sleeps == [5.0, 2.0]


# -- bound to a client: the status call goes through the core (envelope, errors, retries) -------------------


class Server:
    """Answers the status call from a script; counts calls."""

    def __init__(self, *responses: httpx.Response) -> None:
        self.responses = list(responses)
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        return self.responses.pop(0)


def moving_clock(t: FakeTime) -> Callable[[], datetime.datetime]:
    return lambda: NOW + datetime.timedelta(seconds=t.now)


def test_client_waits_through_the_core_and_retries_a_5xx() -> None:
    t = FakeTime()
    server = Server(
        httpx.Response(200, json=envelope({"status": "PROCESSING", "nextTry": 7})),
        httpx.Response(503, text="busy"),  # retried by the core, not counted as a status
        httpx.Response(200, json=envelope({"status": "RESOLVED", "result": 1})),
    )
    with Spacescope(TOKEN, transport=httpx.MockTransport(server), sleep=t.sleep, now=moving_clock(t)) as api:
        op = OPERATIONS["network_storage_capacity"]
        final = api._client.wait_for_job(op, endpoint._get_kwargs, {}, POLICY)
    assert final == {"status": "RESOLVED", "result": 1}
    assert server.calls == 3
    assert t.sleeps[0] == 7.0
    assert len(t.sleeps) == 2


def test_client_status_errors_propagate_as_sdk_errors() -> None:
    server = Server(httpx.Response(401, json=envelope(code=10011, message="bad token")))
    with Spacescope(TOKEN, transport=httpx.MockTransport(server), sleep=lambda s: None) as api:
        op = OPERATIONS["network_storage_capacity"]
        with pytest.raises(AuthenticationError):
            api._client.wait_for_job(op, endpoint._get_kwargs, {}, POLICY)


def test_async_client_times_out_on_its_clock() -> None:
    t = FakeTime()
    server = Server(*[httpx.Response(200, json=envelope({"status": "NEW", "nextTry": 30}))] * 3)

    async def run() -> None:
        async with AsyncSpacescope(
            TOKEN, transport=httpx.MockTransport(server), sleep=t.asleep, now=moving_clock(t)
        ) as api:
            op = OPERATIONS["network_storage_capacity"]
            await api._client.wait_for_job(op, endpoint._get_kwargs, {}, POLICY, max_wait=45)

    with pytest.raises(JobTimeoutError):
        asyncio.run(run())
    assert server.calls == 2
    assert t.sleeps == [30.0]
