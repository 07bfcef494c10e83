"""Run the schemathesis contract suite for one or more APIs and report per API.

Targets (chosen at run time): the in-process mock over ASGI (default, fastest), the mock over HTTP
(started here on 127.0.0.1), or a real deployment via CONTRACT_BASE_URL.
"""

from __future__ import annotations

import base64
import os
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import schemathesis
from schemathesis import BaseSchema
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import events, from_schema
from schemathesis.engine.run import PhaseName

import space_sdk.contract.checks  # noqa: F401 - registers the custom checks with schemathesis
from space_sdk.contract.apis import example_cap
from space_sdk.contract.checks import CUSTOM_CHECKS, REPLACED_BUILTINS
from space_sdk.contract.cleanup import Janitor
from space_sdk.contract.junit import write_junit
from space_sdk.contract.mock.app import DEFAULT_TOKENS, ASGIApp, create_app
from space_sdk.contract.preflight import (
    MOSTLY_REFUSED,
    CredentialsRefused,
    Preflight,
    describe,
    is_read_only,
    preflight_operation,
    refusal,
    secured,
)
from space_sdk.contract.recording import exchanges, open_recording
from space_sdk.contract.results import ApiResult
from space_sdk.spec import ApiSpec, load_spec

# Checks that need things these APIs do not have; see README "Checks left out".
NOT_APPLICABLE = ("object_level_authorization",)
#: generated cases per operation for the stateful phase (its own setting: an API's `contract_max_examples`
#: cap is for the per-operation phases) -- enough that POST → GET and DELETE → GET come up every run
STATEFUL_EXAMPLES = 100
#: checks that cannot judge a call the clean-up guard sent to a substitute id (they would see a link value)
SUBSTITUTE_BLIND = ("ensure_resource_availability", "use_after_free")


@dataclass
class RunOptions:
    """What to run and how; defaults come from the environment (see README)."""

    max_examples: int = 100
    seed: int = 20240601
    workers: int = 1
    phases: tuple[str, ...] = ("examples", "coverage", "fuzzing", "stateful")
    include_operations: tuple[str, ...] = ()
    reports_dir: Path = Path("reports")
    quiet: bool = False
    jobs: int = 1
    #: only operations that cannot change anything: GET/HEAD and those the spec marks ``x-read-only``
    read_only: bool = False
    #: schemathesis' own limiter, e.g. ``10/s`` (``N/s``, ``N/m``, ``N/h``)
    rate_limit: str | None = None
    #: delete what the run created (create → delete links) at its end
    cleanup: bool = True
    stateful_examples: int = STATEFUL_EXAMPLES
    record_dir: Path | None = None  # --record: every exchange to <dir>/<api>.har (one process per API)


def token_variable(api: str) -> str:
    """The environment variable that holds an API's token (SPACESCOPE_TOKEN for spacescope;
    ``spacescope-v1`` → SPACESCOPE_V1_TOKEN: a shell variable cannot hold a hyphen)."""
    return f"{re.sub(r'[^A-Z0-9]', '_', api.upper())}_TOKEN"


def api_token(spec: ApiSpec, *, use_mock: bool) -> str:
    """SPACESCOPE_TOKEN-style env var for the API, else (mock targets only) the first mock token."""
    token = os.environ.get(token_variable(spec.name), "")
    if not token and use_mock:
        token = os.environ.get("MOCK_TOKENS", DEFAULT_TOKENS).split(",")[0].strip()
    return token


def auth_headers(spec: ApiSpec, token: str) -> dict[str, str]:
    """Credentials in the form the spec's securitySchemes ask for (the first scheme that we can fill)."""
    for scheme in spec.security_schemes.values():
        if scheme.get("type") == "http" and str(scheme.get("scheme")).lower() == "bearer":
            return {"Authorization": f"Bearer {token}"}
        if scheme.get("type") == "http" and str(scheme.get("scheme")).lower() == "basic":
            return {"Authorization": "Basic " + base64.b64encode(f"{token}:".encode()).decode()}
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
            return {str(scheme["name"]): token}
    return {}


def _has_links(spec: ApiSpec) -> bool:
    for op in spec.operations:
        for response in (op.raw.get("responses") or {}).values():
            if isinstance(response, dict) and response.get("links"):
                return True
    return False


def build_config(
    spec: ApiSpec, options: RunOptions, headers: dict[str, str], base_url: str | None
) -> SchemathesisConfig:
    checks: dict[str, Any] = {name: {"enabled": False} for name in (*REPLACED_BUILTINS, *NOT_APPLICABLE)}
    checks.update({name: {"enabled": True} for name in CUSTOM_CHECKS})
    phases: dict[str, Any] = {
        name: {"enabled": name in options.phases} for name in ("examples", "coverage", "fuzzing", "stateful")
    }
    phases["examples"]["fill-missing"] = True
    if not _has_links(spec) or options.read_only:
        phases["stateful"]["enabled"] = False
    phases["stateful"]["generation"] = {"max-examples": max(options.stateful_examples, options.max_examples)}
    data: dict[str, Any] = {
        "seed": options.seed,
        "workers": options.workers,
        "headers": headers,
        "checks": checks,
        "phases": phases,
        "generation": {"max-examples": options.max_examples, "database": "none", "mode": "all"},
        "suppress-health-check": ["all"],
        "request-timeout": 10,
    }
    if base_url:
        data["base-url"] = base_url
    if options.rate_limit:
        data["rate-limit"] = options.rate_limit
    return SchemathesisConfig.from_dict(data)


def read_only_ids(spec: ApiSpec) -> list[str]:
    """The operations ``--read-only`` runs: GET/HEAD and those the spec marks ``x-read-only: true``."""
    return [op.operation_id for op in spec.operations if is_read_only(spec, op)]


def run_api(
    spec_path: Path,
    options: RunOptions,
    *,
    app: ASGIApp | None = None,
    base_url: str | None = None,
    token: str | None = None,
    write_report: bool = True,
    shard: bool = False,
    token_source: str | None = None,
) -> ApiResult:
    """Run every phase over every operation of one spec against `app` (in-process) or `base_url`.

    First the credentials preflight (:mod:`space_sdk.contract.preflight`): a refused token raises
    :class:`CredentialsRefused` before any case. ``shard``: one part of a sharded run (no preflight, no
    report, no refusal rule: the parent does them over the merged tallies)."""
    spec = load_spec(spec_path)
    if options.include_operations and set(options.include_operations) != {
        op.operation_id for op in spec.operations
    }:
        # links cross operations: with only some operations chosen, the stateful phase has nothing to follow
        options = replace(options, phases=tuple(p for p in options.phases if p != "stateful"))
    use_mock = base_url is None or app is not None
    secret = token if token is not None else api_token(spec, use_mock=use_mock)
    headers = auth_headers(spec, secret) if secret else {}
    config = build_config(spec, options, headers, base_url)
    loaded = schemathesis.openapi.from_path(str(spec_path), config=config)
    if app is not None:
        loaded.app = app
    variable = token_source or ("--token" if token is not None else token_variable(spec.name))
    result = ApiResult(api=spec.name)
    if not shard:
        checked = check_credentials(loaded, spec, headers)
        if checked.refused is not None and checked.operation is not None:
            raise CredentialsRefused(
                spec.name, variable, checked.operation.label, describe(checked.status or 0, checked.refused)
            )
    janitor = Janitor(spec) if options.cleanup else None
    guard: Callable[..., None] | None = None
    if janitor is not None:
        loaded.hooks.register_hook_with_name(janitor.after_call, "after_call")
        if base_url is not None and app is None:
            # schemathesis takes `before_call` hooks only globally: this one acts on this run's cases only,
            # and is removed when the run ends
            document = loaded.raw_schema

            def guard(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
                if janitor is not None and case.operation.schema.raw_schema is document:
                    janitor.before_call(context, case, kwargs)

            schemathesis.hooks.GLOBAL_HOOK_DISPATCHER.register_hook_with_name(guard, "before_call")
    schema: BaseSchema = loaded
    included = list(options.include_operations)
    if options.read_only:
        allowed = set(read_only_ids(spec))
        included = [i for i in (included or [op.operation_id for op in spec.operations]) if i in allowed]
    if included or options.read_only:
        schema = loaded.include(operation_id=included or ["-"])
    started = time.monotonic()
    secured_labels = {op.label for op in spec.operations if secured(op)}
    har = open_recording(options.record_dir, spec) if options.record_dir else None
    try:
        for event in from_schema(schema).execute():
            _record(result, event, headers, spec, secured_labels, janitor)
            if har is not None and isinstance(event, events.ScenarioFinished):
                har.add_all(exchanges(event.recorder))
    finally:
        if har is not None:
            har.close()
        if guard is not None:
            schemathesis.hooks.GLOBAL_HOOK_DISPATCHER.unregister(guard)
        if janitor is not None:
            janitor.clean(
                lambda op, params: _call(loaded, op, params, headers, None)[0],
                lambda op, params, body: _call(loaded, op, params, headers, body),
                sleep=time.sleep if base_url is not None and app is None else _no_wait,
            )
            result.created += janitor.created
            result.deleted += janitor.deleted
            result.undeleted.extend(janitor.undeleted)
        result.elapsed = time.monotonic() - started
    if not shard:
        flag_refused(result, variable)
    secrets = [secret, *headers.values()] if secret else []
    if write_report and not shard:
        write_junit(result, options.reports_dir / f"contract-{spec.name}.xml", secrets=secrets)
    return result


def check_credentials(loaded: BaseSchema, spec: ApiSpec, headers: dict[str, str]) -> Preflight:
    """Send the preflight call (:func:`preflight_operation`) with the run's credentials; the answer's
    refusal, if it is one. A spec without such an operation is not checked (``operation`` None)."""
    op = preflight_operation(spec)
    if op is None:
        return Preflight(None)
    operation = loaded.find_operation_by_label(op.label)
    if operation is None:  # pragma: no cover - the same document
        return Preflight(None)
    kwargs: dict[str, Any] = {}
    if op.body_media_type is not None and op.body_required:
        kwargs["body"] = {}
        kwargs["media_type"] = op.body_media_type
    response = operation.Case(**kwargs).call(headers=dict(headers))
    return Preflight(op, response.status_code, refusal(spec, response.status_code, response.content))


def _call(
    loaded: BaseSchema, op: Any, params: dict[str, str], headers: dict[str, str], body: Any
) -> tuple[int, Any]:
    """One clean-up call with the run's credentials: its HTTP status and JSON answer (None if not JSON)."""
    operation = loaded.find_operation_by_label(op.label)
    if operation is None:  # pragma: no cover - the same document
        return 0, None
    kwargs: dict[str, Any] = {"path_parameters": params}
    if body is not None:
        kwargs["body"] = body
        kwargs["media_type"] = op.body_media_type or "application/json"
    response = operation.Case(**kwargs).call(headers=dict(headers))
    try:
        answer = response.json()
    except ValueError:
        answer = None
    return int(response.status_code), answer


def _no_wait(seconds: float) -> None:
    """The in-process mock moves a job on with each status read: no need to wait between them."""


def flag_refused(result: ApiResult, variable: str) -> None:
    """An operation whose answers to requests with the run's credentials were mostly the API's
    authentication/permission error tested nothing: a failure, not a pass."""
    for op in result.operations.values():
        if op.answered:
            op.checks_run["credentials_accepted"] = op.answered
        if op.answered and op.refused > op.answered * MOSTLY_REFUSED:
            text = (
                "[credentials_accepted] Most answers refused the run's credentials\n"
                f"Received: {op.refused} of {op.answered} answers to requests sent with {variable} were "
                "the API's authentication or permission error\n"
                f"Documented: a token the API accepts (fix {variable}); an operation that refuses it "
                "tested nothing"
            )
            op.failures.append(text)


def _shard(task: tuple[Path, RunOptions]) -> ApiResult:
    # Runs in a worker process: in-process ASGI mock, a subset of the operations, no report of its own.
    path, options = task
    return run_api(path, options, app=create_app(path), write_report=False, shard=True)


def _preflight_shard(path: Path) -> tuple[str, str] | None:
    """The credentials preflight against the in-process mock (in a worker process): (label, answer) when
    the token is refused."""
    spec = load_spec(path)
    secret = api_token(spec, use_mock=True)
    headers = auth_headers(spec, secret) if secret else {}
    loaded = schemathesis.openapi.from_path(str(path), config=build_config(spec, RunOptions(), headers, None))
    loaded.app = create_app(path)
    checked = check_credentials(loaded, spec, headers)
    if checked.refused is not None and checked.operation is not None:
        return checked.operation.label, describe(checked.status or 0, checked.refused)
    return None


def run_sharded(path: Path, options: RunOptions) -> ApiResult:
    """Split one API's operations over `options.jobs` processes (schemathesis workers share one GIL)."""
    from concurrent.futures import ProcessPoolExecutor

    spec = load_spec(path)
    secret = api_token(spec, use_mock=True)
    ids = [
        op.operation_id
        for op in spec.operations
        if not options.include_operations or op.operation_id in options.include_operations
    ]
    chunks = [tuple(ids[i :: options.jobs]) for i in range(options.jobs) if ids[i :: options.jobs]]
    started = time.monotonic()
    merged = ApiResult(api=spec.name)
    # The stateful phase follows links between operations, so it cannot be split by operation: it runs as a
    # task of its own over all of them, and the per-operation shards run the other phases.
    per_op = tuple(p for p in options.phases if p != "stateful")
    tasks = [(path, replace(options, include_operations=chunk, phases=per_op)) for chunk in chunks if per_op]
    if "stateful" in options.phases and _has_links(spec):
        tasks.append((path, replace(options, include_operations=tuple(ids), phases=("stateful",))))
    with ProcessPoolExecutor(max_workers=max(1, min(len(tasks), options.jobs))) as pool:
        # the preflight runs in a worker too: an in-process ASGI call starts an event-loop thread, which a
        # forked worker must not inherit
        refused = pool.submit(_preflight_shard, path).result()
        if refused is not None:
            raise CredentialsRefused(spec.name, token_variable(spec.name), *refused)
        for part in pool.map(_shard, tasks):
            merged.absorb(part)
    merged.elapsed = time.monotonic() - started
    flag_refused(merged, token_variable(spec.name))
    write_junit(merged, options.reports_dir / f"contract-{spec.name}.xml", secrets=[secret] if secret else [])
    return merged


def _carries(request_headers: Any, credentials: dict[str, str]) -> bool:
    """Whether a recorded request carried the run's credentials unchanged."""
    if not credentials:
        return False
    sent = {str(k).lower(): v for k, v in dict(request_headers).items()}
    for name, value in credentials.items():
        got = sent.get(name.lower())
        got = got[0] if isinstance(got, list) and got else got
        if got != value:
            return False
    return True


ANSWER_LIMIT = 2000  # characters of an answer's body kept with a failure


def _reproduction(code_sample: str, interaction: Any) -> str:
    """A failure's request (curl, as schemathesis writes it: credentials redacted) and the answer."""
    lines = ["Request:", f"  {code_sample.strip()}"]
    response = getattr(interaction, "response", None)
    if response is not None:
        body = response.content.decode("utf-8", "replace")
        cut = f" ... ({len(body)} characters)" if len(body) > ANSWER_LIMIT else ""
        kind = (response.headers.get("content-type") or [""])[0]
        lines += [
            "Answer:",
            f"  HTTP {response.status_code} {kind}".rstrip(),
            f"  {body[:ANSWER_LIMIT]}{cut}",
        ]
    return "\n".join(lines)


def _record(
    result: ApiResult,
    event: events.EngineEvent,
    credentials: dict[str, str] | None = None,
    spec: ApiSpec | None = None,
    secured_labels: set[str] | None = None,
    janitor: Janitor | None = None,
) -> None:
    if isinstance(event, events.ScenarioFinished):
        recorder = event.recorder
        labels = {case_id: node.value.operation.label for case_id, node in recorder.cases.items()}
        for case_id, label in labels.items():
            result.get(label).cases += 1
            redirected = janitor is not None and case_id in janitor.redirected_cases
            for check in recorder.checks.get(case_id, []):
                op_result = result.get(label)
                op_result.checks += 1
                op_result.checks_run[check.name] = op_result.checks_run.get(check.name, 0) + 1
                if redirected and check.name in SUBSTITUTE_BLIND:
                    continue
                if check.failure_info is not None:
                    failure = check.failure_info.failure
                    text = f"[{check.name}] {failure.title}\n{failure.message}"
                    if text not in op_result.failures:
                        op_result.failures.append(text)
                        answer = recorder.interactions.get(failure.case_id or case_id)
                        op_result.details[text] = _reproduction(check.failure_info.code_sample, answer)
            interaction = recorder.interactions.get(case_id)
            if (
                spec is not None
                and credentials
                and interaction is not None
                and interaction.response is not None
                and label in (secured_labels or set())
                and _carries(interaction.request.headers, credentials)
            ):
                op = result.get(label)
                op.answered += 1
                response = interaction.response
                if refusal(spec, response.status_code, response.content) is not None:
                    op.refused += 1
        if not labels and event.label:
            result.get(event.label)
        if event.label in result.operations:
            result.operations[event.label].elapsed += event.elapsed_time
        if event.phase == PhaseName.STATEFUL_TESTING and recorder.cases:
            result.stateful_scenarios += 1
            result.stateful_steps += len(recorder.cases)
            # a step whose request was built from an earlier answer through a link has that step as parent
            result.stateful_linked += sum(1 for node in recorder.cases.values() if node.parent_id is not None)
    elif isinstance(event, events.NonFatalError):
        result.get(event.label).errors.append(event.info.format())
    elif isinstance(event, events.FatalError):
        result.get("<run>").errors.append(repr(event.exception))
    elif isinstance(event, events.EngineFinished):
        result.stop_reason = str(event.stop_reason)


class ServedMock:
    """The mock served over HTTP on 127.0.0.1 in a background thread (for the `http` target)."""

    def __init__(self, app: ASGIApp, port: int = 0) -> None:
        import uvicorn

        config = uvicorn.Config(
            app, host="127.0.0.1", port=port, log_level="error", lifespan="off", http="h11"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("mock server did not start")
            time.sleep(0.01)
        sock = self.server.servers[0].sockets[0]
        return f"http://127.0.0.1:{sock.getsockname()[1]}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def run_all(
    specs: dict[str, Path],
    options: RunOptions,
    *,
    target: str,
    base_url: str | None = None,
    app_factory: Callable[[Path], ASGIApp] | None = None,
    printer: Callable[[str], None] = print,
    token: str | None = None,
    token_source: str | None = None,
) -> list[ApiResult]:
    """Run each API against the chosen target and print one summary line (plus failures) per API.
    ``token`` overrides the API's token variable for the ``url`` target."""
    results: list[ApiResult] = []
    factory = app_factory or (lambda path: create_app(path))
    requested = options
    for name, path in specs.items():
        cap = example_cap(name, path)
        options = replace(requested, max_examples=min(requested.max_examples, cap)) if cap else requested
        if target == "url":
            assert base_url is not None
            result = run_api(path, options, base_url=base_url, token=token, token_source=token_source)
        elif target == "http":
            app = factory(path)
            with ServedMock(app) as root:
                server = (load_spec(path).document.get("servers") or [{}])[0].get("url", "")
                from urllib.parse import urlsplit

                result = run_api(
                    path,
                    options,
                    base_url=root + urlsplit(server).path.rstrip("/"),
                    token=token,
                    token_source=token_source,
                )
        elif options.jobs > 1 and app_factory is None and token is None and options.record_dir is None:
            result = run_sharded(path, options)
        else:
            result = run_api(path, options, app=factory(path), token=token, token_source=token_source)
        results.append(result)
        printer(result.summary())
        for op in result.operations.values():
            for failure in [*op.failures, *op.errors]:
                if not options.quiet:
                    lines = failure.splitlines()
                    shown = lines[:12] + (["... (full text in the JUnit report)"] if len(lines) > 12 else [])
                    printer(f"  FAIL {op.label}: " + "\n    ".join(shown))
    return results


def iter_failures(results: Iterable[ApiResult]) -> Iterable[tuple[str, str, str]]:
    for result in results:
        for op in result.operations.values():
            for failure in [*op.failures, *op.errors]:
                yield result.api, op.label, failure
