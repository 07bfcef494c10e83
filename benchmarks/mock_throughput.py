"""Mock throughput: requests/s of our mock (full validation, cache off) vs Prism 5 on the same endpoint.

Run: `python benchmarks/mock_throughput.py [--seconds 5] [--concurrency 8]` (what `make bench` runs).
The load generator is a bounded, self-stopping asyncio HTTP/1.1 keep-alive client (no extra packages), so
both servers face the same client cost. Prism is the pinned one in tools/node_modules (`make bench` installs
it with npm ci, as `make lint` does); without it the script prints "prism: unavailable" and still reports the
mock figure.
Every subprocess is terminated (its whole process group) on exit.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import suppress
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "spacescope.yaml"
PRISM = ROOT / "tools" / "node_modules" / ".bin" / "prism"  # pinned by tools/package-lock.json
PATH = "/v2/power/network_storage_capacity"
TOKEN = "mock-token"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_listening(port: int, proc: subprocess.Popen[bytes], timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            return False
        with socket.socket() as sock:
            sock.settimeout(0.2)
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return True
        time.sleep(0.1)
    return False


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Terminate the process group (npx spawns node children), then kill if it lingers."""
    if proc.poll() is not None:
        return
    with suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        with suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=5)


def request_bytes(i: int) -> bytes:
    # Distinct date windows, so the mock parses and validates every request (and its cache is off anyway).
    day = 1 + i % 28
    query = f"start_date=2023-01-{day:02d}&end_date=2023-01-{min(day + 6, 28):02d}"
    return (
        f"GET {PATH}?{query} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {TOKEN}\r\n"
        "Accept: application/json\r\n\r\n"
    ).encode()


async def _read_response(reader: asyncio.StreamReader) -> int:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    headers = {
        line.split(b":", 1)[0].strip().lower(): line.split(b":", 1)[1].strip()
        for line in head.split(b"\r\n")[1:]
        if b":" in line
    }
    if b"content-length" in headers:
        await reader.readexactly(int(headers[b"content-length"]))
    elif headers.get(b"transfer-encoding") == b"chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status


async def _worker(port: int, until: float, counts: list[int], worker: int) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    i = worker
    try:
        while time.monotonic() < until:
            writer.write(request_bytes(i))
            status = await _read_response(reader)
            counts[0 if status == 200 else 1] += 1
            i += 1
    finally:
        writer.close()
        with suppress(Exception):
            await writer.wait_closed()


async def load(port: int, seconds: float, concurrency: int) -> tuple[float, int]:
    """(requests per second, non-200 answers) over `seconds` with `concurrency` keep-alive connections."""
    counts = [0, 0]
    started = time.monotonic()
    until = started + seconds
    await asyncio.wait_for(
        asyncio.gather(*(_worker(port, until, counts, w) for w in range(concurrency))), timeout=seconds + 30
    )
    return sum(counts) / (time.monotonic() - started), counts[1]


def measure(
    name: str, cmd: list[str], port: int, args: argparse.Namespace, env: dict[str, str], startup: float
) -> float | None:
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        if not wait_listening(port, proc, startup):
            print(f"{name}: unavailable")
            return None
        asyncio.run(load(port, 1.0, args.concurrency))  # warm-up
        rate, bad = asyncio.run(load(port, args.seconds, args.concurrency))
        print(f"{name}: {rate:,.0f} req/s" + (f" ({bad} non-200 answers)" if bad else ""))
        return rate
    except (TimeoutError, OSError, asyncio.IncompleteReadError) as exc:
        print(f"{name}: failed ({exc.__class__.__name__})")
        return None
    finally:
        stop(proc)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument(
        "--prism-startup", type=float, default=60.0, help="seconds allowed for Prism to start"
    )
    args = parser.parse_args()

    env = {**os.environ, "MOCK_TOKENS": TOKEN, "MOCK_CACHE_SIZE": "0", "MOCK_TODAY": "2024-01-01"}
    port = free_port()
    mock_cmd = [sys.executable, "-m", "space_sdk.contract.mock", "--api", "spacescope", "--port", str(port)]
    mock = measure("mock", mock_cmd, port, args, env, startup=20)
    prism = None
    if PRISM.exists():
        port = free_port()
        prism_cmd = [
            str(PRISM),
            "mock",
            str(SPEC),
            "-p",
            str(port),
            "-h",
            "127.0.0.1",
        ]
        prism = measure("prism", prism_cmd, port, args, env, startup=args.prism_startup)
    else:
        print("prism: unavailable")
    if mock and prism:
        print(f"ratio mock/prism: {mock / prism:.2f}x")
    return 0 if mock else 1


if __name__ == "__main__":
    raise SystemExit(main())
