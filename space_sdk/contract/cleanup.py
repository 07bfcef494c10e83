"""Leave nothing behind: every resource a contract run created is deleted at its end.

Found from spec data only, with no per-API code:

* the spec's **create → delete links**: an answer of an operation whose response has a link to a DELETE
  operation (``create_server`` 201 → ``delete_server`` with ``server_id: $response.body#/server/id``) is one
  resource created; the link's parameters, evaluated on that request and answer, are how to delete it. A
  DELETE the run itself sends with the same parameters (2xx, or 404: already gone) settles it;
* **embedded creations**: items of another collection that a create answer carries (a server's ``volumes``
  map): an object with an ``id`` under a key that is another list operation's ``x-pagination.items``. They are
  deleted, after the resources that embed them, with the DELETE on that collection's item path.

:class:`Janitor` watches every call of a run (a schemathesis ``after_call`` hook, so interrupted scenarios
count too), and :meth:`Janitor.clean` deletes what is left: last created first, also when the run failed or was
interrupted (the runner calls it in a ``finally``). A delete that answers 404 counts as deleted (it was gone);
anything else is named in :attr:`Janitor.undeleted`. Nothing is deleted that the run did not create.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from space_sdk._refs import inline
from space_sdk.spec import ApiSpec, Operation

__all__ = ["DeleteLink", "Janitor", "absent_value", "delete_links", "evaluate"]

MISSING = object()


@dataclass(frozen=True)
class DeleteLink:
    """A link from an answer of `source` (with HTTP `status`) to the DELETE that removes what it made."""

    source: Operation
    status: str
    delete: Operation
    parameters: dict[str, str]


def delete_links(spec: ApiSpec) -> dict[str, list[DeleteLink]]:
    """Operation label → its links to DELETE operations (the spec's create → delete links)."""
    by_id = {op.operation_id: op for op in spec.operations}
    found: dict[str, list[DeleteLink]] = {}
    for op in spec.operations:
        if op.method == "delete":
            continue
        for status, raw in (op.raw.get("responses") or {}).items():
            response = inline(spec.document, raw) if isinstance(raw, dict) else {}
            for link in (response.get("links") or {}).values():
                target = by_id.get(str((link or {}).get("operationId")))
                if target is not None and target.method == "delete":
                    params = {str(k): str(v) for k, v in ((link or {}).get("parameters") or {}).items()}
                    found.setdefault(op.label, []).append(DeleteLink(op, str(status), target, params))
    return found


def _pointer(document: Any, pointer: str) -> Any:
    node = document
    for raw in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return MISSING
    return node


def evaluate(
    expression: str,
    *,
    path: dict[str, Any],
    query: dict[str, Any],
    headers: dict[str, str],
    request_body: Any,
    response_body: Any,
    response_headers: dict[str, str],
) -> Any:
    """An OpenAPI runtime expression (``$response.body#/server/id``, ``$request.path.group_id``, ...) on one
    request and its answer; :data:`MISSING` when it names nothing there."""
    if not expression.startswith("$"):
        return expression
    source, _, pointer = expression.partition("#")
    if source == "$response.body":
        return _pointer(response_body, pointer)
    if source == "$request.body":
        return _pointer(request_body, pointer)
    head, _, name = source[1:].rpartition(".")
    containers: dict[str, dict[str, Any]] = {
        "request.path": path,
        "request.query": query,
        "request.header": {k.lower(): v for k, v in headers.items()},
        "response.header": {k.lower(): v for k, v in response_headers.items()},
    }
    container = containers.get(head)
    if container is None:
        return MISSING
    key = name.lower() if head.endswith("header") else name
    return container.get(key, MISSING)


@dataclass
class Pending:
    """One resource created and not yet deleted."""

    delete: Operation
    path_parameters: dict[str, str]
    made_by: str

    @property
    def key(self) -> tuple[str, tuple[tuple[str, str], ...]]:
        return (self.delete.operation_id, tuple(sorted(self.path_parameters.items())))

    def describe(self) -> str:
        where = self.delete.path
        for name, value in self.path_parameters.items():
            where = where.replace("{" + name + "}", value)
        return f"DELETE {where} (made by {self.made_by})"


@dataclass
class Janitor:
    """What a run created and has not deleted; :meth:`observe` every call, :meth:`clean` at the end."""

    spec: ApiSpec
    links: dict[str, list[DeleteLink]] = field(init=False)
    pending: dict[tuple[str, tuple[tuple[str, str], ...]], Pending] = field(default_factory=dict)
    embedded: dict[tuple[str, tuple[tuple[str, str], ...]], Pending] = field(default_factory=dict)
    created: int = 0
    deleted: int = 0
    undeleted: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    #: every id the run's own creations answered (path parameter values a destructive call may use)
    known: set[str] = field(default_factory=set)
    #: destructive calls whose ids the run did not create, sent to an id that cannot exist instead
    redirected: int = 0
    #: their case ids: the answer is about the substitute id, so the stateful checks do not judge it
    redirected_cases: set[str] = field(default_factory=set)
    #: jobs the run started (``x-job``): the status operation and its path parameters
    jobs: list[tuple[Operation, dict[str, str]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.links = delete_links(self.spec)
        self.documented = documented_values(self.spec.document)
        # collection items key (x-pagination.items) → the DELETE of that collection's item path
        self.collections: dict[str, Operation] = {}
        for op in self.spec.operations:
            items = (op.pagination or {}).get("items")
            if op.method != "get" or not isinstance(items, str):
                continue
            delete = next(
                (
                    d
                    for d in self.spec.operations
                    if d.method == "delete"
                    and d.path.startswith(op.path + "/{")
                    and d.path.count("/") == op.path.count("/") + 1
                ),
                None,
            )
            if delete is not None:
                self.collections[items] = delete

    # -- watching the run ------------------------------------------------------------------------------
    def before_call(self, context: Any, case: Any, kwargs: dict[str, Any]) -> None:
        """The schemathesis ``before_call`` hook (base-URL runs): what existed before the run exists after
        it, so a call that could change or delete something (not GET/HEAD, not ``x-read-only``) never goes to
        an id taken from the spec's examples (:func:`documented_values`), which may name a real resource: such
        an id in its path, unless the run created it, is replaced by one that cannot exist (the API answers its
        404). Generated ids are left alone (they name nothing; replacing them would make schemathesis treat
        them as link values)."""
        method = case.operation.method.lower()
        params = case.path_parameters
        if method in ("get", "head", "options") or not params:
            return
        op = next((o for o in self.spec.operations if o.label == case.operation.label), None)
        if op is None or op.raw.get("x-read-only") is True:
            return
        # a value a link put there (schemathesis keeps it apart and applies it when sending) wins
        overrides = getattr(getattr(case, "_override", None), "path_parameters", None) or {}
        sent = {**params, **overrides}
        with self.lock:
            strangers = [
                name
                for name, value in sent.items()
                if str(value) not in self.known and str(value) in self.documented
            ]
            if strangers:
                self.redirected += 1
                self.redirected_cases.add(str(case.id))
        for name in strangers:
            schema = next((p.schema for p in op.parameters if p.name == name and p.location == "path"), {})
            params[name] = absent_value(schema)
            if name in overrides:
                overrides[name] = params[name]

    def after_call(self, context: Any, case: Any, response: Any) -> None:
        """The schemathesis ``after_call`` hook."""
        self.observe(
            label=case.operation.label,
            method=case.operation.method.lower(),
            path=dict(case.path_parameters or {}),
            query=dict(case.query or {}),
            headers={str(k): str(v) for k, v in dict(case.headers or {}).items()},
            request_body=case.body if isinstance(case.body, dict | list) else None,
            status=response.status_code,
            content=response.content,
            response_headers={str(k): _first(v) for k, v in dict(response.headers).items()},
        )

    def observe(
        self,
        *,
        label: str,
        method: str,
        path: dict[str, Any],
        query: dict[str, Any],
        headers: dict[str, str],
        request_body: Any,
        status: int,
        content: bytes,
        response_headers: dict[str, str],
    ) -> None:
        import json

        with self.lock:
            if method == "delete" and (200 <= status < 300 or status == 404):
                op = next((o for o in self.spec.operations if o.label == label), None)
                if op is not None:
                    key = (op.operation_id, tuple(sorted((k, str(v)) for k, v in path.items())))
                    for store in (self.pending, self.embedded):
                        if store.pop(key, None) is not None:
                            self.deleted += 1
            if method != "get":
                self._note_job(label, status, content)
            links = [link for link in self.links.get(label, []) if link.status == str(status)]
            if not links:
                return
            try:
                body = json.loads(content)
            except (ValueError, UnicodeDecodeError):
                body = None
            for link in links:
                values = {
                    name: evaluate(
                        expr,
                        path=path,
                        query=query,
                        headers=headers,
                        request_body=request_body,
                        response_body=body,
                        response_headers=response_headers,
                    )
                    for name, expr in link.parameters.items()
                }
                if any(v is MISSING or v is None for v in values.values()):
                    continue
                pending = Pending(link.delete, {k: str(v) for k, v in values.items()}, label)
                self.known.update(pending.path_parameters.values())
                if pending.key not in self.pending:
                    self.pending[pending.key] = pending
                    self.created += 1
            self._embedded(body, label, top=True)

    def _note_job(self, label: str, status: int, content: bytes) -> None:
        import json

        op = next((o for o in self.spec.operations if o.label == label), None)
        if op is None or not 200 <= status < 300 or "x-job" not in op.raw:
            return
        try:
            body = json.loads(content)
        except (ValueError, UnicodeDecodeError):
            return
        job = self._job_of(op, body)
        if job is not None:
            self.jobs.append(job)

    def _embedded(self, node: Any, label: str, *, top: bool = False, key: str | None = None) -> None:
        """Items of another collection inside a create answer (below its one wrapping key)."""
        if isinstance(node, dict):
            delete = self.collections.get(key or "") if not top else None
            if delete is not None and isinstance(node.get("id"), str | int) and not top:
                self._remember(delete, node["id"], label)
                return
            for name, value in node.items():
                if top:
                    self._embedded(value, label, key=None)
                elif isinstance(value, dict) and name.isdigit() and key in self.collections:
                    self._embedded(value, label, key=key)  # a `{"0": {...}}` map of the collection's items
                else:
                    self._embedded(value, label, key=name)
        elif isinstance(node, list):
            for value in node:
                self._embedded(value, label, key=key)

    def _remember(self, delete: Operation, item_id: object, label: str) -> None:
        params = [p.name for p in delete.parameters if p.location == "path"]
        if len(params) != 1:
            return
        pending = Pending(delete, {params[0]: str(item_id)}, label)
        self.known.add(str(item_id))
        if pending.key not in self.pending and pending.key not in self.embedded:
            self.embedded[pending.key] = pending
            self.created += 1

    # -- the end of the run ----------------------------------------------------------------------------
    def clean(
        self,
        send: Callable[[Operation, dict[str, str]], int],
        call: Caller | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """Delete everything still pending: linked creations last-made first, then embedded items.
        `send(delete_operation, path_parameters)` returns the HTTP status (raise → counted undeleted).

        With `call(operation, path_parameters, body)` → (status, JSON), first every job the run started
        (``x-job``) is followed to its end, and a delete refused by ``x-refuse-when`` (a server that is not
        stopped) is retried after the ``x-state-transitions`` action that reaches the state it needs
        (``poweroff`` → ``stopped``), followed through its job."""
        with self.lock:
            work = [*reversed(self.pending.values()), *reversed(self.embedded.values())]
            jobs = list(self.jobs)
            self.pending.clear()
            self.embedded.clear()
            self.jobs.clear()
        if call is not None:
            for status_op, params in jobs:
                self._follow(call, status_op, params, sleep)
        for item in work:
            try:
                status = send(item.delete, item.path_parameters)
                if status == 409 and call is not None and self._unrefuse(call, item, sleep):
                    status = send(item.delete, item.path_parameters)
            except Exception as exc:  # the server or network failed: named, never raised
                self.undeleted.append(f"{item.describe()}: {type(exc).__name__}")
                continue
            if 200 <= status < 300 or status == 404:
                self.deleted += 1
            else:
                self.undeleted.append(f"{item.describe()}: HTTP {status}")

    def _job_of(self, op: Operation, body: Any) -> tuple[Operation, dict[str, str]] | None:
        job = op.raw.get("x-job")
        if not isinstance(job, dict) or not job.get("status") or not job.get("id_param"):
            return None
        ident = _pointer(body, str(job.get("id", "/id")))
        status_op = next((o for o in self.spec.operations if o.operation_id == job["status"]), None)
        if (
            ident is MISSING
            or ident is None
            or status_op is None
            or status_op.operation_id == op.operation_id
        ):
            return None
        return status_op, {str(job["id_param"]): str(ident)}

    def _follow(
        self, call: Caller, status_op: Operation, params: dict[str, str], sleep: Callable[[float], None]
    ) -> None:
        """Read a job's status until it is done or failed (``x-job`` of the operation that started it)."""
        starter = next(
            (
                o
                for o in self.spec.operations
                if (o.raw.get("x-job") or {}).get("status") == status_op.operation_id
            ),
            None,
        )
        job = (starter.raw.get("x-job") if starter is not None else None) or {}
        final = {*job.get("done", []), *job.get("failed", [])}
        for attempt in range(JOB_ATTEMPTS):
            status, body = call(status_op, params, None)
            value = _pointer(body, str(job.get("status_pointer", "/status")))
            if status >= 400 or value in final or not final:
                return
            if attempt >= JOB_QUICK_READS:
                sleep(JOB_INTERVAL)

    def _unrefuse(self, call: Caller, item: Pending, sleep: Callable[[float], None]) -> bool:
        """Bring a resource to the state its delete needs (``x-refuse-when``) with the spec's action."""
        moved = False
        for rule in item.delete.raw.get("x-refuse-when") or []:
            if not isinstance(rule, dict) or "unless" not in rule:
                continue
            for op in self.spec.operations:
                transitions = op.raw.get("x-state-transitions")
                if not isinstance(transitions, dict) or transitions.get("field") != rule.get("field"):
                    continue
                if not op.path.startswith(item.delete.path + "/"):
                    continue
                actions = transitions.get("actions") or {}
                action = next((name for name, a in actions.items() if a.get("to") == rule["unless"]), None)
                if action is None:
                    continue
                body = {str(transitions.get("action_field", "action")): action}
                status, answer = call(op, dict(item.path_parameters), body)
                job = self._job_of(op, answer) if 200 <= status < 300 else None
                if job is not None:
                    self._follow(call, job[0], job[1], sleep)
                moved = moved or 200 <= status < 300
        return moved


Caller = Callable[[Operation, dict[str, str], Any], tuple[int, Any]]
#: a job followed at clean-up: status reads, and seconds between them (a real API's task takes seconds)
JOB_ATTEMPTS = 30
JOB_INTERVAL = 2.0
JOB_QUICK_READS = 3  # reads before the first wait


def documented_values(document: Any) -> set[str]:
    """Every scalar in the spec's ``example`` / ``examples`` (ids of documented objects among them)."""
    found: set[str] = set()

    def leaves(node: Any) -> None:
        if isinstance(node, dict):
            for value in node.values():
                leaves(value)
        elif isinstance(node, list):
            for value in node:
                leaves(value)
        elif isinstance(node, str | int) and not isinstance(node, bool) and str(node):
            found.add(str(node))

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "example":
                    leaves(value)
                elif key == "examples" and isinstance(value, dict):
                    leaves([v.get("value") if isinstance(v, dict) else v for v in value.values()])
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document)
    return found


def absent_value(schema: dict[str, Any]) -> Any:
    """A path value of the parameter's type that names nothing (no API hands out these ids)."""
    kind = schema.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind}
    if "integer" in kinds or "number" in kinds:
        return int(schema.get("maximum", 2**31 - 1))
    if schema.get("format") == "uuid":
        return "00000000-0000-4000-8000-00000000dead"
    return "space-sdk-contract-absent"


def _first(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return str(value)
