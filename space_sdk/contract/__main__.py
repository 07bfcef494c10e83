"""`python -m space_sdk.contract` (what `make contract` runs): the contract suite, one report per API.

Target, in order of precedence: CONTRACT_BASE_URL (a real deployment; CONTRACT_API names the API, tokens
from SPACESCOPE_TOKEN / SPACES_TOKEN), else CONTRACT_TARGET=http (mock served on 127.0.0.1), else the
in-process mock over ASGI (default). Exit status 1 on any failure, 3 when the API refuses the token.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from space_sdk.contract.apis import api_specs
from space_sdk.contract.preflight import CredentialsRefused
from space_sdk.contract.runner import RunOptions, run_all

EXIT_REFUSED = 3  # the API refused the credentials on the preflight call (as `space-sdk contract`)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m space_sdk.contract", description=__doc__)
    parser.add_argument("--api", action="append", help="only this API (repeatable; default: every spec)")
    parser.add_argument(
        "--target", choices=("asgi", "http", "url"), default=os.environ.get("CONTRACT_TARGET")
    )
    parser.add_argument("--base-url", default=os.environ.get("CONTRACT_BASE_URL"))
    parser.add_argument(
        "--max-examples",
        type=int,
        default=int(os.environ.get("CONTRACT_MAX_EXAMPLES", "100")),
        help="generated cases per operation and phase (default 100)",
    )
    parser.add_argument("--seed", type=int, default=int(os.environ.get("CONTRACT_SEED", "20240601")))
    parser.add_argument("--workers", type=int, default=int(os.environ.get("CONTRACT_WORKERS", "1")))
    parser.add_argument(
        "--jobs",
        type=int,
        default=int(os.environ.get("CONTRACT_JOBS", str(os.cpu_count() or 1))),
        help="processes per API for the in-process target (default: CPU count)",
    )
    parser.add_argument(
        "--phases", default=os.environ.get("CONTRACT_PHASES", "examples,coverage,fuzzing,stateful")
    )
    parser.add_argument("--operation", action="append", default=[], help="only this operationId (repeatable)")
    parser.add_argument(
        "--reports-dir", type=Path, default=Path(os.environ.get("CONTRACT_REPORTS", "reports"))
    )
    args = parser.parse_args(argv)

    specs = api_specs()
    names = args.api or ([os.environ["CONTRACT_API"]] if os.environ.get("CONTRACT_API") else None)
    target = args.target or ("url" if args.base_url else "asgi")
    if target == "url" and (not args.base_url or not names or len(names) != 1):
        parser.error("a base URL targets one API: set CONTRACT_API (or --api) with CONTRACT_BASE_URL")
    if names:
        unknown = [name for name in names if name not in specs]
        if unknown:
            parser.error(f"unknown API {unknown}; known: {', '.join(specs)}")
        specs = {name: specs[name] for name in names}
    options = RunOptions(
        max_examples=args.max_examples,
        seed=args.seed,
        workers=args.workers,
        phases=tuple(p.strip() for p in args.phases.split(",") if p.strip()),
        include_operations=tuple(args.operation),
        reports_dir=args.reports_dir,
        jobs=args.jobs,
    )
    started = time.monotonic()
    try:
        results = run_all(specs, options, target=target, base_url=args.base_url)
    except CredentialsRefused as exc:
        print(f"contract: error: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    failed = [r.api for r in results if r.failed]
    print(
        f"contract: {len(results)} APIs in {time.monotonic() - started:.1f}s, "
        f"reports in {options.reports_dir}/contract-<api>.xml; "
        + (f"FAILED: {', '.join(failed)}" if failed else "OK")
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
