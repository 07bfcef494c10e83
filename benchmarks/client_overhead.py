"""How much the typed client costs over raw httpx, on the same loopback server and body.

    python benchmarks/client_overhead.py [--repeat N]

Starts one uvicorn server on 127.0.0.1 (ephemeral port) serving a fixed Spacescope envelope of 366 and of
10,000 rows, then times, alternately in the same run, ``Spacescope().power.network_storage_capacity()``
(validation, envelope check, one generated ``from_dict`` per row) against ``httpx.Client.get(url).json()``.
Prints the median of each and the ratio against the budget. A measurement, not a test: it never fails.
The typed call must also be faster than the plain generated ``sync()`` it wraps (openapi-python-client's own
client, which parses the whole envelope into models): that series runs in the same loop.

Two more series in the same loop split the typed call's cost: the SDK call with rows left as the decoded dicts
(the core's own cost, the usual untyped decode), and with rows built from those dicts by ``leanest_row``, the
cheapest eager typed row Python allows (one object, slots filled, one date parsed). The typed call itself
takes neither way: its rows are plain fields, so the answer is decoded straight into typed rows (msgspec
Structs, in C) and the models built by the generated ``from_wire`` (space_sdk/_typed_rows.py); "beyond the
core" is what that costs per row over leaving the rows as dicts.

The baseline is a pooled client carrying the same token, like the SDK's own: the module-level ``httpx.get()`` opens a new client (and
TLS context) per call, about 50 ms here, which would hide any overhead the SDK adds.
"""

from __future__ import annotations

import argparse
import datetime
import json
import socket
import statistics
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

import httpx
import uvicorn
from spacescope_client import AuthenticatedClient
from spacescope_client._sdk import OPERATIONS
from spacescope_client.api.power import network_storage_capacity as endpoint
from spacescope_client.models import NetworkStorageCapacity, NetworkStorageCapacityEnvelope
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from space_sdk import Spacescope

PATH = "/v2/power/network_storage_capacity"
BUDGETS = {366: 1.15, 10_000: 1.35}


def envelope(rows: int) -> bytes:
    start = datetime.date(2020, 1, 1)
    data = [
        {
            "stat_date": f"{(start + datetime.timedelta(days=i % 3650)).isoformat()}T00:00:00Z",
            "total_qa_bytes_power": 20431876696867700000 + i,
            "total_raw_bytes_power": 19307467099059780000 + i,
            "baseline_power": 10430930206272310000 + i,
        }
        for i in range(rows)
    ]
    body = {
        "request_id": "4e14a4aa-2368-4029-a660-5a883c0c29f1#606",
        "code": 0,
        "message": "success.",
        "data": data,
    }
    return json.dumps(body).encode()


def app(bodies: dict[int, bytes]) -> Starlette:
    async def serve(request: Request) -> Response:
        rows = int(request.path_params["rows"])
        return Response(bodies[rows], media_type="application/json")

    return Starlette(routes=[Route("/n{rows:int}" + PATH, serve)])


class Server:
    """uvicorn in a thread on an ephemeral loopback port."""

    def __init__(self, asgi: Starlette) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # accepted sockets inherit it: without it Nagle + delayed ACK add ~40 ms to every answer
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.server = uvicorn.Server(
            uvicorn.Config(asgi, log_level="warning", access_log=False, lifespan="off")
        )
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        while not self.server.started:
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def leanest_row(row: Mapping[str, Any]) -> NetworkStorageCapacity:
    """The least any eager typed row can cost in Python: one object, its slots filled, one date parsed;
    no copy, no check for undocumented fields (so unlike ``from_dict`` it would lose them)."""
    obj = object.__new__(NetworkStorageCapacity)
    obj.stat_date = datetime.datetime.fromisoformat(row["stat_date"])
    obj.total_qa_bytes_power = row["total_qa_bytes_power"]
    obj.total_raw_bytes_power = row["total_raw_bytes_power"]
    obj.baseline_power = row["baseline_power"]
    obj.additional_properties = {}
    return obj


def as_is(row: Mapping[str, Any]) -> Mapping[str, Any]:
    return row


class Timings(NamedTuple):
    raw: float  # pooled httpx.Client get().json()
    typed: float  # the SDK call: rows built by the generated from_dict
    core: float  # the same call with rows left as the decoded dicts
    leanest: float  # the same call with rows built by leanest_row
    generated: float  # the plain generated sync() the typed call wraps


def measure(port: int, rows: int, repeat: int) -> Timings:
    base = f"http://127.0.0.1:{port}/n{rows}"
    # the same request by hand: a pooled client carrying the token, as anyone calling the API with httpx writes it
    raw_client = httpx.Client(headers={"Authorization": "Bearer benchmark-token"})
    api = Spacescope("benchmark-token", base_url=base, max_retries=0)
    op = OPERATIONS["network_storage_capacity"]
    gen_client = AuthenticatedClient(base_url=base, token="benchmark-token")

    def typed() -> None:
        assert len(api.power.network_storage_capacity()) == rows

    def raw() -> None:
        assert len(raw_client.get(base + PATH).json()["data"]) == rows

    def core() -> None:
        assert len(api._client.rows(op, endpoint._get_kwargs, {}, as_is).parsed) == rows

    def leanest() -> None:
        assert len(api._client.rows(op, endpoint._get_kwargs, {}, leanest_row).parsed) == rows

    def generated() -> None:
        answer = endpoint.sync(client=gen_client)
        assert isinstance(answer, NetworkStorageCapacityEnvelope)
        assert isinstance(answer.data, list)
        assert len(answer.data) == rows

    series = {"raw": raw, "typed": typed, "core": core, "leanest": leanest, "generated": generated}
    for _ in range(max(3, repeat // 10)):  # warm up connections and caches
        for fn in series.values():
            fn()
    times: dict[str, list[float]] = {name: [] for name in series}
    for _ in range(repeat):  # interleaved so drift hits all alike
        for name, fn in series.items():
            times[name].append(timed(fn))
    api.close()
    raw_client.close()
    gen_client.get_httpx_client().close()
    return Timings(**{name: statistics.median(values) for name, values in times.items()})


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=0, help="timed calls per size (default: 1000 / 30)")
    args = parser.parse_args()
    bodies = {rows: envelope(rows) for rows in BUDGETS}
    with Server(app(bodies)) as server:
        print(
            f"client overhead: typed Spacescope call vs pooled httpx.Client get().json(), loopback port {server.port}"
        )
        for rows, budget in BUDGETS.items():
            repeat = args.repeat or (1000 if rows < 1000 else 30)
            t = measure(server.port, rows, repeat)
            ratio = t.typed / t.raw
            verdict = "within" if ratio <= budget else "OVER"
            print(
                f"  {rows:>6} rows ({len(bodies[rows]):>9,} bytes, {repeat} calls): typed {t.typed * 1e3:8.2f} ms"
                f"  raw {t.raw * 1e3:8.2f} ms  ratio {ratio:5.2f}x  budget {budget:.2f}x  {verdict}"
            )
            print(
                f"  {'':>6}      core only (rows as decoded) {t.core * 1e3:8.2f} ms  ratio {t.core / t.raw:5.2f}x;"
                f" typed rows beyond the core {(t.typed - t.core) / rows * 1e6:5.2f} us/row"
            )
            print(
                f"  {'':>6}      leanest eager row           {t.leanest * 1e3:8.2f} ms  ratio {t.leanest / t.raw:5.2f}x;"
                f" rows by leanest_row {(t.leanest - t.core) / rows * 1e6:5.2f} us/row"
                f" (budget leaves {(budget * t.raw - t.core) / rows * 1e6:5.2f})"
            )
            faster = "faster" if t.typed < t.generated else "SLOWER"
            print(
                f"  {'':>6}      generated sync()            {t.generated * 1e3:8.2f} ms  ratio {t.generated / t.raw:5.2f}x;"
                f" typed/generated {t.typed / t.generated:5.2f}x  ({faster} than the call it wraps)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
