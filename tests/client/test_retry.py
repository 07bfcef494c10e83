"""Which failures are retried, how long the client waits, and what is never retried."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from email.utils import format_datetime

import httpx
import pytest
from sdk_helpers import capacity_row, envelope, respond

from space_sdk import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    DataNotReadyError,
    InvalidRequestError,
    PermissionDeniedError,
    RequestOptions,
    ServerError,
    Spaces,
    Spacescope,
)
from space_sdk._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY
from space_sdk._retry import retry_delay

OK = httpx.Response(200, json=envelope([capacity_row()]))


def err(code: int, status: int = 200) -> httpx.Response:
    return httpx.Response(status, json={"request_id": "r", "code": code, "message": "x"})


@pytest.mark.parametrize(
    "first",
    [
        pytest.param(err(30003), id="30003"),
        pytest.param(httpx.Response(500, text="oops"), id="500-text"),
        pytest.param(httpx.Response(502, text="<html>bad gateway</html>"), id="502-html"),
        pytest.param(httpx.Response(503, json={"message": "down"}), id="503"),
        pytest.param(httpx.Response(429, json={"message": "slow"}), id="429"),
        pytest.param(httpx.Response(408, text="timeout"), id="408"),
        pytest.param(httpx.ConnectError("refused"), id="connect-error"),
        pytest.param(httpx.ReadTimeout("slow"), id="read-timeout"),
    ],
)
def test_transient_failures_are_retried(
    first: httpx.Response | Exception, spacescope: Callable[..., Spacescope], sleeps: list[float]
) -> None:
    rec = respond(first, OK)
    rows = spacescope(rec).power.network_storage_capacity()
    assert len(rows) == 1
    assert rec.calls == 2
    assert len(sleeps) == 1
    assert 0 < sleeps[0] <= INITIAL_RETRY_DELAY


@pytest.mark.parametrize(
    ("answer", "cls"),
    [
        pytest.param(err(10011, 401), AuthenticationError, id="10011"),
        pytest.param(err(10012, 401), AuthenticationError, id="10012"),
        pytest.param(err(30001), PermissionDeniedError, id="30001"),
        pytest.param(err(30002), InvalidRequestError, id="30002"),
        pytest.param(err(30004), DataNotReadyError, id="30004"),
        pytest.param(httpx.Response(401, text="no"), AuthenticationError, id="401"),
        pytest.param(httpx.Response(400, json={"message": "bad"}), InvalidRequestError, id="400"),
    ],
)
def test_permanent_failures_are_raised_at_once(
    answer: httpx.Response, cls: type[Exception], spacescope: Callable[..., Spacescope], sleeps: list[float]
) -> None:
    rec = respond(answer, OK)
    with pytest.raises(cls):
        spacescope(rec).power.network_storage_capacity()
    assert rec.calls == 1
    assert sleeps == []


def test_retries_stop_after_max_retries(spacescope: Callable[..., Spacescope], sleeps: list[float]) -> None:
    rec = respond(err(30003))
    with pytest.raises(ServerError):
        spacescope(rec).power.network_storage_capacity()
    assert rec.calls == 3  # the first try and 2 retries (the default)
    assert len(sleeps) == 2
    assert sleeps[1] > sleeps[0] * 1.2  # exponential


def test_max_retries_per_client_and_per_call(spacescope: Callable[..., Spacescope]) -> None:
    rec = respond(httpx.ConnectError("refused"))
    api = spacescope(rec, max_retries=5)
    with pytest.raises(APIConnectionError):
        api.power.network_storage_capacity()
    assert rec.calls == 6
    rec.requests.clear()
    with pytest.raises(APIConnectionError):
        api.power.network_storage_capacity(options=RequestOptions(max_retries=0))
    assert rec.calls == 1


def test_timeouts_are_retried_then_raised(spacescope: Callable[..., Spacescope]) -> None:
    rec = respond(httpx.ReadTimeout("slow"))
    with pytest.raises(APITimeoutError):
        spacescope(rec, max_retries=1).power.network_storage_capacity()
    assert rec.calls == 2


def test_retry_after_seconds_is_honoured(spacescope: Callable[..., Spacescope], sleeps: list[float]) -> None:
    rec = respond(httpx.Response(429, headers={"Retry-After": "7"}, json={}), OK)
    spacescope(rec).power.network_storage_capacity()
    assert sleeps == [7.0]


def test_retry_after_http_date_is_honoured(
    spacescope: Callable[..., Spacescope], sleeps: list[float]
) -> None:
    when = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=30)
    rec = respond(
        httpx.Response(503, headers={"Retry-After": format_datetime(when, usegmt=True)}, json={}), OK
    )
    spacescope(rec).power.network_storage_capacity()
    assert 25 <= sleeps[0] <= 30


def test_retry_after_is_capped(spacescope: Callable[..., Spacescope], sleeps: list[float]) -> None:
    rec = respond(httpx.Response(429, headers={"Retry-After": "86400"}, json={}), OK)
    spacescope(rec).power.network_storage_capacity()
    assert sleeps == [MAX_RETRY_AFTER]


def test_backoff_is_capped_and_jittered() -> None:
    assert retry_delay(10, None, rand=lambda: 0.0) == MAX_RETRY_DELAY
    assert retry_delay(10, None, rand=lambda: 1.0) == MAX_RETRY_DELAY * 0.75
    assert retry_delay(0, None, rand=lambda: 0.0) == INITIAL_RETRY_DELAY
    assert retry_delay(1, None, rand=lambda: 0.0) == INITIAL_RETRY_DELAY * 2
    assert retry_delay(0, httpx.Headers({"retry-after": "soon"}), rand=lambda: 0.0) == INITIAL_RETRY_DELAY
    assert retry_delay(0, httpx.Headers({"retry-after-ms": "1500"})) == 1.5
    past = "Wed, 21 Oct 2015 07:28:00 GMT"
    assert retry_delay(0, httpx.Headers({"retry-after": past})) == 0.0


def test_post_is_not_retried(spaces: Callable[..., Spaces], sleeps: list[float]) -> None:
    from spaces_client.models.resource_subscription_create import ResourceSubscriptionCreate

    rec = respond(httpx.Response(500, json={"message": "boom"}))
    body = ResourceSubscriptionCreate.from_dict(
        {"event": "customer.created", "target_url": "https://example.com/h"}
    )
    with pytest.raises(ServerError):
        spaces(rec).resource_subscriptions.create(body=body)
    assert rec.calls == 1
    assert sleeps == []
    assert rec.requests[0].method == "POST"


def _subscription_body() -> object:
    from spaces_client.models.resource_subscription_create import ResourceSubscriptionCreate

    return ResourceSubscriptionCreate.from_dict(
        {"event": "customer.created", "target_url": "https://example.com/h"}
    )


@pytest.mark.parametrize(
    "never_sent",
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("connect"),
        httpx.PoolTimeout("pool"),
        ConnectionRefusedError(),
    ],
)
def test_post_that_never_left_is_retried(
    spaces: Callable[..., Spaces], sleeps: list[float], never_sent: Exception
) -> None:
    # the second try reaches the server and fails with a 500: that one may have done something, so it stops there
    rec = respond(never_sent, httpx.Response(500, json={"message": "boom"}))
    with pytest.raises(ServerError):
        spaces(rec).resource_subscriptions.create(body=_subscription_body())
    assert rec.calls == 2
    assert len(sleeps) == 1


@pytest.mark.parametrize(
    ("maybe_sent", "raised"),
    [
        (httpx.ReadTimeout("read"), APITimeoutError),
        (httpx.RemoteProtocolError("dropped"), APIConnectionError),
        (httpx.WriteError("half sent"), APIConnectionError),
        (ConnectionResetError(), APIConnectionError),
    ],
)
def test_post_that_may_have_arrived_is_not_retried(
    spaces: Callable[..., Spaces], sleeps: list[float], maybe_sent: Exception, raised: type[Exception]
) -> None:
    rec = respond(maybe_sent, httpx.Response(200, json={}))
    with pytest.raises(raised):
        spaces(rec).resource_subscriptions.create(body=_subscription_body())
    assert rec.calls == 1
    assert sleeps == []


def test_spaces_500_is_retried(spaces: Callable[..., Spaces]) -> None:
    customer = {
        "object": "customer",
        "id": "c",
        "name": "n",
        "email": "e",
        "created": 1,
        "space": {"object": "space", "id": 1, "created": 1, "url": None},
    }
    rec = respond(httpx.Response(500, json={"message": "boom"}), httpx.Response(200, json=customer))
    assert spaces(rec).customers.retrieve(customer_id="c").id == "c"
    assert rec.calls == 2


async def test_async_retry(async_spacescope: Callable[..., object], sleeps: list[float]) -> None:
    from space_sdk import AsyncSpacescope

    rec = respond(err(30003), OK)
    api = async_spacescope(rec)
    assert isinstance(api, AsyncSpacescope)
    async with api:
        rows = await api.power.network_storage_capacity()
    assert len(rows) == 1
    assert rec.calls == 2
    assert len(sleeps) == 1
