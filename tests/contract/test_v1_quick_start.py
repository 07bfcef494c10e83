"""The v1 quick-start guide's curl example replays against the mock with only the host and token changed."""

from __future__ import annotations

import shlex
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest

from space_sdk.contract.mock import create_app
from space_sdk.spec import SPEC_DIR

# Verbatim from the v1 guide (seed 001), token replaced by a placeholder: the URL is the early, group-less name
# of capacity-services/network_storage_capacity.
QUICK_START_CURL = """curl --location --request GET 'https://api.spacescope.io/v1/network_core/network_storage_capacity?end_date=2022-07-01&start_date=2022-07-01' \\
--header 'authorization: Bearer <TOKEN>'"""
# The guide's "Return Data Example" for that request.
QUICK_START_DATA = [
    {
        "stat_date": "2022-07-01T00:00:00Z",
        "total_qa_bytes_power": 20431876696867700000,
        "total_qa_bytes_power_increase": 18811787931090944,
        "total_raw_bytes_power": 19307467099059780000,
        "total_raw_bytes_power_increase": 11360325936873472,
        "new_baseline_power": 10430930206272310000,
    }
]


def replay(curl: str, host: str, token: str) -> tuple[str, str, dict[str, str]]:
    """(method, url, headers) of a docs curl command, with only its scheme/host and token swapped."""
    words = shlex.split(curl.replace("\\\n", " "))
    method, url, headers = "GET", "", {}
    i = 1
    while i < len(words):
        word = words[i]
        if word in ("--request", "-X"):
            method, i = words[i + 1], i + 2
        elif word in ("--header", "-H"):
            name, _, value = words[i + 1].partition(":")
            headers[name.strip()] = value.strip().replace("<TOKEN>", token)
            i += 2
        elif word.startswith("-"):
            i += 1  # flags without a value (--location)
        else:
            url, i = word, i + 1
    parts, target = urlsplit(url), urlsplit(host)
    return method, urlunsplit((target.scheme, target.netloc, parts.path, parts.query, "")), headers


def test_replay_changes_only_host_and_token() -> None:
    method, url, headers = replay(QUICK_START_CURL, "http://127.0.0.1:4012", "mock-token")
    assert method == "GET"
    assert url == (
        "http://127.0.0.1:4012/v1/network_core/network_storage_capacity?end_date=2022-07-01&start_date=2022-07-01"
    )
    assert headers == {"authorization": "Bearer mock-token"}


async def test_the_quick_start_curl_replays_against_the_mock() -> None:
    app = create_app(SPEC_DIR / "spacescope-v1.yaml", tokens=["mock-token"])
    method, url, headers = replay(QUICK_START_CURL, "http://127.0.0.1", "mock-token")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app)) as client:
        answer = await client.request(method, url, headers=headers)
        refused = await client.request(method, url, headers={"authorization": "Bearer wrong"})
    assert answer.status_code == 200
    body = answer.json()
    assert body["code"] == 0
    assert body["data"] == QUICK_START_DATA
    # the same request is checked like any other: a bad token gets the documented 401 envelope
    assert refused.status_code == 401
    assert refused.json()["code"] == 10011


def test_a_live_v1_run_reads_its_token_from_a_valid_variable_name(monkeypatch: pytest.MonkeyPatch) -> None:
    from space_sdk.contract.runner import api_token
    from space_sdk.spec import load_spec

    spec = load_spec(SPEC_DIR / "spacescope-v1.yaml")
    assert spec.name == "spacescope-v1"
    monkeypatch.setenv("SPACESCOPE_V1_TOKEN", "live-v1-token")
    assert api_token(spec, use_mock=False) == "live-v1-token"
    monkeypatch.delenv("SPACESCOPE_V1_TOKEN")
    assert api_token(spec, use_mock=False) == ""
