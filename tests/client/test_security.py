"""The token never shows up where it should not, plain http:// is refused, auth comes from the spec."""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable

import httpx
import pytest
from sdk_helpers import TOKEN, capacity_row, envelope, respond

from space_sdk import (
    APIError,
    AuthenticationError,
    BearerAuth,
    ConfigurationError,
    ServerError,
    Spaces,
    Spacescope,
)

OK = httpx.Response(200, json=envelope([capacity_row()]))


def test_bearer_header_is_sent(spacescope: Callable[..., Spacescope]) -> None:
    rec = respond(OK)
    spacescope(rec).power.network_storage_capacity()
    assert rec.requests[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_bearer_prefix_in_token_is_not_doubled() -> None:
    assert BearerAuth(f"Bearer {TOKEN}").headers() == {"Authorization": f"Bearer {TOKEN}"}


def test_spaces_uses_basic_with_token_as_user(spaces: Callable[..., Spaces]) -> None:
    rec = respond(
        httpx.Response(
            200,
            json={
                "object": "account",
                "created": 1,
                "name": "n",
                "email": "e",
                "avatar_image_url": "u",
                "referral_code": "r",
            },
        )
    )
    spaces(rec).account.retrieve()
    expected = "Basic " + base64.b64encode(f"{TOKEN}:".encode()).decode()
    assert rec.requests[0].headers["authorization"] == expected
    assert rec.requests[0].url.host == "spaces.pe"


def test_token_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPACESCOPE_TOKEN", "from-env")
    rec = respond(OK)
    with Spacescope(transport=httpx.MockTransport(rec)) as api:
        api.power.network_storage_capacity()
    assert rec.requests[0].headers["authorization"] == "Bearer from-env"


def test_missing_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SPACESCOPE_TOKEN", raising=False)
    monkeypatch.delenv("SPACES_TOKEN", raising=False)
    with pytest.raises(ConfigurationError, match="SPACESCOPE_TOKEN"):
        Spacescope()
    with pytest.raises(ConfigurationError, match="SPACES_TOKEN"):
        Spaces()


@pytest.mark.parametrize(
    "url", ["http://api.spacescope.io", "http://10.0.0.5:8080", "ftp://x", "api.spacescope.io"]
)
def test_plain_http_to_remote_hosts_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError):
        Spacescope(TOKEN, base_url=url)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:4010", "http://localhost:4010/", "http://[::1]:4010", "https://mock.example"]
)
def test_loopback_http_and_https_are_allowed(url: str) -> None:
    rec = respond(OK)
    with Spacescope(TOKEN, base_url=url, transport=httpx.MockTransport(rec)) as api:
        api.power.network_storage_capacity()
    assert str(rec.requests[0].url).startswith(url.rstrip("/") + "/v2/power/network_storage_capacity")


def test_token_is_absent_from_repr_str_logs_and_errors(
    spacescope: Callable[..., Spacescope], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    rec = respond(
        httpx.Response(200, json={"request_id": "r1", "code": 30003, "message": "boom"}),
        httpx.Response(200, json={"request_id": "r2", "code": 10012, "message": "expired"}),
    )
    api = spacescope(rec)
    with pytest.raises(AuthenticationError) as info:
        api.power.network_storage_capacity()
    texts = [
        repr(api),
        str(api),
        repr(api._client),
        repr(api._client._auth),
        str(info.value),
        repr(info.value),
        caplog.text,
    ]
    for text in texts:
        assert TOKEN not in text
        assert "SECRET" not in text
    assert "GET /v2/power/network_storage_capacity -> 200" in caplog.text
    assert "request_id=r1" in caplog.text
    assert "retrying" in caplog.text
    assert any(r.name == "space_sdk" for r in caplog.records)


def test_connection_error_message_has_no_token(spacescope: Callable[..., Spacescope]) -> None:
    with pytest.raises(APIError) as info:
        spacescope(
            respond(httpx.ConnectError(f"failed for {TOKEN[:0]}host")), max_retries=0
        ).power.network_storage_capacity()
    assert TOKEN not in str(info.value)


def test_auth_refresh_hook_retries_once(spacescope: Callable[..., Spacescope]) -> None:
    class Rotating(BearerAuth):
        def __init__(self) -> None:
            super().__init__("old")
            self.refreshed = 0

        def refresh(self) -> bool:
            self.refreshed += 1
            self._header = {"Authorization": "Bearer new"}
            return True

    auth = Rotating()
    rec = respond(httpx.Response(401, json={"request_id": "r", "code": 10012, "message": "expired"}), OK)
    with Spacescope(auth, transport=httpx.MockTransport(rec)) as api:
        assert len(api.power.network_storage_capacity()) == 1
    assert auth.refreshed == 1
    assert [r.headers["authorization"] for r in rec.requests] == ["Bearer old", "Bearer new"]


def test_user_http_client_is_used_and_left_open() -> None:
    rec = respond(OK)
    client = httpx.Client(transport=httpx.MockTransport(rec))
    with Spacescope(TOKEN, http_client=client) as api:
        api.power.network_storage_capacity()
    assert not client.is_closed
    client.close()
    assert rec.calls == 1


def test_http_client_and_transport_are_exclusive() -> None:
    with pytest.raises(ConfigurationError):
        Spacescope(TOKEN, http_client=httpx.Client(), transport=httpx.MockTransport(respond(OK)))


def test_per_call_timeout_is_passed(spacescope: Callable[..., Spacescope]) -> None:
    from space_sdk import RequestOptions

    seen: list[object] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions.get("timeout"))
        return httpx.Response(200, json=envelope([]))

    api = spacescope(handler)
    api.power.network_storage_capacity()
    api.power.network_storage_capacity(options=RequestOptions(timeout=2.5))
    assert seen[0] == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert seen[1] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}


def test_server_error_keeps_status_and_body(spacescope: Callable[..., Spacescope]) -> None:
    with pytest.raises(ServerError) as info:
        spacescope(
            respond(httpx.Response(500, json={"request_id": "rr", "code": 30003, "message": "x"})),
            max_retries=0,
        ).power.network_storage_capacity()
    assert info.value.body == {"request_id": "rr", "code": 30003, "message": "x"}
    assert info.value.response is not None
