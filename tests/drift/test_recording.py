"""Recordings: HAR 1.2 from the contract run and from the typed clients, with the secrets the spec names
removed and the bodies kept."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from space_sdk import AsyncScaleway, Spaces
from space_sdk.contract.mock.app import create_app
from space_sdk.contract.runner import RunOptions, run_api
from space_sdk.drift import drift
from space_sdk.recording import (
    REDACTED,
    AsyncRecordingTransport,
    Exchange,
    HarWriter,
    RecordingTransport,
    Redaction,
)
from space_sdk.spec import SPEC_DIR, discover_specs, load_spec

EMAIL, PASSWORD = "mock@example.com", "mock-password"  # the mock's MOCK_CREDENTIALS default


def _entries(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text())
    assert data["log"]["version"] == "1.2"
    entries: list[dict[str, Any]] = data["log"]["entries"]
    return entries


def test_contract_record_writes_every_exchange_without_the_token(tmp_path: Path) -> None:
    spec = SPEC_DIR / "spaces.yaml"
    options = RunOptions(max_examples=3, phases=("examples",), reports_dir=tmp_path, record_dir=tmp_path)
    app = create_app(spec, tokens=["rec-secret-token-123"])
    result = run_api(spec, options, app=app, token="rec-secret-token-123")
    text = (tmp_path / "spaces.har").read_text()
    entries = _entries(tmp_path / "spaces.har")
    assert len(entries) == sum(op.cases for op in result.operations.values()) > 14
    assert "rec-secret-token-123" not in text
    assert base64.b64encode(b"rec-secret-token-123:").decode() not in text
    auth = [
        h["value"] for e in entries for h in e["request"]["headers"] if h["name"].lower() == "authorization"
    ]
    assert auth
    assert set(auth) == {REDACTED}
    assert all(e["response"]["content"].get("text") for e in entries if e["response"]["status"] == 200)


@pytest.mark.parametrize("path", discover_specs(), ids=lambda p: p.stem)
def test_every_header_a_security_scheme_names_is_redacted(path: Path) -> None:
    spec = load_spec(path)
    redaction = Redaction.from_document(spec.document)
    named = {
        str(s["name"]).lower()
        for s in spec.security_schemes.values()
        if s.get("type") == "apiKey" and s.get("in") == "header"
    }
    headers = [(name, "s3cret") for name in [*named, "Authorization", "X-Other"]]
    out = dict(redaction.headers_out(headers))
    assert all(out[name] == REDACTED for name in [*named, "Authorization"])
    assert out["X-Other"] == "s3cret"  # only secrets go: the rest of a recording stays evidence


def test_login_credentials_and_tokens_are_redacted_but_bodies_kept(tmp_path: Path) -> None:
    spec = load_spec(SPEC_DIR / "scaleway.yaml")
    writer = HarWriter(tmp_path / "x.har", Redaction.from_document(spec.document))
    token = "0d3f5b9e-token-value"
    login_answer = {"token": {"id": token, "expires": "2024-01-01T00:30:00+00:00", "user_id": "u1"}}
    writer.add(Exchange("POST", "https://account.scaleway.com/tokens", [("Content-Type", "application/json")],
                        json.dumps({"email": EMAIL, "password": PASSWORD, "expires": True}), 201, "Created",
                        [("content-type", "application/json")], json.dumps(login_answer)))  # fmt: skip
    writer.add(Exchange("PATCH", f"https://account.scaleway.com/tokens/{token}", [("X-Auth-Token", token)],
                        "{}", 200, "OK", [], json.dumps(login_answer)))  # fmt: skip
    writer.close()
    text = (tmp_path / "x.har").read_text()
    for secret in (token, PASSWORD, EMAIL):
        assert secret not in text
    login, extend = _entries(tmp_path / "x.har")
    assert json.loads(login["request"]["postData"]["text"]) == {"email": REDACTED, "password": REDACTED,
                                                                 "expires": True}  # fmt: skip
    assert json.loads(login["response"]["content"]["text"])["token"]["user_id"] == "u1"
    assert extend["request"]["url"] == f"https://account.scaleway.com/tokens/{REDACTED}"
    # the same exchange with no spec-derived redaction keeps the password: the test above can fail
    bare = HarWriter(tmp_path / "bare.har")
    bare.add(Exchange("POST", "https://account.scaleway.com/tokens", [], json.dumps({"password": PASSWORD}),
                      201, "Created", [], None))  # fmt: skip
    bare.close()
    assert PASSWORD in (tmp_path / "bare.har").read_text()


async def test_the_async_client_records_a_login_session_without_secrets(tmp_path: Path) -> None:
    har = tmp_path / "scaleway.har"
    inner = httpx.ASGITransport(app=create_app(SPEC_DIR / "scaleway.yaml"))
    transport = AsyncRecordingTransport(har, api="scaleway", transport=inner)
    async with AsyncScaleway(
        email=EMAIL, password=PASSWORD, transport=transport, base_url="http://127.0.0.1"
    ) as scw:
        page = await scw.servers.list(per_page=2)
        assert page.total is not None
    text = har.read_text()
    entries = _entries(har)
    methods = [(e["request"]["method"], e["response"]["status"]) for e in entries]
    assert methods[0] == ("POST", 201)  # the login
    assert ("DELETE", 204) in methods  # the revoke on close
    assert PASSWORD not in text
    assert EMAIL not in text
    token = json.loads(entries[0]["response"]["content"]["text"])["token"]["id"]
    assert token == REDACTED
    result = drift(har, SPEC_DIR / "scaleway.yaml", label="openapi/scaleway.yaml", with_report=False)
    assert result.analysis.matched == len(entries)
    assert result.analysis.findings == []  # the mock answers as the spec says: nothing drifted


def test_the_sync_client_records_traffic_that_drift_reads(tmp_path: Path) -> None:
    spec = load_spec(SPEC_DIR / "spaces.yaml")
    example = spec.operation("list_customers").raw["responses"]["200"]["content"]["application/json"]
    page = example["examples"]["success"]["value"]
    drifted = {**page, "has_more": False, "data": [{**row, "loyalty_tier": 3} for row in page["data"]]}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=drifted)

    har = tmp_path / "spaces.har"
    recorder = RecordingTransport(har, api="spaces", transport=httpx.MockTransport(handler))
    with recorder as transport, Spaces(token="my-real-token", transport=transport) as api:
        for _ in range(2):
            assert list(api.customers.list(limit=5))
    assert "my-real-token" not in har.read_text()
    result = drift(har, SPEC_DIR / "spaces.yaml", label="openapi/spaces.yaml", with_report=False)
    (finding,) = result.analysis.findings
    assert (finding.kind, finding.where, finding.count, finding.patched) == (
        "undocumented_field", "data[].loyalty_tier", 2, True)  # fmt: skip
    assert "loyalty_tier: {type: integer" in result.patched.diff


def test_a_single_observation_is_reported_not_patched(tmp_path: Path) -> None:
    page = {"object": "list", "has_more": False, "data": [], "surprise": "x"}
    har = tmp_path / "one.har"
    recorder = RecordingTransport(
        har, api="spaces", transport=httpx.MockTransport(lambda r: httpx.Response(200, json=page))
    )
    with recorder as t, Spaces(token="t", transport=t) as api:
        list(api.customers.list(limit=5))
    result = drift(har, SPEC_DIR / "spaces.yaml", label="openapi/spaces.yaml", with_report=True)
    (finding,) = result.analysis.findings
    assert finding.kind == "undocumented_field"
    assert not finding.patched
    assert "reported, not patched" in finding.note
    assert "+      # drift: undocumented field" in result.patched.diff
