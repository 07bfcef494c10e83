"""Asynchronous jobs in the mock, from `x-job` data alone (no per-endpoint code).

A start operation (`x-job` on it) creates a job with a deterministic id and answers with its first `pending`
status and a `nextTry`. Every status check moves the job one step: `JOB_STEPS` checks (MOCK_JOB_STEPS,
default 3) in the last pending status (PROCESSING) with the documented progress messages (`x-job.steps`, sent
as `{message, step}` when the request asks as `status_body` says), then the first `done` status (RESOLVED). The retrieve operation
answers the normal success body once the job is done, the `conflict` error of the table while it is not
(SpaceKnow: PIPELINE-NOT-PROCESSED), the `job_failed` error once it failed (424 PROCESSING-ERROR), and the
table's first `not_found` error for an unknown id (NON-EXISTENT-PIPELINE) -- as does the status call.

Test-mode faults on the *start* request (`X-Mock-Fault`): `job:fail` makes the job end in the first `failed`
status; `job:odd-next-try` sends odd `nextTry` values (0, -5, 100000) for the client to clamp.

Paged results (`x-job.pages`, body cursor): the job's result list holds `PAGED_ITEMS` items, `PAGE_SIZE` a
page; the start request's cursor picks the page (cursors are base64 page numbers, like the docs' `MQ==`).
Jobs live as long as the mock process (a few thousand at most; the oldest are forgotten first).
"""

from __future__ import annotations

import base64
import copy
import hashlib
import os
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from space_sdk.contract.mock.data import generate, rng_for
from space_sdk.contract.schemas import success_example, success_schema
from space_sdk.spec import ApiSpec, Operation

JSON = Any
#: status checks a job spends in its last pending status before it is done (MOCK_JOB_STEPS)
JOB_STEPS = int(os.environ.get("MOCK_JOB_STEPS", "3"))
NEXT_TRY = 5
ODD_NEXT_TRY = (0, -5, 100_000)
PAGED_ITEMS, PAGE_SIZE = 5, 2
MAX_JOBS = 10_000


@dataclass(frozen=True)
class JobKind:
    """One start operation's `x-job`, as the mock reads it."""

    start: str
    status: str
    retrieve: str | None
    id_pointer: str
    id_field: str | None
    id_param: str | None
    status_pointer: str
    next_try: str | None
    progress: str | None
    status_body: Mapping[str, Any]
    pending: tuple[str, ...]
    done: str
    failed: str
    steps: tuple[str, ...]
    pages: Mapping[str, Any] | None

    @classmethod
    def from_spec(cls, start: str, data: Mapping[str, Any]) -> JobKind:
        return cls(
            start=start,
            status=str(data["status"]),
            retrieve=data.get("retrieve"),
            id_pointer=str(data.get("id", "/id")),
            id_field=data.get("id_field"),
            id_param=data.get("id_param"),
            status_pointer=str(data.get("status_pointer") or data.get("status_field") or "/status"),
            next_try=data.get("next_try") or data.get("next_try_field"),
            progress=data.get("progress") or data.get("progress_field"),
            status_body=dict(data.get("status_body") or {}),
            pending=tuple(data.get("pending") or ("PENDING",)),
            done=str(next(iter(data["done"]))),
            failed=str(next(iter(data.get("failed") or ["FAILED"]))),
            steps=tuple(data.get("steps") or ()),
            pages=data.get("pages"),
        )

    def job_id(self, values: Mapping[str, Any], path_params: Mapping[str, str]) -> str | None:
        """The job id a status or retrieve request names."""
        raw = values.get(self.id_field) if self.id_field else path_params.get(self.id_param or "")
        return raw if isinstance(raw, str) else None


@dataclass
class Job:
    id: str
    kind: JobKind
    values: dict[str, Any]
    fail: bool = False
    odd_next_try: bool = False
    checks: int = 0

    @property
    def status(self) -> str:
        if self.checks > JOB_STEPS:
            return self.kind.failed if self.fail else self.kind.done
        return self.kind.pending[-1] if self.checks else self.kind.pending[0]

    @property
    def pending(self) -> bool:
        return self.status in self.kind.pending

    def next_try(self) -> int:
        return ODD_NEXT_TRY[self.checks % len(ODD_NEXT_TRY)] if self.odd_next_try else NEXT_TRY


@dataclass
class Outcome:
    """What the simulator decided: a JSON body to send, or an error `kind` (looked up in x-errors)."""

    body: JSON = None
    kind: str | None = None
    detail: str | None = None


def set_pointer(doc: dict[str, Any], pointer: str, value: Any) -> None:
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.lstrip("/").split("/")]
    node = doc
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value


@dataclass
class JobSimulator:
    """Every job of one spec, from its operations' `x-job`."""

    spec: ApiSpec
    kinds: dict[str, JobKind] = field(default_factory=dict)  # by start operationId
    jobs: OrderedDict[str, Job] = field(default_factory=OrderedDict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    counter: int = 0

    def __post_init__(self) -> None:
        for op in self.spec.operations:
            data = op.raw.get("x-job")
            if isinstance(data, dict):
                self.kinds[op.operation_id] = JobKind.from_spec(op.operation_id, data)
        self.status_ops = {k.status for k in self.kinds.values()}
        self.retrieve_ops = {k.retrieve: k for k in self.kinds.values() if k.retrieve}

    def owns(self, op: Operation) -> bool:
        """Whether answers for `op` depend on job state (and so must not be cached)."""
        oid = op.operation_id
        return oid in self.kinds or oid in self.status_ops or oid in self.retrieve_ops

    def handle(
        self, op: Operation, values: Mapping[str, Any], path_params: Mapping[str, str], faults: set[str]
    ) -> Outcome:
        oid = op.operation_id
        if oid in self.kinds:
            return self._start(self.kinds[oid], op, values, faults)
        kind = self.retrieve_ops.get(oid) or next(k for k in self.kinds.values() if k.status == oid)
        job = self._find(kind.job_id(values, path_params))
        if job is None:
            return Outcome(kind="not_found", detail="no such job")
        if oid in self.status_ops and oid not in self.retrieve_ops:
            return Outcome(body=self._status(job, values))
        return self._retrieve(job, op)

    # -- the three calls ---------------------------------------------------------------------------------
    def _start(self, kind: JobKind, op: Operation, values: Mapping[str, Any], faults: set[str]) -> Outcome:
        with self.lock:
            self.counter += 1
            digest = hashlib.blake2b(f"{kind.start}|{self.counter}".encode(), digest_size=10).digest()
            job_id = base64.b32encode(digest).decode().rstrip("=")[:20]
            job = Job(job_id, kind, dict(values), "job:fail" in faults, "job:odd-next-try" in faults)
            self.jobs[job_id] = job
            while len(self.jobs) > MAX_JOBS:
                self.jobs.popitem(last=False)
        body = success_example(self.spec, op)
        if not isinstance(body, dict):
            body = generate(success_schema(self.spec, op), rng_for(op.operation_id))
        body = copy.deepcopy(body) if isinstance(body, dict) else {}
        set_pointer(body, kind.id_pointer, job_id)
        set_pointer(body, kind.status_pointer, job.status)
        if kind.next_try:
            set_pointer(body, kind.next_try, job.next_try())
        return Outcome(body=body)

    def _status(self, job: Job, values: Mapping[str, Any]) -> JSON:
        with self.lock:
            job.checks += 1
        kind = job.kind
        body: dict[str, Any] = {}
        set_pointer(body, kind.status_pointer, job.status)
        if job.pending and kind.next_try:
            set_pointer(body, kind.next_try, job.next_try())
        asked = all(values.get(k) == v for k, v in kind.status_body.items())
        if job.pending and job.checks and kind.progress and kind.steps and asked:
            step = min(job.checks, len(kind.steps))
            set_pointer(body, kind.progress, {"message": kind.steps[step - 1], "step": step})
        return body

    def _retrieve(self, job: Job, op: Operation) -> Outcome:
        kind = job.kind
        if job.status == kind.failed:
            return Outcome(kind="job_failed", detail="the job failed")
        if job.status != kind.done:
            return Outcome(kind="conflict", detail=f"the job is {job.status}, not {kind.done}")
        if not kind.pages:
            return Outcome(body=None)  # the normal success body
        return Outcome(body=self._page(job, op))

    def _page(self, job: Job, op: Operation) -> JSON:
        pages = job.kind.pages or {}
        items_field = str(pages.get("items", "results"))
        cursor_field = str(pages.get("cursor_field", "cursor"))
        id_field = pages.get("id_field")
        example = success_example(self.spec, op)
        if not isinstance(example, dict):
            example = generate(success_schema(self.spec, op), rng_for(op.operation_id))
        template = (example.get(items_field) or [{}])[0]
        page = decode_cursor(job.values.get(cursor_field))
        start = page * PAGE_SIZE
        rows = []
        for i in range(start, min(start + PAGE_SIZE, PAGED_ITEMS) if page >= 0 else 0):
            row = copy.deepcopy(template)
            if id_field and isinstance(row, dict):
                row[id_field] = f"{row.get(id_field, 'item')}-{i + 1}"
            rows.append(row)
        body = copy.deepcopy(example)
        body[items_field] = rows
        more = page >= 0 and start + PAGE_SIZE < PAGED_ITEMS
        body[cursor_field] = encode_cursor(page + 1) if more else None
        return body

    def _find(self, job_id: str | None) -> Job | None:
        with self.lock:
            return self.jobs.get(job_id) if job_id else None


def encode_cursor(page: int) -> str:
    return base64.b64encode(str(page).encode()).decode()


def decode_cursor(cursor: object) -> int:
    """The page a body cursor names: 0 for none, -1 for one this mock did not hand out (an empty last page:
    the docs define no error for it)."""
    if cursor is None:
        return 0
    try:
        page = int(base64.b64decode(str(cursor), validate=True).decode())
    except ValueError:
        return -1
    return page if page >= 0 and encode_cursor(page) == cursor else -1
