"""The spec-driven mock as a plain ASGI app (no framework: fewer layers, more requests per second).

Request flow: faults (test mode) → route → auth → parameter/body validation → vendor rules (x-date-range,
x-require-any-of) → data freshness → success body (cached per distinct request).
"""

from __future__ import annotations

import asyncio
import base64
import os
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from space_sdk.contract.constraints import beyond_latest, latest_available, vendor_violations
from space_sdk.contract.mock import faults
from space_sdk.contract.mock.bodies import BodyBuilder, Dataset, build_dataset
from space_sdk.contract.mock.data import request_id
from space_sdk.contract.mock.errors import FALLBACK_STATUS, Answer, error_answer, json_answer, kind_answer
from space_sdk.contract.mock.jobs import JobSimulator
from space_sdk.contract.mock.negotiation import acceptable, success_media_types
from space_sdk.contract.mock.state import RESET_PATH, Store, make_store
from space_sdk.contract.mock.tiles import content_answer, has_content
from space_sdk.contract.mock.validation import CompiledOperation, compile_operation, make_authenticator
from space_sdk.spec import ApiSpec, Operation, load_spec

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

DEFAULT_TOKENS = "mock-token"
DEFAULT_EXPIRED = "expired-token"
CACHE_SIZE = 4096  # distinct requests whose answers are kept; MOCK_CACHE_SIZE=0 turns caching off


def _env_set(name: str, default: str) -> frozenset[str]:
    return frozenset(t.strip() for t in os.environ.get(name, default).split(",") if t.strip())


def _env_permissions() -> dict[str, tuple[str, ...]] | None:
    """MOCK_PERMISSIONS=`token:perm|perm;token2:perm` -> each token's permissions; unset = every token
    may do everything. A token not listed has none."""
    raw = os.environ.get("MOCK_PERMISSIONS", "").strip()
    if not raw:
        return None
    out: dict[str, tuple[str, ...]] = {}
    for entry in raw.split(";"):
        token, _, perms = entry.partition(":")
        if token.strip():
            out[token.strip()] = tuple(p.strip() for p in perms.split("|") if p.strip())
    return out


def permits(user_permission: str, required: str) -> bool:
    """The documented rule: a permission grants itself and everything below it, segment by segment."""
    user, need = user_permission.split("."), required.split(".")
    return len(user) <= len(need) and need[: len(user)] == user


def _token(headers: Mapping[str, str]) -> str | None:
    scheme, _, value = headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer":
        return value.strip()
    if scheme.lower() == "basic":
        try:
            return base64.b64decode(value).decode().partition(":")[0]
        except ValueError:
            return None
    return None


def _key_fields(spec: ApiSpec, list_paths: set[str]) -> dict[str, set[str]]:
    """Which item properties a retrieve path addresses, per list path (`customer_id` → `id` of /customers)."""
    found: dict[str, set[str]] = {}
    for op in spec.operations:
        segments = op.path.strip("/").split("/")
        for pos, segment in enumerate(segments[1:], start=1):
            if not segment.startswith("{"):
                continue
            parent = "/" + "/".join(segments[:pos])
            target = parent if parent in list_paths else "/" + segments[pos - 1]
            if target not in list_paths:
                continue
            list_op = next(o for o in spec.operations if o.path == target and o.pagination)
            from space_sdk.contract.schemas import success_schema

            item = success_schema(spec, list_op).get("properties", {})
            items_field = str((list_op.pagination or {}).get("items", "data"))
            props = item.get(items_field, {}).get("items", {}).get("properties", {})
            name = segment[1:-1]
            suffixes = [p for p in props if name == p or name.endswith("_" + p)]
            if suffixes:
                found.setdefault(target, set()).add(max(suffixes, key=len))
    return found


class MockApp:
    """ASGI app answering as the API in `spec` documents. See space_sdk/contract/README.md."""

    def __init__(
        self,
        spec: ApiSpec,
        *,
        test_mode: bool = False,
        tokens: Iterable[str] | None = None,
        expired_tokens: Iterable[str] | None = None,
        permissions: Mapping[str, Iterable[str]] | None = None,
        credentials: str | None = None,
    ) -> None:
        self.spec = spec
        self.test_mode = test_mode
        self.tokens = frozenset(tokens) if tokens is not None else _env_set("MOCK_TOKENS", DEFAULT_TOKENS)
        self.expired = (
            frozenset(expired_tokens)
            if expired_tokens is not None
            else _env_set("MOCK_EXPIRED_TOKENS", DEFAULT_EXPIRED)
        )
        # resources created, changed and deleted through the API (write APIs only; see mock/state.py)
        self.store: Store | None = make_store(spec, credentials=credentials)
        self.authenticate = make_authenticator(
            spec, self.tokens, self.expired, self.store.token_status if self.store is not None else None
        )
        self.compiled: dict[str, CompiledOperation] = {
            op.operation_id: compile_operation(op) for op in spec.operations
        }
        server = (spec.document.get("servers") or [{}])[0].get("url", "")
        self.base_path = urlsplit(server).path.rstrip("/")
        list_paths = {op.path for op in spec.operations if (op.pagination or {}).get("style") == "cursor"}
        keys = _key_fields(spec, list_paths)
        self.datasets: dict[str, Dataset] = {}
        for op in spec.operations:
            if op.path in list_paths and op.method == "get":
                dataset = build_dataset(spec, op, tuple(sorted(keys.get(op.path, set()))))
                if dataset is not None:
                    self.datasets[op.path] = dataset
        self.builders = {op.operation_id: BodyBuilder(spec, op, self.datasets) for op in spec.operations}
        self.offered = {op.operation_id: success_media_types(spec, op) for op in spec.operations}
        self.cache: OrderedDict[tuple[object, ...], Answer] = OrderedDict()
        self.cache_size = int(os.environ.get("MOCK_CACHE_SIZE", str(CACHE_SIZE)))
        self.fail_counter = faults.FailCounter()
        self.jobs = JobSimulator(spec)
        max_body = spec.document.get("x-max-body-bytes")
        self.max_body = int(max_body["limit"]) if isinstance(max_body, dict) else None
        perms = permissions if permissions is not None else _env_permissions()
        self.permissions = {k: tuple(v) for k, v in perms.items()} if perms is not None else None

    # -- ASGI ------------------------------------------------------------------------------------------
    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        body = b""
        more = True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = bool(message.get("more_body", False))
        answer = await self.handle(
            scope["method"], scope["path"], scope.get("query_string", b"").decode(), headers, body
        )
        await send_answer(send, answer, head=scope["method"] == "HEAD")

    async def handle(
        self, method: str, path: str, query: str, headers: dict[str, str], body: bytes
    ) -> Answer:
        """Answer one request (exposed for tests and the combined app)."""
        fault = headers.get("x-mock-fault") if self.test_mode else None
        job_faults: set[str] = set()
        if fault:
            injected = await self._fault(fault, headers, method, path, query, body)
            if injected is not None:
                return injected
            job_faults = {f"{d.name}:{d.arg}" for d in faults.parse(fault) if d.name == "job"}
        return self._answer(method, path, query, headers, body, job_faults)

    def _answer(
        self,
        method: str,
        path: str,
        query: str,
        headers: dict[str, str],
        body: bytes,
        job_faults: set[str] | None = None,
    ) -> Answer:
        if self.base_path and (path == self.base_path or path.startswith(self.base_path + "/")):
            path = path[len(self.base_path) :] or "/"
        # `/servers/` is `/servers`, as on the real servers (slumber-based clients always add the slash)
        path = path.rstrip("/") or "/"
        rid = request_id(method, path, query)
        if path == RESET_PATH and method.upper() == "POST" and self.store is not None:
            self.store.reset()
            self.cache.clear()
            return Answer(204, [], b"")
        op, path_params, allowed = self.spec.find(method, path)
        if op is None and method.upper() == "HEAD" and "GET" in allowed:
            # HEAD is GET without the body (RFC 9110 9.3.2; send_answer drops it): the Go CLI asks HEAD
            # for X-Total-Count before each list
            op, path_params, allowed = self.spec.find("GET", path)
        if op is None:
            if allowed:
                extra = [(b"allow", ", ".join(allowed).encode())]
                answer = error_answer(
                    self.spec,
                    self.spec.errors.by_status(405),
                    kind="invalid_request",
                    detail="method not allowed",
                    request_id=rid,
                    status=405,
                )
                return Answer(405, [*answer.headers, *extra], answer.body)
            return kind_answer(self.spec, "not_found", f"no such path: {path}", rid)
        auth = self.authenticate(op, headers, query)
        if auth != "ok":
            entry = (
                self.spec.errors.expired_auth()
                if auth == "expired"
                else self.spec.errors.by_kind("authentication")
            )
            return error_answer(self.spec, entry, kind="authentication", detail=None, request_id=rid)
        offered = self.offered[op.operation_id]
        if offered and not acceptable(headers.get("accept"), offered):
            detail = f"Accept: {headers.get('accept')}; this operation answers {', '.join(offered)}"
            not_acceptable = self.spec.errors.by_status(406)
            return error_answer(
                self.spec, not_acceptable, kind="invalid_request", detail=detail, request_id=rid, status=406
            )
        if self.max_body is not None and len(body) > self.max_body:
            too_large = self.spec.errors.by_status(413)
            detail = f"{len(body)} bytes, at most {self.max_body}"
            return error_answer(
                self.spec, too_large, kind="invalid_request", detail=detail, request_id=rid, status=413
            )
        needed = op.raw.get("x-permission")
        if needed and self.permissions is not None:
            held = self.permissions.get(_token(headers) or "", ())
            if not any(permits(p, str(needed)) for p in held):
                return kind_answer(self.spec, "permission", f"needs the permission {needed}", rid)
        if self.store is not None and self.store.owns(op):
            return self._stateful(op, path_params, query, headers, body, rid)
        if self.store is not None:
            gone = self.store.missing_parent(op, path_params, rid)
            if gone is not None:
                return gone
        if self.jobs.owns(op):  # job state changes with every call: never cached
            return self._fresh(op, path_params, query, headers, body, rid, job_faults or set())
        key = (op.operation_id, query, tuple(sorted(path_params.items())), body, latest_available(self.spec))
        cached = self.cache.get(key)
        if cached is not None:
            self.cache.move_to_end(key)
            return cached
        answer = self._fresh(op, path_params, query, headers, body, rid)
        if self.cache_size > 0:
            self.cache[key] = answer
            if len(self.cache) > self.cache_size:
                self.cache.popitem(last=False)
        return answer

    def _stateful(
        self,
        op: Operation,
        path_params: dict[str, str],
        query: str,
        headers: dict[str, str],
        body: bytes,
        rid: str,
    ) -> Answer:
        """Validated like every request, then answered from the state store (never cached)."""
        assert self.store is not None
        values, errors = self.compiled[op.operation_id].validate(path_params, query, headers, body)
        if errors:
            name, reason = errors[0]
            return kind_answer(self.spec, "invalid_request", f"{name}: {reason}", rid, invalid=(name, reason))
        return self.store.handle(op, path_params, values, body, rid)

    def _fresh(
        self,
        op: Operation,
        path_params: dict[str, str],
        query: str,
        headers: dict[str, str],
        body: bytes,
        rid: str,
        job_faults: set[str] | None = None,
    ) -> Answer:
        values, errors = self.compiled[op.operation_id].validate(path_params, query, headers, body)
        errors = errors or vendor_violations(self.spec, op, values)
        if errors:
            name, reason = errors[0]
            return kind_answer(self.spec, "invalid_request", f"{name}: {reason}", rid, invalid=(name, reason))
        late = beyond_latest(self.spec, op, values)
        if late is not None and self.spec.errors.by_kind("data_not_ready") is not None:
            return kind_answer(self.spec, "data_not_ready", f"{late}: data are ready at T+1", rid)
        extra = []
        if self.spec.errors.request_id_header:
            extra.append((self.spec.errors.request_id_header.lower().encode(), rid.encode()))
        if has_content(self.spec, op):
            return content_answer(self.spec, op, path_params, extra)
        job_body = None
        if self.jobs.owns(op):
            outcome = self.jobs.handle(op, values, path_params, job_faults or set())
            if outcome.kind is not None:
                return kind_answer(self.spec, outcome.kind, outcome.detail, rid)
            job_body = outcome.body
        if job_body is not None:
            return json_answer(200, job_body, extra)
        payload, missing = self.builders[op.operation_id].build(values, rid)
        if missing is not None:
            return kind_answer(self.spec, "not_found", f"{missing}: no such object", rid)
        total = (op.pagination or {}).get("total_header")
        items = payload.get(str((op.pagination or {}).get("items"))) if isinstance(payload, dict) else None
        if total and isinstance(
            items, list
        ):  # a link-paged list outside the state store: one page, all of it
            extra.append((str(total).lower().encode(), str(len(items)).encode()))
        return json_answer(200, payload, extra)

    # -- faults ----------------------------------------------------------------------------------------
    async def _fault(
        self, header: str, headers: dict[str, str], method: str, path: str, query: str, body: bytes
    ) -> Answer | None:
        directives = faults.parse(header)
        by_name = {d.name: d for d in directives}
        if "slow" in by_name:
            await asyncio.sleep(float(by_name["slow"].arg or "0"))
        if "fail-times" in by_name:
            key = headers.get("x-mock-fault-key") or f"{header}|{method} {path}"
            if not self.fail_counter.should_fail(key, int(by_name["fail-times"].arg or "1")):
                return None
        rid = request_id("fault", method, path, query)
        for directive in directives:
            if directive.name == "code":
                arg = directive.arg or "0"
                entry = self.spec.errors.by_code(int(arg) if arg.lstrip("-").isdigit() else arg)
                if entry is None:
                    return kind_answer(
                        self.spec, "invalid_request", f"unknown fault code {directive.arg}", rid
                    )
                return error_answer(self.spec, entry, kind=entry.kind, detail=None, request_id=rid)
            if directive.name == "status":
                status = int(directive.arg or "500")
                entry = self.spec.errors.by_status(status)
                kind = (
                    entry.kind
                    if entry
                    else "server"
                    if status >= 500
                    else next((k for k, s in FALLBACK_STATUS.items() if s == status), "invalid_request")
                )
                answer = error_answer(self.spec, entry, kind=kind, detail=None, request_id=rid, status=status)
                if "retry-after" in directive.options:
                    answer = Answer(
                        status,
                        [*answer.headers, (b"retry-after", directive.options["retry-after"].encode())],
                        answer.body,
                    )
                return answer
            if directive.name == "html-502":
                return Answer(502, [(b"content-type", b"text/html")], faults.HTML_502)
            if directive.name == "reset":
                raise faults.MockConnectionReset("mock fault: connection reset")
            if directive.name == "truncated":
                full = self._answer(method, path, query, headers, body)
                return Answer(full.status, full.headers, full.body[: max(1, len(full.body) // 2)])
        return None


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


async def send_answer(send: Send, answer: Answer, *, head: bool = False) -> None:
    headers = [*answer.headers, (b"content-length", str(len(answer.body)).encode())]
    await send({"type": "http.response.start", "status": answer.status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if head else answer.body})


def _test_mode_from_env() -> bool:
    return os.environ.get("MOCK_TEST_MODE", "") in ("1", "true", "yes")


def create_app(
    spec_path: str | Path,
    *,
    test_mode: bool = False,
    tokens: Iterable[str] | None = None,
    expired_tokens: Iterable[str] | None = None,
    credentials: str | None = None,
) -> MockApp:
    """The mock for one spec, answering at the root and under the spec's server path (e.g. `/api/v1`).

    `test_mode` (or env MOCK_TEST_MODE=1) enables `X-Mock-Fault`. `tokens` default to env MOCK_TOKENS
    (comma-separated, default "mock-token"); MOCK_EXPIRED_TOKENS (default "expired-token") get the
    expired-token error. `credentials` (`email:password`, default env MOCK_CREDENTIALS or
    "mock@example.com:mock-password") are what a login (`x-auth-login`) must send to get a token.
    """
    return MockApp(
        load_spec(spec_path),
        test_mode=test_mode or _test_mode_from_env(),
        tokens=tokens,
        expired_tokens=expired_tokens,
        credentials=credentials,
    )


class CombinedApp:
    """Several mocks behind one port, each under `/<api name>` (the spec's file stem)."""

    def __init__(self, apps: dict[str, MockApp]) -> None:
        self.apps = apps

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        path: str = scope.get("path", "/")
        name, _, rest = path.lstrip("/").partition("/")
        app = self.apps.get(name)
        if app is None:
            body = {"apis": {key: f"/{key}" for key in self.apps}}
            await send_answer(send, json_answer(404, body))
            return
        child = dict(scope)
        child["path"] = "/" + rest
        child["root_path"] = scope.get("root_path", "") + "/" + name
        await app(child, receive, send)


def create_combined_app(
    spec_paths: Iterable[str | Path],
    *,
    test_mode: bool = False,
    tokens: Iterable[str] | None = None,
) -> CombinedApp:
    """All given specs on one app under `/<name>/...` prefixes (e.g. `/spacescope/v2/...`)."""
    apps = {}
    for path in spec_paths:
        app = create_app(path, test_mode=test_mode, tokens=tokens)
        apps[app.spec.name] = app
    return CombinedApp(apps)
