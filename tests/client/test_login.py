"""The login auth kind (``x-auth-login``): log in on first use, renew before expiry on the injected clock,
one new login after a refusal (never a loop), revoke on close only a token the SDK created, and the two
shapes the specs need: Scaleway (POST /tokens, expiry in the answer, PATCH extend, DELETE revoke) and
SpaceKnow (an Auth0 login answering an ``id_token`` with a fixed 10-hour lifetime, no extend or revoke)."""

from __future__ import annotations

import asyncio
import datetime
import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from space_sdk import AuthenticationError, ConfigurationError, ResponseValidationError
from space_sdk._async.sdk import AsyncSDK
from space_sdk._sync.sdk import SyncSDK

EMAIL = "someone@example.com"
PASSWORD = "pw-SECRET-987654321"
T0 = datetime.datetime(2024, 3, 10, 12, 0, tzinfo=datetime.UTC)


def _op(op_id: str, method: str, path: str) -> dict[str, Any]:
    return {
        "operation_id": op_id,
        "method": method,
        "path": path,
        "sdk_method": op_id,
        "params": [],
        "shape": "json",
    }


OPS = {
    "create_token": _op("create_token", "POST", "/tokens"),
    "extend_token": _op("extend_token", "PATCH", "/tokens/{token_id}"),
    "delete_token": _op("delete_token", "DELETE", "/tokens/{token_id}"),
    "oauth_login": _op("oauth_login", "POST", "/oauth/ro"),
}
LIST = _op("list_servers", "GET", "/servers")
CREATE = _op("create_server", "POST", "/servers")

SCALEWAY_LOGIN = {
    "operation": "create_token",
    "credentials": {"email": "email", "password": "password"},
    "fields": {"expires": True},
    "token": "/token/id",
    "expires_at": "/token/expires",
    "issued_at": "/token/creation_date",
    "renew_before": 60,
    "extend": "extend_token",
    "revoke": "delete_token",
}
SPACEKNOW_LOGIN = {
    "operation": "oauth_login",
    "credentials": {"username": "email", "password": "password"},
    "fields": {"client_id": "abc", "grant_type": "password", "scope": "openid"},
    "token": "/id_token",
    "lifetime": 36000,
    "renew_before": 300,
}
ERRORS = {
    "body": {"code": "type", "message": "message"},
    "table": [
        {"code": "invalid_auth", "http_status": 401, "kind": "authentication"},
        {"code": "unknown_resource", "http_status": 404, "kind": "not_found"},
    ],
}


def api(login: dict[str, Any], scheme: dict[str, Any] | None = None) -> dict[str, Any]:
    scheme = scheme or {"type": "apiKey", "in": "header", "name": "X-Auth-Token"}
    return {
        "title": "Demo API",
        "servers": ["https://api.example.com"],
        "security": [{"token": []}],
        "security_schemes": {"token": {**scheme, "x-auth-login": login}},
        "x-envelope": None,
        "x-errors": ERRORS,
        "auth_operations": {
            k: v
            for k, v in OPS.items()
            if k in (login["operation"], login.get("extend"), login.get("revoke"))
        },
    }


class Resources:
    def __init__(self, client: Any) -> None:
        self._client = client

    def servers(self, options: Any = None) -> Any:
        return self._client.json(LIST, lambda: {"method": "get", "url": "/servers"}, {}, options).parsed

    def create(self) -> Any:
        build = lambda: {"method": "post", "url": "/servers", "json": {"name": "x"}}  # noqa: E731
        return self._client.json(CREATE, build, {}).parsed


class AsyncResources(Resources):
    async def servers(self, options: Any = None) -> Any:  # type: ignore[override]
        return (
            await self._client.json(LIST, lambda: {"method": "get", "url": "/servers"}, {}, options)
        ).parsed


def scaleway_class(spec: dict[str, Any] | None = None) -> type[Any]:
    class Demo(SyncSDK, Resources):
        _api = spec or api(SCALEWAY_LOGIN)
        _env_token = "DEMO_TOKEN"

    return Demo


class AsyncDemo(AsyncSDK, AsyncResources):
    _api = api(SCALEWAY_LOGIN)
    _env_token = "DEMO_TOKEN"


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += datetime.timedelta(seconds=seconds)


class FakeScaleway:
    """The account API's token lifecycle, in memory: tokens live 30 minutes on the *server's* clock."""

    def __init__(self, clock: Clock, server_offset: float = 0.0) -> None:
        self.clock = clock
        self.offset = datetime.timedelta(seconds=server_offset)
        self.tokens: dict[str, datetime.datetime | None] = {}
        self.log: list[tuple[str, str, str | None]] = []
        self.refuse_login = False
        self.refuse_all = False
        self.login_bodies: list[dict[str, Any]] = []

    def server_now(self) -> datetime.datetime:
        return self.clock() + self.offset

    def token_body(self, tid: str) -> dict[str, Any]:
        expires = self.tokens[tid]
        return {
            "token": {
                "id": tid,
                "creation_date": self.server_now().isoformat(),
                "expires": None if expires is None else expires.isoformat(),
            }
        }

    def __call__(self, request: httpx.Request) -> httpx.Response:
        header = request.headers.get("x-auth-token")
        self.log.append((request.method, request.url.path, header))
        path = request.url.path
        if request.method == "POST" and path == "/tokens":
            body = json.loads(request.content)
            self.login_bodies.append(body)
            if self.refuse_login or body.get("password") != PASSWORD:
                return httpx.Response(401, json={"type": "invalid_auth", "message": "Invalid credentials"})
            tid = f"tok-{len(self.login_bodies)}"
            lifetime = datetime.timedelta(minutes=30)
            self.tokens[tid] = self.server_now() + lifetime if body.get("expires", True) else None
            return httpx.Response(201, json=self.token_body(tid))
        live = header in self.tokens and (
            self.tokens[header] is None or self.server_now() < self.tokens[header]  # type: ignore[operator]
        )
        if not live or self.refuse_all:
            return httpx.Response(401, json={"type": "invalid_auth", "message": "Invalid token"})
        if path.startswith("/tokens/"):
            tid = path.rsplit("/", 1)[1]
            if tid not in self.tokens:
                return httpx.Response(404, json={"type": "unknown_resource", "message": "Token not found"})
            if request.method == "PATCH":
                self.tokens[tid] = self.server_now() + datetime.timedelta(minutes=30)
                return httpx.Response(200, json=self.token_body(tid))
            if request.method == "DELETE":
                del self.tokens[tid]
                return httpx.Response(204)
        return httpx.Response(200, json={"servers": [], "who": header})

    def calls(self) -> list[str]:
        return [f"{m} {p}" for m, p, _ in self.log]


Make = Callable[..., Any]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(clock: Clock) -> FakeScaleway:
    return FakeScaleway(clock)


@pytest.fixture
def make(clock: Clock, server: FakeScaleway, monkeypatch: pytest.MonkeyPatch) -> Make:
    for var in ("DEMO_TOKEN", "DEMO_EMAIL", "DEMO_PASSWORD"):
        monkeypatch.delenv(var, raising=False)

    def build(cls: type[Any] | None = None, **kwargs: Any) -> Any:
        kwargs.setdefault("email", EMAIL)
        kwargs.setdefault("password", PASSWORD)
        return (cls or scaleway_class())(
            transport=httpx.MockTransport(server), sleep=lambda s: None, now=clock, **kwargs
        )

    return build


def test_logs_in_on_first_use_then_reuses_the_token(make: Make, server: FakeScaleway) -> None:
    client = make()
    assert server.log == []  # nothing is sent before the first call
    assert client.servers()["who"] == "tok-1"
    assert client.servers()["who"] == "tok-1"
    assert server.calls() == ["POST /tokens", "GET /servers", "GET /servers"]
    assert server.log[0][2] is None  # the login itself carries no token header
    assert server.login_bodies == [{"email": EMAIL, "password": PASSWORD, "expires": True}]


def test_extends_before_the_token_runs_out(make: Make, server: FakeScaleway, clock: Clock) -> None:
    client = make()
    client.servers()
    clock.advance(28 * 60)  # 2 minutes left: still more than renew_before (60 s)
    client.servers()
    clock.advance(90)  # 30 s left: extend first
    assert client.servers()["who"] == "tok-1"
    assert server.calls() == [
        "POST /tokens",
        "GET /servers",
        "GET /servers",
        "PATCH /tokens/tok-1",
        "GET /servers",
    ]
    clock.advance(25 * 60)  # the extension counts: 5 minutes left, nothing to do
    client.servers()
    assert server.calls()[-1] == "GET /servers"
    assert len(server.log) == 6


def test_an_expired_token_means_a_new_login_not_an_extend(
    make: Make, server: FakeScaleway, clock: Clock
) -> None:
    client = make()
    client.servers()
    clock.advance(31 * 60)
    assert client.servers()["who"] == "tok-2"
    assert server.calls()[2:] == ["POST /tokens", "GET /servers"]


def test_server_clock_offset_does_not_delay_renewal(clock: Clock, monkeypatch: pytest.MonkeyPatch) -> None:
    # the server's clock is 10 minutes behind ours: its absolute "expires" would look 10 minutes too early
    # (or, the other way round, too late); measured from its own creation_date the lifetime is right
    server = FakeScaleway(clock, server_offset=-600)
    client = scaleway_class()(
        email=EMAIL, password=PASSWORD, transport=httpx.MockTransport(server), sleep=lambda s: None, now=clock
    )
    client.servers()
    clock.advance(29 * 60 + 30)
    client.servers()
    assert "PATCH /tokens/tok-1" in server.calls()


def test_a_refused_token_gets_one_new_login_and_one_more_try(make: Make, server: FakeScaleway) -> None:
    client = make()
    client.servers()
    server.tokens.clear()  # deleted behind our back
    assert client.servers()["who"] == "tok-2"
    assert server.calls()[2:] == ["GET /servers", "POST /tokens", "GET /servers"]


def test_a_post_refused_for_its_token_is_sent_again_after_the_new_login(
    make: Make, server: FakeScaleway
) -> None:
    client = make()
    client.servers()
    server.tokens.clear()
    client.create()  # a 401 means the server did nothing: sending the POST again is safe
    assert server.calls()[2:] == ["POST /servers", "POST /tokens", "POST /servers"]


def test_never_a_login_loop(make: Make, server: FakeScaleway) -> None:
    client = make()
    client.servers()
    server.refuse_all = True
    with pytest.raises(AuthenticationError):
        client.servers()
    assert server.calls()[2:] == ["GET /servers", "POST /tokens", "GET /servers"]


def test_refused_credentials_raise_the_mapped_error_once(make: Make, server: FakeScaleway) -> None:
    client = make(password="wrong")
    with pytest.raises(AuthenticationError) as info:
        client.servers()
    assert info.value.code == "invalid_auth"
    assert info.value.status_code == 401
    assert server.calls() == ["POST /tokens"]  # POST is not retried, and a failed login is not re-tried


def test_login_answer_without_a_token_is_a_validation_error(clock: Clock) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json={"token": {"expires": None}})

    client = scaleway_class()(
        email=EMAIL,
        password=PASSWORD,
        transport=httpx.MockTransport(handler),
        sleep=lambda s: None,
        now=clock,
    )
    with pytest.raises(ResponseValidationError, match="no token at /token/id"):
        client.servers()


def test_extend_refused_falls_back_to_a_new_login(make: Make, server: FakeScaleway, clock: Clock) -> None:
    client = make()
    client.servers()
    clock.advance(29 * 60 + 30)
    server.tokens["tok-1"] = None  # still valid for requests...
    original = server.__call__

    def refuse_patch(request: httpx.Request) -> httpx.Response:
        if request.method == "PATCH":
            server.log.append(("PATCH", request.url.path, None))
            return httpx.Response(404, json={"type": "unknown_resource", "message": "Token not found"})
        return original(request)

    client._client._http._transport = httpx.MockTransport(refuse_patch)
    assert client.servers()["who"] == "tok-2"
    assert server.calls()[2:] == ["PATCH /tokens/tok-1", "POST /tokens", "GET /servers"]


def test_close_revokes_the_token_it_created(make: Make, server: FakeScaleway) -> None:
    with make() as client:
        client.servers()
    assert server.calls()[-1] == "DELETE /tokens/tok-1"
    assert server.log[-1][2] == "tok-1"
    assert server.tokens == {}
    client.close()  # twice is harmless: nothing more is sent
    assert len(server.log) == 3


def test_close_without_a_login_sends_nothing(make: Make, server: FakeScaleway) -> None:
    make().close()
    assert server.log == []


def test_a_given_token_is_never_revoked(make: Make, server: FakeScaleway) -> None:
    server.tokens["mine"] = None
    with make(token="mine", email=None, password=None) as client:
        assert client.servers()["who"] == "mine"
    assert server.calls() == ["GET /servers"]


def test_a_failed_revoke_does_not_fail_close(
    make: Make, server: FakeScaleway, caplog: pytest.LogCaptureFixture
) -> None:
    client = make()
    client.servers()
    server.refuse_all = True
    client.close()
    assert server.calls()[-1] == "DELETE /tokens/tok-1"
    assert "could not revoke" in caplog.text
    assert "tok-1" not in caplog.text


def test_an_expired_token_is_not_revoked(make: Make, server: FakeScaleway, clock: Clock) -> None:
    client = make()
    client.servers()
    clock.advance(3600)
    client.close()
    assert server.calls() == ["POST /tokens", "GET /servers"]


def test_expires_false_is_a_token_that_is_never_renewed(
    make: Make, server: FakeScaleway, clock: Clock
) -> None:
    client = make(login_fields={"expires": False})
    client.servers()
    clock.advance(400 * 86400)
    client.servers()
    client.close()
    assert server.login_bodies[0]["expires"] is False
    assert server.calls() == ["POST /tokens", "GET /servers", "GET /servers", "DELETE /tokens/tok-1"]


def test_only_the_specs_login_fields_can_be_overridden(make: Make) -> None:
    with pytest.raises(ConfigurationError, match=r"\['admin'\] not allowed \(allowed: expires\)"):
        make(login_fields={"admin": True})


def test_configuration_errors(make: Make, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError, match="not both"):
        make(token="t")
    with pytest.raises(ConfigurationError, match="needs password="):
        make(password=None)
    with pytest.raises(ConfigurationError, match="DEMO_EMAIL and DEMO_PASSWORD"):
        make(email=None, password=None)
    no_login = api(SCALEWAY_LOGIN)
    no_login["security_schemes"]["token"].pop("x-auth-login")
    with pytest.raises(ConfigurationError, match="has no login"):
        make(scaleway_class(no_login))
    bad = api({**SCALEWAY_LOGIN, "revoke": "nope"})
    with pytest.raises(ConfigurationError, match="does not have: \\['nope'\\]"):
        make(scaleway_class(bad))


def test_credentials_from_the_environment(
    make: Make, server: FakeScaleway, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEMO_EMAIL", EMAIL)
    monkeypatch.setenv("DEMO_PASSWORD", PASSWORD)
    client = make(email=None, password=None)
    assert client.servers()["who"] == "tok-1"
    monkeypatch.setenv("DEMO_TOKEN", "env-token")  # a token wins over credentials from the environment
    server.tokens["env-token"] = None
    assert make(email=None, password=None).servers()["who"] == "env-token"


def test_no_secret_in_repr_log_or_exception(
    make: Make, server: FakeScaleway, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="space_sdk")
    client = make()
    client.servers()
    clock.advance(29 * 60 + 30)
    client.servers()  # extend: PATCH /tokens/<token> is logged as its template
    server.refuse_all = True
    with pytest.raises(AuthenticationError) as info:
        client.servers()
    client.close()
    texts = [
        repr(client),
        repr(client._client),
        repr(client._client._auth),
        str(info.value),
        repr(info.value),
    ]
    texts.append(caplog.text)
    assert "PATCH /tokens/{token_id}" in caplog.text
    for text in texts:
        for secret in (PASSWORD, "tok-1", "tok-2"):
            assert secret not in text, (secret, text)


def test_spaceknow_shape_fixed_lifetime_bearer_no_extend_no_revoke(clock: Clock) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/oauth/ro":
            return httpx.Response(200, json={"id_token": f"jwt-{len(seen)}", "token_type": "bearer"})
        return httpx.Response(200, json={"ok": request.headers["authorization"]})

    cls = scaleway_class(api(SPACEKNOW_LOGIN, {"type": "http", "scheme": "bearer"}))
    client = cls(email=EMAIL, password=PASSWORD, transport=httpx.MockTransport(handler), now=clock)
    assert client.servers() == {"ok": "Bearer jwt-1"}
    body = json.loads(seen[0].content)
    assert body == {
        "client_id": "abc",
        "grant_type": "password",
        "scope": "openid",
        "username": EMAIL,
        "password": PASSWORD,
    }
    clock.advance(10 * 3600 - 301)
    assert client.servers() == {"ok": "Bearer jwt-1"}
    clock.advance(2)  # inside the 300 s margin of the 10-hour lifetime: log in again (no extend)
    assert client.servers() == {"ok": "Bearer jwt-4"}
    client.close()  # no revoke operation: nothing sent
    assert [r.url.path for r in seen] == ["/oauth/ro", "/servers", "/servers", "/oauth/ro", "/servers"]


def test_async_login_extend_relogin_and_revoke(clock: Clock, server: FakeScaleway) -> None:
    async def main() -> None:
        async def no_sleep(seconds: float) -> None:
            return None

        async with AsyncDemo(
            email=EMAIL, password=PASSWORD, transport=httpx.MockTransport(server), sleep=no_sleep, now=clock
        ) as client:
            assert (await client.servers())["who"] == "tok-1"
            clock.advance(29 * 60 + 30)
            await client.servers()
            server.tokens.clear()
            assert (await client.servers())["who"] == "tok-2"

    asyncio.run(main())
    assert server.calls() == [
        "POST /tokens",
        "GET /servers",
        "PATCH /tokens/tok-1",
        "GET /servers",
        "GET /servers",
        "POST /tokens",
        "GET /servers",
        "DELETE /tokens/tok-2",
    ]


def test_error_type_and_fields_from_a_bare_error_body(make: Make, server: FakeScaleway) -> None:
    # APIs without an envelope can still name the error (x-errors body.code) and list per-field messages
    from space_sdk import ConflictError, InvalidRequestError

    spec = api(SCALEWAY_LOGIN)
    spec["x-errors"] = {
        "body": {"code": "type", "message": "message", "fields": "fields"},
        "table": [
            {"code": "invalid_request_error", "http_status": 400, "kind": "invalid_request"},
            {"code": "conflict", "http_status": 409, "kind": "conflict"},
        ],
    }
    answers = iter(
        [
            httpx.Response(
                400,
                json={
                    "type": "invalid_request_error",
                    "message": "Validation Error",
                    "fields": {"name": ["required key not provided"], "size": "too big"},
                },
            ),
            httpx.Response(409, json={"type": "conflict", "message": "a server is attached to this volume"}),
        ]
    )
    client = scaleway_class(spec)(
        token="t", transport=httpx.MockTransport(lambda r: next(answers)), sleep=lambda s: None
    )
    with pytest.raises(InvalidRequestError) as info:
        client.servers()
    assert info.value.code == "invalid_request_error"
    assert info.value.fields == {"name": ["required key not provided"], "size": ["too big"]}
    assert str(info.value).startswith("Validation Error: name: required key not provided; size: too big")
    with pytest.raises(ConflictError, match="attached"):
        client.servers()


def test_concurrent_first_calls_revoke_every_token_they_created(clock: Clock, server: FakeScaleway) -> None:
    async def main() -> None:
        async def no_sleep(seconds: float) -> None:
            return None

        async def interleaved(request: httpx.Request) -> httpx.Response:
            await asyncio.sleep(
                0
            )  # let the other calls run: they wait for the first one's login (single-flight)
            return server(request)

        async with AsyncDemo(
            email=EMAIL,
            password=PASSWORD,
            transport=httpx.MockTransport(interleaved),
            sleep=no_sleep,
            now=clock,
        ) as client:
            await asyncio.gather(client.servers(), client.servers(), client.servers())
            await client.servers()

    asyncio.run(main())
    logins = server.calls().count("POST /tokens")
    assert logins == 1
    # every token created is deleted on close; none is left alive on the server
    assert server.calls().count("DELETE /tokens/tok-1") == 1
    assert sorted(c for c in server.calls() if c.startswith("DELETE")) == [
        f"DELETE /tokens/tok-{n}" for n in range(1, logins + 1)
    ]
    assert server.tokens == {}


def test_a_401_after_another_call_renewed_the_token_does_not_log_in_again(
    make: Make, server: FakeScaleway
) -> None:
    client = make()
    client.servers()
    session = client._client._session
    stale = dict(session.headers())
    server.tokens.clear()
    session.forget()
    client.servers()  # logs in as tok-2 (as a concurrent call would have)
    # a request that went out with the old token and came back refused: one more try with tok-2, no login
    steps = client._client._attempts(
        client._client._operation(LIST), {"method": "get", "url": "/servers", "headers": stale}, None, {}
    )
    request = next(steps)
    assert request["headers"]["X-Auth-Token"] == "tok-1"
    refused = httpx.Response(
        401,
        json={"type": "invalid_auth", "message": "Invalid token"},
        request=httpx.Request("GET", "https://x"),
    )
    retry = steps.send(refused)
    assert retry["headers"]["X-Auth-Token"] == "tok-2"
    assert server.calls().count("POST /tokens") == 2
