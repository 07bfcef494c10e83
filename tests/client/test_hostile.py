"""Servers that misbehave on purpose (issue 15): every case written once and run against the sync and the
async client alike.

Each test is one scenario coroutine; ``aw()`` awaits what an async client returns and passes a sync client's
result through, so both flavours run the same lines. Servers are ``httpx.MockTransport`` handlers that
answer SpaceKnow pipelines, Scaleway tasks, both logins and the body-cursor and ``Link`` pages with what a
real server or network can send. Time is a fake clock that only moves when slept on.
"""

from __future__ import annotations

import asyncio
import datetime
import inspect
import io
import json
import logging
import math
import re
import threading
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import httpx
import pytest
from fake_time import FakeTime
from scaleway_client.models import ServerAction, ServerActionAction
from sdk_helpers import TOKEN, load_spec
from spaceknow_client.models import ImagerySearchRequest, KrakenReleaseRequest, TransactionsRequest

from space_sdk import (
    APIError,
    AsyncScaleway,
    AsyncSpaceKnow,
    AsyncSpaces,
    AuthenticationError,
    JobTimeoutError,
    ParameterError,
    RateLimitError,
    ResponseValidationError,
    Scaleway,
    ServerError,
    SpaceKnow,
    Spaces,
)
from space_sdk._backends import SyncLock
from space_sdk._jobs import JobSpec
from space_sdk._polling import MAX_POLL_DELAY
from space_sdk._registry import api_names, get_api

EMAIL = "someone@example.com"
PASSWORD = "pw-SECRET-987654321"
EXTENT = {"type": "Polygon", "coordinates": [[[14.4, 50.0], [14.5, 50.0], [14.5, 50.1], [14.4, 50.0]]]}
SCALEWAY = load_spec("scaleway")
SPACES = load_spec("spaces")
EXAMPLES = SCALEWAY["components"]["examples"]


class Env:
    """One flavour (sync or async): makes clients of that flavour and runs a scenario."""

    def __init__(self, flavour: str) -> None:
        self.is_async = flavour == "async"
        self.clock = FakeTime()
        self.requests: list[httpx.Request] = []

    def make(
        self, sync_cls: type[Any], async_cls: type[Any], handler: Callable[..., Any], *a: Any, **kw: Any
    ) -> Any:
        def recording(request: httpx.Request) -> Any:
            self.requests.append(request)
            return handler(request)

        cls = async_cls if self.is_async else sync_cls
        sleep = self.clock.asleep if self.is_async else self.clock.sleep
        return cls(*a, transport=httpx.MockTransport(recording), sleep=sleep, now=self.clock.now, **kw)

    def paths(self, method: str | None = None) -> list[str]:
        return [r.url.path for r in self.requests if method is None or r.method == method]

    def run(self, scenario: Callable[[], Coroutine[Any, Any, Any]]) -> Any:
        return asyncio.run(scenario())


@pytest.fixture(params=["sync", "async"])
def env(request: pytest.FixtureRequest) -> Env:
    return Env(request.param)


async def aw(value: Any) -> Any:
    """``await value`` for an async client's coroutine; a sync client's result as it is."""
    return await value if inspect.isawaitable(value) else value


async def collect(page: Any, limit: int = 50, into: list[Any] | None = None) -> list[Any]:
    """Every item of a list, both flavours, also appended to ``into`` as they come (to see what came before
    an error); stops a list that never ends after ``limit`` items."""
    out: list[Any] = [] if into is None else into
    if hasattr(page, "__aiter__"):
        async for item in page:
            out.append(item)
            assert len(out) < limit, "the list never ends"
    else:
        for item in page:
            out.append(item)
            assert len(out) < limit, "the list never ends"
    return out


def raw_json(text: str, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(
        status, content=text.encode(), headers={"content-type": "application/json", **headers}
    )


def spaceknow(env: Env, handler: Callable[[httpx.Request], httpx.Response], **kw: Any) -> Any:
    if "email" not in kw:
        kw = {"token": TOKEN, **kw}
    return env.make(SpaceKnow, AsyncSpaceKnow, handler, **kw)


def scaleway(env: Env, handler: Callable[[httpx.Request], httpx.Response], **kw: Any) -> Any:
    if "email" not in kw:
        kw = {"token": TOKEN, **kw}
    return env.make(Scaleway, AsyncScaleway, handler, **kw)


def release_body() -> KrakenReleaseRequest:
    return KrakenReleaseRequest(map_type="cars", scene_ids=["s1"], extent=EXTENT)


def search_body() -> ImagerySearchRequest:
    return ImagerySearchRequest(provider="maxar", dataset="idaho-pansharpened", extent=EXTENT)


RETRIEVED = {"mapId": "map1", "maxZoom": 19, "tiles": [[16, 1, 2]]}


def pipeline(
    statuses: list[httpx.Response], start: httpx.Response | None = None
) -> Callable[..., httpx.Response]:
    """A SpaceKnow that starts pipeline ``p1`` and answers the status calls with ``statuses`` in order."""
    queue = list(statuses)

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/initiate"):
            return start or httpx.Response(200, json={"pipelineId": "p1", "status": "NEW", "nextTry": 1})
        if path == "/tasking/get-status":
            return queue.pop(0) if len(queue) > 1 else queue[0]
        if path.endswith("/retrieve"):
            return httpx.Response(200, json=RETRIEVED)
        raise AssertionError(f"unexpected {request.method} {path}")

    return handler


def status(value: str, next_try: Any = 1) -> httpx.Response:
    return httpx.Response(200, json={"status": value, "nextTry": next_try})


HUGE = "9" * 400  # valid JSON, past any float


# -- server numbers out of range ---------------------------------------------------------------------------


@pytest.mark.parametrize("number", [HUGE, "1e999", "-" + HUGE, "-1e999"])
@pytest.mark.parametrize("where", ["start answer", "status answer"])
def test_a_next_try_out_of_range_is_clamped_or_absent(env: Env, where: str, number: str) -> None:
    start = raw_json(f'{{"pipelineId": "p1", "status": "NEW", "nextTry": {number}}}')
    processing = raw_json(f'{{"status": "PROCESSING", "nextTry": {number}}}')
    if where == "start answer":
        handler = pipeline([status("PROCESSING"), status("RESOLVED")], start=start)
    else:
        handler = pipeline([processing, status("RESOLVED")])
    sk = spaceknow(env, handler)

    async def scenario() -> None:
        job = await aw(sk.kraken.release.initiate(body=release_body()))
        assert job.next_try is None or math.isfinite(job.next_try)
        result = await aw(job.result())
        assert result.map_id == "map1"

    env.run(scenario)
    assert env.clock.sleeps
    assert all(0 < s <= MAX_POLL_DELAY for s in env.clock.sleeps)


def test_valid_json_with_a_number_past_a_float_is_not_called_invalid(env: Env) -> None:
    # the status answer decodes; only its hint is unusable (the wait falls back to its own backoff)
    sk = spaceknow(env, pipeline([raw_json('{"status": "RESOLVED", "nextTry": 1e999}')]))

    async def scenario() -> None:
        job = await aw(sk.kraken.release.initiate(body=release_body()))
        state = await aw(job.refresh())
        assert state.status == "RESOLVED"
        assert state.next_try is None

    env.run(scenario)


def token_answer(
    expires: str | None, token: str = "tok-1", issued: str = "2024-01-01T00:00:00+00:00"
) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(json.dumps(EXAMPLES["TokenCreated"]["value"]))
    body["token"].update(id=token, expires=expires, creation_date=issued)
    return body


def scaleway_login(
    expires: str | None, *, extend: httpx.Response | None = None, issued: str = "2024-01-01T00:00:00+00:00"
) -> tuple[Callable[[httpx.Request], httpx.Response], dict[str, int]]:
    """A Scaleway whose login answers a token running out at ``expires``; counts logins and extends."""
    counts = {"login": 0, "extend": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.method == "POST" and path == "/tokens":
            counts["login"] += 1
            return httpx.Response(201, json=token_answer(expires, f"tok-{counts['login']}", issued))
        if request.method == "PATCH" and path.startswith("/tokens/"):
            counts["extend"] += 1
            return extend or httpx.Response(200, json=token_answer(expires))
        if request.method == "DELETE" and path.startswith("/tokens/"):
            return httpx.Response(204)
        if path == "/volumes":
            assert request.headers["x-auth-token"].startswith("tok-")
            return httpx.Response(200, json=EXAMPLES["VolumeList"]["value"], headers={"X-Total-Count": "2"})
        raise AssertionError(f"unexpected {request.method} {path}")

    return handler, counts


def test_a_token_that_expires_in_year_9999_is_kept(env: Env) -> None:
    # the server's clock is an hour behind the client's: its expiry moves an hour later, past year 9999
    handler, counts = scaleway_login("9999-12-31T23:59:59+00:00", issued="2023-12-31T23:00:00+00:00")
    scw = scaleway(env, handler, email=EMAIL, password=PASSWORD)

    async def scenario() -> None:
        assert len(await collect(await aw(scw.volumes.list()))) == 2
        assert len(await collect(await aw(scw.volumes.list()))) == 2
        await aw(scw.close())

    env.run(scenario)
    assert counts == {"login": 1, "extend": 0}


# -- retries: 429 for every method, 5xx / lost connections for read-only calls --------------------------------


def test_a_429_on_a_status_poll_is_waited_out(env: Env) -> None:
    too_many = httpx.Response(
        429, json={"error": "TOO-MANY-REQUESTS", "errorMessage": "slow down"}, headers={"Retry-After": "2"}
    )
    sk = spaceknow(env, pipeline([status("PROCESSING"), too_many, status("RESOLVED")]))

    async def scenario() -> None:
        assert (await aw(sk.kraken.release(body=release_body()))).map_id == "map1"

    env.run(scenario)
    assert 2.0 in env.clock.sleeps
    assert env.paths().count("/tasking/get-status") == 3


def test_a_429_on_a_post_that_creates_something_is_retried(env: Env) -> None:
    # a 429 means the request was not processed: safe for any method
    answers = [httpx.Response(429, json={"error": "TOO-MANY-REQUESTS", "errorMessage": "slow down"})]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/initiate") and answers:
            return answers.pop()
        return pipeline([status("RESOLVED")])(request)

    sk = spaceknow(env, handler)

    async def scenario() -> None:
        assert (await aw(sk.kraken.release.initiate(body=release_body()))).id == "p1"

    env.run(scenario)
    assert env.paths().count("/kraken/release/initiate") == 2


# SpaceKnow's own error codes for these statuses, from its x-errors table
SERVER_CODES = {
    str(row["http_status"]): row["code"]
    for row in load_spec("spaceknow")["x-errors"]["table"]
    if row["http_status"] in (500, 503)
}


@pytest.mark.parametrize("failure", ["500", "503", "connection lost"])
def test_a_read_only_post_is_retried_after_a_server_error_or_lost_connection(env: Env, failure: str) -> None:
    failures: list[Any] = [
        httpx.RemoteProtocolError("peer closed connection")
        if failure == "connection lost"
        else httpx.Response(int(failure), json={"error": SERVER_CODES[failure], "errorMessage": "oops"})
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/tasking/get-status" and failures:
            item = failures.pop()
            if isinstance(item, Exception):
                raise item
            return item  # type: ignore[no-any-return]
        return pipeline([status("RESOLVED")])(request)

    sk = spaceknow(env, handler)

    async def scenario() -> None:
        assert (await aw(sk.kraken.release(body=release_body()))).map_id == "map1"

    env.run(scenario)
    assert env.paths().count("/tasking/get-status") == 2


def test_a_post_that_creates_something_is_not_retried_after_a_server_error(env: Env) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, json={"error": SERVER_CODES["500"], "errorMessage": "oops"})

    sk = spaceknow(env, handler)

    async def scenario() -> None:
        with pytest.raises(ServerError):
            await aw(sk.kraken.release.initiate(body=release_body()))

    env.run(scenario)
    assert len(env.requests) == 1  # the pipeline may have been started: never a second one


def test_a_429_that_never_ends_still_ends(env: Env) -> None:
    sk = spaceknow(
        env, lambda r: httpx.Response(429, json={"error": "TOO-MANY-REQUESTS", "errorMessage": "x"})
    )

    async def scenario() -> None:
        with pytest.raises(RateLimitError):
            await aw(sk.kraken.release.initiate(body=release_body()))

    env.run(scenario)
    assert 1 < len(env.requests) <= 10


# -- max_wait ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("max_wait", [0, -1, math.nan, -math.inf])
def test_a_max_wait_that_is_not_positive_is_a_parameter_error(env: Env, max_wait: float) -> None:
    sk = spaceknow(env, pipeline([status("RESOLVED")]))

    async def scenario() -> None:
        job = await aw(sk.kraken.release.initiate(body=release_body()))
        sent = len(env.requests)
        with pytest.raises(ParameterError) as wait_error:
            await aw(job.wait(max_wait=max_wait))
        assert wait_error.value.parameter == "max_wait"
        assert len(env.requests) == sent
        with pytest.raises(ParameterError) as call_error:
            await aw(sk.kraken.release(body=release_body(), max_wait=max_wait))
        assert call_error.value.parameter == "max_wait"
        assert len(env.requests) == sent  # refused before the pipeline was started

    env.run(scenario)


# -- cursor and page cycles ----------------------------------------------------------------------------------


def cycling_transactions(cursors: list[str | None]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        n = sum(1 for r in [request])  # noqa: F841 - one answer per request
        sent = json.loads(request.content).get("cursor")
        index = 0 if sent is None else cursors.index(sent) + 1
        cursor = cursors[index % len(cursors)]
        row = {"transactionId": f"t{len(handler.seen)}", "amount": 1.0}  # type: ignore[attr-defined]
        handler.seen.append(sent)  # type: ignore[attr-defined]
        return httpx.Response(200, json={"results": [row], "cursor": cursor})

    handler.seen = []  # type: ignore[attr-defined]
    return handler


def test_a_body_cursor_that_cycles_raises_within_one_repeat(env: Env) -> None:
    # cursors "A", "B", "A", ... with new rows each time: only the last cursor was compared
    sk = spaceknow(env, cycling_transactions(["A", "B"]))

    async def scenario() -> None:
        page = await aw(sk.credits.transactions(body=TransactionsRequest(group_id="g")))
        with pytest.raises(ResponseValidationError, match="cursor"):
            await collect(page)

    env.run(scenario)
    assert len(env.requests) == 3  # no cursor, "A", "B" -- whose answer says "A" again


def test_imagery_search_whose_cursor_cycles_stops_starting_pipelines(env: Env) -> None:
    started: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/imagery/search/initiate":
            started.append(json.loads(request.content).get("cursor"))
            return httpx.Response(200, json={"pipelineId": f"p{len(started)}", "status": "NEW", "nextTry": 1})
        if path == "/tasking/get-status":
            return status("RESOLVED")
        cursor = "A" if started[-1] != "A" else "B"
        scene = {
            "sceneId": f"s{len(started)}",
            "datetime": "2018-01-13 10:02:44",
            "satellite": "WV03",
            "provider": "maxar",
            "dataset": "idaho-pansharpened",
            "footprint": EXTENT,
        }
        if started[-1] == "B":
            cursor = "A"
        return httpx.Response(200, json={"results": [scene], "cursor": cursor})

    sk = spaceknow(env, handler)

    async def scenario() -> None:
        pages = await aw(sk.imagery.search(body=search_body()))
        with pytest.raises(ResponseValidationError, match="cursor"):
            await collect(pages)

    env.run(scenario)
    assert started == [None, "A", "B"]


def volume(i: int) -> dict[str, Any]:
    row = dict(EXAMPLES["VolumeList"]["value"]["volumes"][0])
    row.update(id=f"vol-{i}", name=f"volume-{i}")
    return row


def link_pages(
    rows_of: Callable[[int], list[dict[str, Any]]],
    link_of: Callable[[int], str | list[str] | None],
    total: int | None = None,
) -> Callable[[httpx.Request], httpx.Response]:
    """Scaleway volumes: page ``n`` holds ``rows_of(n)`` and the Link header(s) ``link_of(n)``."""

    def handler(request: httpx.Request) -> httpx.Response:
        n = int(request.url.params.get("page", "1"))
        headers: list[tuple[str, str]] = []
        links = link_of(n)
        for link in [links] if isinstance(links, str) else links or []:
            headers.append(("Link", link))
        if total is not None:
            headers.append(("X-Total-Count", str(total)))
        return httpx.Response(200, json={"volumes": rows_of(n)}, headers=headers)

    return handler


def test_pages_that_repeat_an_earlier_page_raise_within_one_repeat(env: Env) -> None:
    # every page names a next one; the rows alternate between two pages' worth
    handler = link_pages(
        lambda n: [volume(n % 2), volume(10 + n % 2)],
        lambda n: f'</volumes?page={n + 1}&per_page=2>; rel="next"',
    )
    scw = scaleway(env, handler)

    async def scenario() -> None:
        with pytest.raises(ResponseValidationError, match="repeat"):
            await collect(await aw(scw.volumes.list(per_page=2)))

    env.run(scenario)
    assert len(env.requests) == 3


# -- Link headers (RFC 8288) -------------------------------------------------------------------------------

NEXT_LINKS = {
    "rel=next last": '</volumes?page=2&per_page=2>; rel="next last"',
    "rel=NEXT": '</volumes?page=2&per_page=2>; rel="NEXT"',
    "rel=next unquoted": "</volumes?page=2&per_page=2>; rel=next",
    "two headers": ['</volumes?page=1&per_page=2>; rel="first"', '</volumes?page=2&per_page=2>; rel="next"'],
    "comma in a title": '</volumes?page=1>; rel="first"; title="a, b", </volumes?page=2&per_page=2>; rel="next"',
    "absolute URL": '<https://api.scaleway.com/volumes?page=2&per_page=2>; rel="prev next"',
}


@pytest.mark.parametrize("link", list(NEXT_LINKS.values()), ids=list(NEXT_LINKS))
def test_every_legal_next_link_reaches_the_next_page(env: Env, link: str | list[str]) -> None:
    handler = link_pages(
        lambda n: [volume(2 * n), volume(2 * n + 1)] if n == 1 else [volume(2 * n)],
        lambda n: link if n == 1 else None,
        total=3,
    )
    scw = scaleway(env, handler)

    async def scenario() -> None:
        assert [v.id for v in await collect(await aw(scw.volumes.list(per_page=2)))] == [
            "vol-2",
            "vol-3",
            "vol-4",
        ]

    env.run(scenario)


@pytest.mark.parametrize("link", ["garbage", "<", '<>; rel="next"', '<?page=x>; rel="next"', ""])
def test_an_unusable_link_header_short_of_the_total_raises(env: Env, link: str) -> None:
    handler = link_pages(lambda n: [volume(1), volume(2)], lambda n: link, total=4)
    scw = scaleway(env, handler)

    async def scenario() -> None:
        page = await aw(scw.volumes.list(per_page=2))
        assert len(page.data) == 2
        assert page.total == 4
        seen: list[Any] = []
        with pytest.raises(ResponseValidationError, match=r"Link|4"):
            await collect(page, into=seen)
        assert len(seen) == 2

    env.run(scenario)


def test_a_list_that_ends_short_of_its_documented_total_raises(env: Env) -> None:
    # X-Total-Count: 10, five rows delivered in all, no next page named
    handler = link_pages(
        lambda n: [volume(i) for i in range(3)] if n == 1 else [volume(3), volume(4)],
        lambda n: '</volumes?page=2&per_page=3>; rel="next"' if n == 1 else None,
        total=10,
    )
    scw = scaleway(env, handler)

    async def scenario() -> None:
        with pytest.raises(ResponseValidationError, match="10"):
            await collect(await aw(scw.volumes.list(per_page=3)))

    env.run(scenario)


def test_a_list_that_delivers_its_documented_total_ends_quietly(env: Env) -> None:
    handler = link_pages(
        lambda n: [volume(i) for i in range(3)] if n == 1 else [volume(3), volume(4)],
        lambda n: '</volumes?page=2&per_page=3>; rel="next"' if n == 1 else None,
        total=5,
    )
    scw = scaleway(env, handler)

    async def scenario() -> None:
        assert len(await collect(await aw(scw.volumes.list(per_page=3)))) == 5

    env.run(scenario)


# -- a first page's rows always reach the user (issue 18) ------------------------------------------------------

ROWS_WITHOUT_ID = ["captured_emails.list", "events.list", "resource_subscriptions.list"]


def spaces_example(method: str) -> dict[str, Any]:
    for item in SPACES["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("x-sdk-method") == method:
                example: dict[str, Any] = op["responses"]["200"]["content"]["application/json"]["examples"]
                return dict(next(iter(example.values()))["value"])
    raise AssertionError(method)


@pytest.mark.parametrize("method", ROWS_WITHOUT_ID)
def test_a_first_page_with_no_way_on_still_gives_its_rows(env: Env, method: str) -> None:
    body = spaces_example(method)
    assert body["has_more"] is True
    assert "id" not in body["data"][-1]
    api = env.make(Spaces, AsyncSpaces, lambda r: httpx.Response(200, json=body), TOKEN)
    resource, name = method.split(".")

    async def scenario() -> None:
        page = await aw(getattr(getattr(api, resource), name)())
        assert len(page.data) == len(body["data"])
        assert page.has_next_page()  # the server says there is more ...
        with pytest.raises(ResponseValidationError, match="id"):
            await aw(page.get_next_page())  # ... but gives no way there: said when it is asked for
        seen: list[Any] = []
        with pytest.raises(ResponseValidationError):
            await collect(page, into=seen)
        assert len(seen) == len(body["data"])

    env.run(scenario)
    assert len(env.requests) == 1


# -- a failed token extend ---------------------------------------------------------------------------------


def test_a_failed_extend_does_not_fail_a_call_whose_token_is_valid(
    env: Env, caplog: pytest.LogCaptureFixture
) -> None:
    # the token runs out 100 s after login, inside renew_before (120 s): every call wants to extend it
    expires = (env.clock.now() + datetime.timedelta(seconds=100)).isoformat()
    handler, counts = scaleway_login(
        expires, extend=httpx.Response(500, json={"type": "server_error", "message": "boom"})
    )
    scw = scaleway(env, handler, email=EMAIL, password=PASSWORD)

    async def scenario() -> None:
        await collect(await aw(scw.volumes.list()))
        with caplog.at_level(logging.DEBUG, logger="space_sdk"):
            assert len(await collect(await aw(scw.volumes.list()))) == 2  # extend 500: the call goes on
        env.clock.t += 50  # 50 s left: extended again (later), the call still goes on
        assert len(await collect(await aw(scw.volumes.list()))) == 2

    env.run(scenario)
    assert counts["login"] == 1
    assert counts["extend"] == 2
    assert env.paths("GET").count("/volumes") == 3
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "extend" in text
    assert "tok-1" not in text
    assert PASSWORD not in text
    assert EMAIL not in text


# -- single-flight login ---------------------------------------------------------------------------------------


def test_five_concurrent_first_calls_of_an_async_client_log_in_once() -> None:
    handler, _counts = scaleway_login(None)
    env = Env("async")
    logins = 0

    async def slow(request: httpx.Request) -> httpx.Response:
        nonlocal logins
        if request.url.path == "/tokens":
            logins += 1
            await asyncio.sleep(0)  # let the other calls arrive while the login is in flight
            await asyncio.sleep(0)
        return handler(request)

    scw = AsyncScaleway(
        email=EMAIL, password=PASSWORD, transport=httpx.MockTransport(slow), sleep=env.clock.asleep
    )

    async def scenario() -> None:
        pages = await asyncio.gather(*(scw.volumes.list() for _ in range(5)))
        assert all(len(p.data) == 2 for p in pages)
        await scw.close()

    asyncio.run(scenario())
    assert logins == 1


def test_five_threads_sharing_a_sync_client_log_in_once() -> None:
    handler, counts = scaleway_login(None)
    arrived = threading.Condition()
    callers = 0

    class CountingLock(SyncLock):
        """The client's login lock, counting the calls that reached it."""

        def __enter__(self) -> None:
            nonlocal callers
            with arrived:
                callers += 1
                arrived.notify_all()
            super().__enter__()

    def login_held(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/tokens":
            with arrived:  # the first login is answered only once all five calls want one
                arrived.wait_for(lambda: callers == 5, timeout=10)
        return handler(request)

    scw = Scaleway(
        email=EMAIL, password=PASSWORD, transport=httpx.MockTransport(login_held), sleep=lambda s: None
    )
    scw._client._login_lock = CountingLock()
    results: list[int] = []
    threads = [
        threading.Thread(target=lambda: results.append(len(scw.volumes.list().data))) for _ in range(5)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    scw.close()
    assert callers == 5
    assert results == [2] * 5
    assert counts["login"] == 1


# -- Scaleway tasks: a real way back, and ids from the server checked ----------------------------------------


def task(task_id: str, state: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(json.dumps(EXAMPLES["Task"]["value"]))
    body["task"].update(id=task_id, status=state)
    return body


def scaleway_tasks(
    task_id: str = "task-1", state: str = "started"
) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/action"):
            return httpx.Response(202, json=task(task_id, "pending"))
        if request.url.path.startswith("/tasks/"):
            return httpx.Response(200, json=task(request.url.path.rsplit("/", 1)[-1], state))
        raise AssertionError(f"unexpected {request.method} {request.url.path}")

    return handler


POWERON = ServerAction(action=ServerActionAction.POWERON)


def _follow(client: Any, advice: str) -> Any:
    """Evaluate ``<client>.a.b.resume('id')`` as written in a message (attribute path and one string)."""
    match = re.search(r"<client>((?:\.\w+)+)\.resume\('([^']*)'\)", advice)
    assert match, f"no resume advice in {advice!r}"
    node = client
    for part in match.group(1).strip(".").split("."):
        node = getattr(node, part)
    return node.resume(match.group(2))


def test_a_scaleway_task_timeout_names_a_method_that_exists(env: Env) -> None:
    scw = scaleway(env, scaleway_tasks())

    async def scenario() -> None:
        job = await aw(scw.servers.action(server_id="srv-1", body=POWERON))
        with pytest.raises(JobTimeoutError) as caught:
            await aw(job.wait(max_wait=10))
        assert caught.value.job_id == "task-1"
        again = _follow(scw, caught.value.message)
        assert again.id == "task-1"
        assert (await aw(again.refresh())).status == "started"

    env.run(scenario)


def test_a_spaceknow_pipeline_timeout_names_a_method_that_exists(env: Env) -> None:
    sk = spaceknow(env, pipeline([status("PROCESSING")]))

    async def scenario() -> None:
        with pytest.raises(JobTimeoutError) as caught:
            await aw(sk.kraken.release(body=release_body(), max_wait=10))
        assert _follow(sk, caught.value.message).id == "p1"

    env.run(scenario)


@pytest.mark.parametrize("bad", ["..", ".", "a/b", "a?b", "a#b", "a\\b", " ", "a\nb"])
def test_a_task_id_from_the_server_is_checked_like_the_users(env: Env, bad: str) -> None:
    scw = scaleway(env, scaleway_tasks(task_id=bad))

    async def scenario() -> None:
        with pytest.raises(ResponseValidationError, match="task_id"):
            await aw(scw.servers.action(server_id="srv-1", body=POWERON))
        with pytest.raises(ParameterError, match="task_id"):
            scw.servers.run_action.resume(bad)

    env.run(scenario)
    assert not [p for p in env.paths("GET")]  # no status GET went anywhere (".." would have reached "/")


# -- logins ------------------------------------------------------------------------------------------------------


def _reachable(exc: BaseException) -> list[Any]:
    """Every object an exception lets a caller reach: attributes, args, chained exceptions, the HTTP exchange."""
    seen: list[Any] = []
    todo: list[Any] = [exc]
    ids: set[int] = set()
    while todo:
        obj = todo.pop()
        if id(obj) in ids or obj is None:
            continue
        ids.add(id(obj))
        seen.append(obj)
        if isinstance(obj, BaseException):
            todo += [obj.__cause__, obj.__context__, *obj.args, *vars(obj).values()]
        elif isinstance(obj, httpx.Response):
            todo += [obj.request, obj.content, obj.text, dict(obj.headers)]
        elif isinstance(obj, httpx.Request):
            todo += [obj.content, str(obj.url), dict(obj.headers)]
        elif isinstance(obj, dict):
            todo += [*obj.keys(), *obj.values()]
        elif isinstance(obj, list | tuple):
            todo += list(obj)
    return seen


def _leaks(exc: BaseException, secret: str) -> list[Any]:
    def text(obj: Any) -> str:
        if isinstance(obj, bytes):
            return obj.decode("utf-8", "replace")
        return obj if isinstance(obj, str) else repr(obj)

    return [obj for obj in [*_reachable(exc), str(exc)] if secret in text(obj)]


def auth0_only(login: Callable[[httpx.Request], httpx.Response]) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/ro":
            return login(request)
        raise AssertionError("the call was sent without a token")

    return handler


def auth0(answer: httpx.Response) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/ro":
            return answer
        raise AssertionError("the call was sent without a token")

    return handler


def test_a_wrong_password_keeps_auth0s_description_and_names_the_login(env: Env) -> None:
    wrong = httpx.Response(
        401, json={"error": "invalid_user_password", "error_description": "Wrong email or password."}
    )
    sk = spaceknow(env, auth0(wrong), email=EMAIL, password=PASSWORD, login_fields={"client_id": "cid"})

    async def scenario() -> None:
        with pytest.raises(AuthenticationError) as caught:
            await aw(sk.credits.remaining())
        message = str(caught.value)
        assert "Wrong email or password." in message
        assert "log" in message.lower()
        assert "in" in message
        assert caught.value.code == "invalid_user_password"
        assert _leaks(caught.value, PASSWORD) == []
        assert _leaks(caught.value, EMAIL) == []

    env.run(scenario)


@pytest.mark.parametrize(
    "answer",
    [
        (200, {"access_token": "x"}),  # no id_token
        (500, "<html>oops</html>"),
        (403, {"error": "unauthorized", "error_description": "blocked"}),
        (0, "connection lost"),
    ],
    ids=["no token", "500 page", "403", "connection lost"],
)
def test_the_password_is_in_no_attribute_of_a_login_error(env: Env, answer: tuple[int, Any]) -> None:
    code, content = answer

    def handler(request: httpx.Request) -> httpx.Response:
        if code == 0:  # the transport's error carries the request, credentials and all
            raise httpx.RemoteProtocolError(content, request=request)
        if isinstance(content, str):
            return httpx.Response(code, content=content.encode(), headers={"content-type": "text/html"})
        return httpx.Response(code, json=content)

    sk = spaceknow(
        env,
        auth0_only(handler),
        email=EMAIL,
        password=PASSWORD,
        login_fields={"client_id": "cid"},
        max_retries=0,
    )

    async def scenario() -> None:
        with pytest.raises(APIError) as caught:
            await aw(sk.credits.remaining())
        assert _leaks(caught.value, PASSWORD) == []

    env.run(scenario)


def test_the_leak_walk_finds_a_password_where_it_is(env: Env) -> None:
    # the walk itself is shown to find a password carried the way the unfixed code carried it
    request = httpx.Request("POST", "https://x/oauth/ro", json={"password": PASSWORD})
    error = AuthenticationError("no", response=httpx.Response(401, request=request))
    assert _leaks(error, PASSWORD)


def test_an_unknown_pipeline_status_is_reported_as_such(env: Env) -> None:
    sk = spaceknow(env, pipeline([status("PROCESSING"), status("WEIRD")]))

    async def scenario() -> None:
        with pytest.raises(ResponseValidationError, match="WEIRD"):
            await aw(sk.kraken.release(body=release_body()))

    env.run(scenario)
    assert env.paths().count("/tasking/get-status") == 2  # not polled until max_wait


_ = (Awaitable,)


JOB_OPERATIONS = [
    (name, op_id)
    for name in api_names()
    for op_id, op in get_api(name).operations.items()  # type: ignore[union-attr]
    if op.get("job")
]


@pytest.mark.parametrize(("api", "operation_id"), JOB_OPERATIONS, ids=[f"{a}.{o}" for a, o in JOB_OPERATIONS])
def test_every_job_names_a_resume_that_exists(env: Env, api: str, operation_id: str) -> None:
    # every x-job of every spec: the advice its timeout gives, evaluated on a real client, gives a handle back
    entry = get_api(api)
    assert entry is not None
    spec = JobSpec.from_spec(entry.operations[operation_id]["job"])
    client = env.make(entry.client_class, entry.async_client_class, lambda r: httpx.Response(500), TOKEN)
    assert _follow(client, spec.advice("job-1")).id == "job-1"
    assert not env.requests  # a handle, nothing sent


def test_there_are_jobs_to_check() -> None:
    assert {api for api, _ in JOB_OPERATIONS} >= {"spaceknow", "scaleway"}


# -- the token in nothing an answer or an exception carries ----------------------------------------------------


def _token_answers() -> dict[str, Callable[[httpx.Request], httpx.Response]]:
    def connection_lost(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("connection lost", request=request)

    return {
        "404": lambda r: httpx.Response(404, json={"type": "unknown_resource", "message": "no such volume"}),
        "500 after retries": lambda r: httpx.Response(500, text="<html>oops</html>"),
        "connection lost": connection_lost,
        "shape": lambda r: httpx.Response(200, json={"volume": ["not", "an", "object"]}),
    }


@pytest.mark.parametrize("answer", list(_token_answers()))
def test_the_token_is_in_no_attribute_of_an_error(env: Env, answer: str) -> None:
    # a token sent as X-Auth-Token (an apiKey scheme of the spec) and, below, as a bearer token: the exception,
    # its response's request, its cause's request and every attribute reachable from them hold no token
    scw = scaleway(env, _token_answers()[answer])

    async def scenario() -> None:
        with pytest.raises(APIError) as caught:
            await aw(scw.volumes.get(volume_id="v1"))
        assert _leaks(caught.value, TOKEN) == []
        assert (
            TOKEN in env.requests[0].headers["x-auth-token"]
        )  # it was sent: the walk looks in the right place

    env.run(scenario)


def test_the_token_is_in_no_page_or_raw_response(env: Env) -> None:
    rows = json.loads(json.dumps(EXAMPLES["VolumeList"]["value"], default=str))
    total = str(len(rows["volumes"]))
    scw = scaleway(env, lambda r: httpx.Response(200, json=rows, headers={"X-Total-Count": total}))

    async def scenario() -> None:
        raw = await aw(scw.with_raw_response.volumes.list())
        assert TOKEN not in repr(raw.http_response.request.headers)
        assert raw.http_response.request.headers["x-auth-token"] == "[redacted]"
        assert raw.http_response.request.url == env.requests[0].url  # only the credential is changed

    env.run(scenario)


def test_the_leak_walk_finds_a_token_in_a_request_header(env: Env) -> None:
    request = httpx.Request("GET", "https://x/volumes", headers={"X-Auth-Token": TOKEN})
    error = APIError("no", response=httpx.Response(404, request=request))
    assert _leaks(error, TOKEN)


def test_a_file_body_is_sent_by_both_flavours(env: Env) -> None:
    # the generated File body holds a file object; an async httpx client refuses a sync one (RuntimeError)
    from scaleway_client.types import File

    sent: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(201)

    scw = scaleway(env, handler)

    async def scenario() -> None:
        await aw(
            scw.servers.user_data.set(
                server_id="s1", key="motd", body=File(payload=io.BytesIO(b"hello\nworld"))
            )
        )

    env.run(scenario)
    assert sent == [b"hello\nworld"]


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_the_token_is_in_no_request_of_a_redirect_the_callers_client_followed(flavour: str) -> None:
    # the SDK's own pool never follows redirects; a caller's client may, and its answer's history then holds
    # the earlier requests, each of which carried the token (a same-origin redirect keeps every header)
    rows = json.loads(json.dumps(EXAMPLES["VolumeList"]["value"], default=str))
    total = str(len(rows["volumes"]))

    def handler(request: httpx.Request) -> httpx.Response:
        if not request.url.path.endswith("/moved"):
            return httpx.Response(
                302, headers={"Location": str(request.url.copy_with(path=request.url.path + "/moved"))}
            )
        return httpx.Response(200, json=rows, headers={"X-Total-Count": total})

    transport = httpx.MockTransport(handler)
    if flavour == "sync":
        with Scaleway(TOKEN, http_client=httpx.Client(transport=transport, follow_redirects=True)) as scw:
            raw: Any = scw.with_raw_response.volumes.list()
    else:

        async def call() -> Any:
            client = httpx.AsyncClient(transport=transport, follow_redirects=True)
            async with AsyncScaleway(TOKEN, http_client=client) as scw:
                return await scw.with_raw_response.volumes.list()

        raw = asyncio.run(call())
    answers = [raw.http_response, *raw.http_response.history]
    assert len(answers) == 2  # the redirect was followed
    assert [a.request.headers["x-auth-token"] for a in answers] == ["[redacted]", "[redacted]"]
    assert all(TOKEN not in repr(a.request.headers) for a in answers)
