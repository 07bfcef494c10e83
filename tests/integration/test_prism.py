"""The typed clients against Prism 5 (Stoplight's mock server, pinned in tools/package.json and installed by
``make install``), a witness we did not write: for every operation of every API, each documented response
example (static mode, chosen with ``Prefer: code=..., example=...``) and answers Prism generates from the
schemas (``Prefer: dynamic=true``, seeded). Each call must parse or raise an SDK error, never anything else;
Prism refusing one of our requests (its 422 problem answer) fails the test, since the request is then not
what the spec allows.

Skipped, saying why, only when Prism is not installed (no node, or ``npm ci`` not run). ``test_prism_report``
prints per API what the answers became (pytest -s).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from space_sdk import ParameterError, SpaceSDKError
from space_sdk._refs import inline
from space_sdk._registry import api_names
from space_sdk.cli._call import resolve_method
from space_sdk.spec import SPEC_DIR

from .calls import ROOT, arguments, client, entry_of, spec_of

PRISM = ROOT / "tools" / "node_modules" / ".bin" / "prism"
DYNAMIC_CALLS = 2  # generated answers per operation
TALLY: dict[str, Counter[str]] = {}

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not PRISM.exists(),
    reason=f"Prism is not installed ({PRISM} missing, or no node): make install runs npm ci into tools/",
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def prism() -> Iterator[dict[str, str]]:
    """One Prism per API, started together, on loopback ports; stopped (by their own pids) at the end."""
    procs: dict[str, tuple[subprocess.Popen[bytes], str]] = {}
    try:
        for name in api_names():
            port = _free_port()
            cmd = [str(PRISM), "mock", str(SPEC_DIR / f"{name}.yaml"), "-h", "127.0.0.1", "-p", str(port)]
            cmd += ["--seed", "18", "-v", "error"]
            procs[name] = (
                subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL),
                f"http://127.0.0.1:{port}",
            )
        for name, (proc, url) in procs.items():
            _wait_until_up(proc, url, name)
        yield {name: url for name, (_, url) in procs.items()}
    finally:
        for proc, _ in procs.values():
            proc.terminate()
        for proc, _ in procs.values():
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def _wait_until_up(proc: subprocess.Popen[bytes], url: str, name: str) -> None:
    deadline = time.monotonic() + 90  # Prism takes 3-10 s to start on a loaded machine
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"Prism exited ({proc.returncode}) on {name}'s spec")
        try:
            httpx.get(url + "/", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.3)
    pytest.fail(f"Prism did not start on {name}'s spec within 90 s")


def _examples(name: str) -> list[tuple[str, int, str]]:
    spec = spec_of(name)
    found = []
    for op in spec.operations:
        for status, response in op.raw.get("responses", {}).items():
            for content in (inline(spec.document, response).get("content") or {}).values():
                names = list(content.get("examples") or {}) or (["example"] if "example" in content else [])
                found += [(op.operation_id, int(status), example) for example in names]
    return found


def _with_path(entry: Any, root: str) -> str:
    """``root`` plus the spec's server path (Spaces: /api/v1) unless it has it: base_url has one meaning."""
    path = urlsplit(str(entry.generated.API["servers"][0]["url"])).path.rstrip("/")
    return root if root.rstrip("/").endswith(path) else root.rstrip("/") + path


def _prism_path(entry: Any) -> Any:
    """Prism serves a spec's paths without its server path (/api/v1); the SDK sends the server URL's path
    (base_url has one meaning), so the request is handed to Prism without it."""
    path = urlsplit(str(entry.generated.API["servers"][0]["url"])).path.rstrip("/")

    def strip(request: httpx.Request) -> None:
        if path and request.url.path.startswith(path + "/"):
            request.url = request.url.copy_with(path=request.url.path[len(path) :])

    return strip


def _call(name: str, base_url: str, operation_id: str, prefer: str) -> tuple[Any, httpx.Response | None]:
    entry = entry_of(name)
    operation = entry.generated.OPERATIONS[operation_id]
    answers: list[httpx.Response] = []
    with (
        httpx.Client(
            headers={"Prefer": prefer},
            event_hooks={"request": [_prism_path(entry)], "response": [answers.append]},
        ) as http,
        client(entry, base_url=_with_path(entry, base_url), http_client=http, max_retries=0) as api,
    ):
        kwargs = arguments(name, operation, api)
        try:
            result: Any = resolve_method(api, operation["sdk_method"])(**kwargs)
        except SpaceSDKError as exc:
            result = exc
    return result, (answers[-1] if answers else None)


def _judge(name: str, what: str, outcome: Any, answer: httpx.Response | None) -> None:
    assert not isinstance(outcome, ParameterError), f"the test's arguments were refused: {outcome}"
    assert answer is not None, "nothing was sent"
    kind = answer.headers.get("content-type", "")
    if answer.status_code == 422 or "problem+json" in kind:
        answer.read()
        pytest.fail(f"Prism refused our request: {answer.status_code} {answer.text[:300]}")
    label = "parsed" if not isinstance(outcome, Exception) else type(outcome).__name__
    if label == "ResponseValidationError":  # say why: the first-page rule of issue 15, so far
        label += f" ({str(outcome).split(' (status=')[0][:90]})"
    TALLY.setdefault(name, Counter())[f"{what}: {label}"] += 1


@pytest.mark.parametrize("name", api_names())
def test_every_documented_example_served_by_prism(name: str, prism: dict[str, str]) -> None:
    examples = _examples(name)
    assert {op_id for op_id, _, _ in examples} == {op.operation_id for op in spec_of(name).operations}
    for operation_id, status, example in examples:
        prefer = f"code={status}" + (f", example={example}" if example != "example" else "")
        outcome, answer = _call(name, prism[name], operation_id, prefer)
        _judge(name, "static", outcome, answer)
        assert answer is not None
        assert answer.status_code == status, (
            f"{operation_id}: Prism answered {answer.status_code}, not {status}"
        )


@pytest.mark.parametrize("name", api_names())
def test_generated_answers_from_prism(name: str, prism: dict[str, str]) -> None:
    for op in spec_of(name).operations:
        for _ in range(DYNAMIC_CALLS):
            outcome, answer = _call(name, prism[name], op.operation_id, "dynamic=true")
            _judge(name, "dynamic", outcome, answer)


def test_prism_report() -> None:
    for name in api_names():
        print(f"\nPrism, {name}: {len(spec_of(name).operations)} operations, {len(_examples(name))} examples")
        for what, count in sorted(TALLY.get(name, Counter()).items()):
            print(f"  {count:5d}  {what}")
