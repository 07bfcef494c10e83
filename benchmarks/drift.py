"""How long ``space-sdk drift`` takes over 10,000 recorded exchanges (budget: 10 s on a 2-core machine).

    python benchmarks/drift.py [--exchanges N]

Records one contract run of every Spaces operation against the mock with an undocumented field and a null
added to every customer (about 400 exchanges, real bodies: lists of 20 objects, nested customers), repeats
its entries up to N in one HAR file, then times the three steps of ``drift``: reading the HAR, the analysis,
and the patch (ruamel.yaml positions + splice + diff), and the whole with the Markdown report (change report
with ``--no-sdk``). A measurement, not a test: it never fails.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from space_sdk.contract.mock.app import create_app  # noqa: E402
from space_sdk.contract.runner import RunOptions, run_api  # noqa: E402
from space_sdk.drift import analyse, drift, patch_spec, read_recordings  # noqa: E402
from space_sdk.spec import SPEC_DIR, load_spec  # noqa: E402

BUDGET = 10.0


class _Drifted:
    """The mock with ``tier`` added and ``email`` nulled in every customer object of every answer."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}

        async def capture(message: Any) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            body = message.get("body", b"")
            headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            if body and any(k.lower() == b"content-type" and b"json" in v for k, v in headers):
                data = json.loads(body)
                _drift(data)
                body = json.dumps(data).encode()
            await send({**start, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, capture)


def _drift(value: Any) -> None:
    if isinstance(value, dict):
        for member in value.values():
            _drift(member)
        if value.get("object") == "customer":
            value["tier"], value["email"] = "gold", None
    elif isinstance(value, list):
        for item in value:
            _drift(item)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--exchanges", type=int, default=10_000)
    args = parser.parse_args()
    spec_path = SPEC_DIR / "spaces.yaml"
    with tempfile.TemporaryDirectory() as tmp:
        rec = Path(tmp)
        options = RunOptions(max_examples=10, phases=("examples", "coverage", "fuzzing"), reports_dir=rec,
                             record_dir=rec, quiet=True)  # fmt: skip
        run_api(spec_path, options, app=_Drifted(create_app(spec_path)))
        har = json.loads((rec / "spaces.har").read_text())
        recorded = har["log"]["entries"]
        entries = [recorded[i % len(recorded)] for i in range(args.exchanges)]
        har["log"]["entries"] = entries
        big = rec / "big" / "spaces.har"
        big.parent.mkdir()
        big.write_text(json.dumps(har))
        size = big.stat().st_size

        spec = load_spec(spec_path)
        t0 = time.perf_counter()
        exchanges = list(read_recordings(big.parent, "spaces"))
        t1 = time.perf_counter()
        analysis = analyse(spec, exchanges)
        t2 = time.perf_counter()
        patched = patch_spec(
            spec_path.read_text(), spec.document, analysis.findings, label="openapi/spaces.yaml"
        )
        t3 = time.perf_counter()
        whole = drift(big.parent, spec_path, label="openapi/spaces.yaml", api="spaces", with_report=True)
        t4 = time.perf_counter()
    print(
        f"drift over {len(exchanges):,} exchanges ({len(recorded)} recorded, repeated; HAR {size / 1e6:.1f} MB): "
        f"read {t1 - t0:.2f}s, analyse {t2 - t1:.2f}s, patch {t3 - t2:.2f}s "
        f"({len(analysis.findings)} findings, {patched.diff.count(chr(10))} diff lines); "
        f"whole command with the report (--no-sdk) {t4 - t3:.2f}s; budget {BUDGET:.0f}s: "
        + ("OK" if t4 - t3 <= BUDGET else "OVER")
    )
    assert whole.analysis.exchanges == len(exchanges)


if __name__ == "__main__":
    main()
