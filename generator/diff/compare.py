"""Compare two versions of one spec: every change, with its severity for a user of the generated SDK.

Severity is judged for code written against the SDK generated from the OLD spec, regenerated from the NEW one
and run against the new API:

* ``breaking``: that code stops type-checking, raises, or is refused by the API or the SDK's own checks;
* ``non-breaking``: that code keeps working; there is something new to use, or the SDK behaves differently
  without the code changing (more requests per call, a path the SDK now calls);
* ``info``: documentation-level facts (a documented guarantee added, a status code no longer documented).

Schemas are compared by direction. In a request, a constraint that *narrows* what is accepted breaks callers
(values they send are now refused); in a response, a schema that *widens* what may come back breaks readers
(a value their code did not expect). A format that changes the Python type (``date`` → ``date-time``) breaks
either way, since the generated signature or model field changes.
"""

from __future__ import annotations

import contextlib
import difflib
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from generator.diff.model import Change, Severity
from space_sdk._refs import deref
from space_sdk.spec import json_type

Direction = Literal["request", "response"]

_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# Formats openapi-python-client turns into a Python type other than the JSON one: changing them changes the
# generated signature or model field, whatever the direction.
_TYPED_FORMATS = {"date": "datetime.date", "date-time": "datetime.datetime", "uuid": "UUID", "binary": "File"}
# A year-long call is how the x-date-range change is explained: requests = ceil(365 / max_days).
_YEAR_DAYS = 365
_LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
# Parameter/field rename heuristic (see match_renames).
RENAME_MIN_SIMILARITY = 0.5
RENAME_MIN_SIMILARITY_ANY_SCHEMA = 0.8


def class_name(schema_name: str) -> str:
    """The model class openapi-python-client generates for ``#/components/schemas/<schema_name>``."""
    from openapi_python_client.strings import ClassName

    return str(ClassName(schema_name, "field_"))


def python_name(name: str) -> str:
    """The Python identifier openapi-python-client gives a parameter or property called ``name``."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(name, "field_"))


def resource_class(sdk_method: str) -> tuple[str, str]:
    """(facade class, method name) for an ``x-sdk-method`` such as ``storage_provider.sector.total``,
    following ``generator.facade``'s naming (``StorageProviderSectorResource.total``)."""
    *parents, name = sdk_method.split(".")
    stem = "".join(w[:1].upper() + w[1:] for p in parents for w in p.split("_"))
    return (stem + "Resource" if parents else "Resources"), name


@dataclass(frozen=True)
class Operation:
    """One operation of one spec version, with what the report needs to name it."""

    method: str
    path: str
    raw: Mapping[str, Any]
    doc: Mapping[str, Any]

    @property
    def operation_id(self) -> str | None:
        value = self.raw.get("operationId")
        return str(value) if value else None

    @property
    def label(self) -> str:
        return self.operation_id or f"{self.method.upper()} {self.path}"

    @property
    def endpoint(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def tag(self) -> str:
        tags = self.raw.get("tags") or ["default"]
        return str(tags[0])

    @property
    def sdk_method(self) -> str:
        explicit = self.raw.get("x-sdk-method")
        return str(explicit) if explicit else f"{self.tag}.{self.operation_id or 'unnamed'}"

    @property
    def call(self) -> str:
        return f"`api.{self.sdk_method}()`"

    @property
    def anchors(self) -> set[str]:
        cls, name = resource_class(self.sdk_method)
        out = {f"op:{self.label}", f"method:{cls}.{name}", f"node:{self.sdk_method}"}
        if self.operation_id:
            out.add(f"module:api.{python_name(self.tag)}.{python_name(self.operation_id)}")
        return out

    @property
    def models(self) -> set[str]:
        """Model classes the generated SDK has for the component schemas this operation uses."""
        names: set[str] = set()
        stack: list[Any] = [
            self.raw.get("parameters"),
            self.raw.get("requestBody"),
            self.raw.get("responses"),
        ]
        while stack:
            node = stack.pop()
            if isinstance(node, Mapping):
                ref = node.get("$ref")
                if isinstance(ref, str) and ref.startswith("#/components/"):
                    name = ref.rsplit("/", 1)[1]
                    if ref.startswith("#/components/schemas/"):
                        if name in names:
                            continue
                        names.add(name)
                    with contextlib.suppress(KeyError, ValueError):  # a dangling ref: the validator said so
                        stack.append(deref(self.doc, {"$ref": ref}))
                stack.extend(v for k, v in node.items() if k != "$ref")
            elif isinstance(node, list):
                stack.extend(node)
        return {class_name(n) for n in names}

    def param_anchors(self, name: str) -> set[str]:
        """Anchors for one argument of this operation's method (and of its low-level module functions)."""
        return {f"{a}#{python_name(name)}" for a in self.anchors if a.startswith(("method:", "module:"))}

    def parameters(self) -> dict[tuple[str, str], Mapping[str, Any]]:
        item = self.doc["paths"][self.path]
        merged: dict[tuple[str, str], Mapping[str, Any]] = {}
        for param in [*item.get("parameters", []), *self.raw.get("parameters", [])]:
            p = deref(self.doc, param)
            merged[(str(p["in"]), str(p["name"]))] = p
        return merged


def resource_nodes(*docs: Mapping[str, Any]) -> dict[str, str]:
    """Facade class name → its resource path (``StorageProviderSectorResource`` → ``storage_provider.sector``),
    for every resource of the given specs (``Resources`` is the root, path ``""``)."""
    out: dict[str, str] = {"Resources": ""}
    for doc in docs:
        for op in operations(doc).values():
            parents = op.sdk_method.split(".")[:-1]
            for n in range(1, len(parents) + 1):
                node = ".".join(parents[:n])
                out[resource_class(node + ".x")[0]] = node
    return out


def operations(doc: Mapping[str, Any]) -> dict[tuple[str, str], Operation]:
    """Every operation of ``doc`` keyed by (method, path)."""
    out: dict[tuple[str, str], Operation] = {}
    for path, item in (doc.get("paths") or {}).items():
        for method in _HTTP_METHODS:
            if isinstance(item, Mapping) and method in item:
                out[(method, path)] = Operation(method, path, item[method], doc)
    return out


def match_renames(
    removed: Mapping[str, Any], added: Mapping[str, Any], same_schema: Any
) -> list[tuple[str, str]]:
    """Pairs (old name, new name) that look like one thing renamed rather than one removed and one added.

    Heuristic: a removed and an added name in the same place (same parameter location, same object) pair up
    when their schemas are equal (ignoring descriptions and examples) and their names are at least 50% similar
    (difflib ratio), or when their names are at least 80% similar whatever the schemas. Best-scoring pairs are
    taken first; each name is used once. ``same_schema(old, new)`` says whether two entries' schemas are equal.
    """
    scored: list[tuple[float, str, str]] = []
    for old_name, old in removed.items():
        for new_name, new in added.items():
            ratio = difflib.SequenceMatcher(None, old_name, new_name).ratio()
            equal = bool(same_schema(old, new))
            if (equal and ratio >= RENAME_MIN_SIMILARITY) or ratio >= RENAME_MIN_SIMILARITY_ANY_SCHEMA:
                scored.append((ratio + (1.0 if equal else 0.0), old_name, new_name))
    pairs: list[tuple[str, str]] = []
    used_old: set[str] = set()
    used_new: set[str] = set()
    for _, old_name, new_name in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if old_name not in used_old and new_name not in used_new:
            pairs.append((old_name, new_name))
            used_old.add(old_name)
            used_new.add(new_name)
    return pairs


class Comparer:
    """Walks two parsed specs and collects ``Change`` objects (see the module docstring for the rules)."""

    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.old = old
        self.new = new
        self.changes: list[Change] = []

    # -- output ------------------------------------------------------------------------------------------
    def add(
        self,
        severity: Severity,
        kind: str,
        op: Operation | None,
        message: str,
        anchors: set[str] | None = None,
    ) -> None:
        found = set(anchors or ())
        if op is not None:
            found |= op.anchors
        self.changes.append(Change(severity, kind, op.label if op else None, message, anchors=found))

    # -- whole spec --------------------------------------------------------------------------------------
    def run(self) -> list[Change]:
        self.compare_servers()
        self.compare_security_schemes()
        self.compare_top_level_vendor()
        self.compare_errors()
        self.compare_operations()
        order = {"breaking": 0, "non-breaking": 1, "info": 2}
        # global changes (no operation) first within each severity, then by operation, in discovery order
        return sorted(
            self.changes,
            key=lambda c: (order[c.severity], c.operation is not None, c.operation or ""),
        )

    def compare_servers(self) -> None:
        old = [str(s.get("url")) for s in self.old.get("servers") or []]
        new = [str(s.get("url")) for s in self.new.get("servers") or []]
        for url in old:
            if url not in new:
                self.add(
                    "breaking",
                    "server-removed",
                    None,
                    f"server `{url}` is no longer listed: code that passes it as `base_url` (and SDKs generated "
                    "from the old spec, whose default it was) call a server the API no longer documents",
                )
        for url in new:
            if url not in old:
                self.add("info", "server-added", None, f"server `{url}` is listed")
        if old and new and old[0] != new[0] and old[0] in new:
            self.add(
                "non-breaking",
                "server-default-changed",
                None,
                f"the default `base_url` becomes `{new[0]}` (was `{old[0]}`, still listed)",
            )

    def compare_security_schemes(self) -> None:
        old = (self.old.get("components") or {}).get("securitySchemes") or {}
        new = (self.new.get("components") or {}).get("securitySchemes") or {}
        keys = ("type", "scheme", "in", "name", "bearerFormat")
        for name in sorted(set(old) & set(new)):
            a = {k: old[name].get(k) for k in keys if old[name].get(k) is not None}
            b = {k: new[name].get(k) for k in keys if new[name].get(k) is not None}
            if a != b:
                self.add(
                    "breaking",
                    "security-scheme-changed",
                    None,
                    f"security scheme `{name}` changes from {_fmt(a)} to {_fmt(b)}: the SDK sends the token "
                    "differently; a client generated from the old spec is refused",
                )
        old_req = _requirements(self.old.get("security"))
        new_req = _requirements(self.new.get("security"))
        if old_req != new_req:
            self._security_change(None, old_req, new_req, "every operation")

    def _security_change(
        self, op: Operation | None, old: frozenset[frozenset[str]], new: frozenset[frozenset[str]], who: str
    ) -> None:
        def show(req: frozenset[frozenset[str]]) -> str:
            return " or ".join("+".join(sorted(r)) or "none" for r in sorted(req, key=sorted)) or "none"

        if frozenset() in new and frozenset() not in old:
            self.add("non-breaking", "security-relaxed", op, f"{who}: authentication becomes optional")
            return
        if not old or frozenset() in old:
            severity: Severity = "breaking" if new else "non-breaking"
        else:
            severity = "breaking" if not (old & new) else "non-breaking"
        self.add(
            severity,
            "security-changed",
            op,
            f"{who}: security requirement {show(old)} → {show(new)}"
            + (": calls made with the old credentials are refused" if severity == "breaking" else ""),
        )

    def compare_top_level_vendor(self) -> None:
        for key, severity, meaning in (
            ("x-envelope", "breaking", "how every answer is unwrapped changes"),
            ("x-data-freshness", "non-breaking", "when DataNotReadyError says data is due changes"),
        ):
            a, b = self.old.get(key), self.new.get(key)
            if a != b:
                sev: Severity = severity  # type: ignore[assignment]
                self.add(sev, f"{key[2:]}-changed", None, f"`{key}` {_fmt(a)} → {_fmt(b)}: {meaning}")

    def compare_errors(self) -> None:
        from space_sdk._exceptions import KIND_TO_EXCEPTION, APIError

        def table(doc: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
            rows = ((doc.get("x-errors") or {}).get("table")) or []
            return {
                (f"code {r['code']}" if r.get("code") is not None else f"HTTP {r.get('http_status')}"): r
                for r in rows
            }

        def cls(kind: Any) -> type[APIError]:
            return KIND_TO_EXCEPTION.get(str(kind), APIError)

        old, new = table(self.old), table(self.new)
        for key in sorted(set(new) - set(old)):
            row = new[key]
            self.add(
                "non-breaking",
                "error-added",
                None,
                f"error {key} ({row.get('kind')}, HTTP {row.get('http_status')}) is documented: raised as "
                f"`{cls(row.get('kind')).__name__}`"
                + (", and retried" if row.get("retryable") else "")
                + " (an undocumented code was a plain `APIError`)",
            )
        for key in sorted(set(old) - set(new)):
            self.add(
                "info", "error-removed", None, f"error {key} ({old[key].get('kind')}) is no longer documented"
            )
        for key in sorted(set(old) & set(new)):
            a, b = old[key], new[key]
            ca, cb = cls(a.get("kind")), cls(b.get("kind"))
            if ca is not cb:
                severity: Severity = "non-breaking" if issubclass(cb, ca) else "breaking"
                self.add(
                    severity,
                    "error-class-changed",
                    None,
                    f"error {key} is raised as `{cb.__name__}` instead of `{ca.__name__}`"
                    + (f": `except {ca.__name__}` no longer catches it" if severity == "breaking" else ""),
                )
            if bool(a.get("retryable")) != bool(b.get("retryable")):
                self.add(
                    "non-breaking",
                    "error-retry-changed",
                    None,
                    f"error {key} is {'now' if b.get('retryable') else 'no longer'} retried by the SDK",
                )
            if a.get("http_status") != b.get("http_status"):
                self.add(
                    "info",
                    "error-status-changed",
                    None,
                    f"error {key} comes with HTTP {b.get('http_status')} (was {a.get('http_status')})",
                )

    # -- operations --------------------------------------------------------------------------------------
    def compare_operations(self) -> None:
        old_ops, new_ops = operations(self.old), operations(self.new)
        pairs = [(old_ops[k], new_ops[k]) for k in sorted(set(old_ops) & set(new_ops))]
        gone = {k: old_ops[k] for k in sorted(set(old_ops) - set(new_ops))}
        fresh = {k: new_ops[k] for k in sorted(set(new_ops) - set(old_ops))}
        # Moves: the same SDK method first (what the user calls), then the same operationId.
        for attr in ("sdk_method", "operation_id"):
            by_new: dict[str, tuple[str, str]] = {}
            for k, op in fresh.items():
                value = getattr(op, attr)
                if value:
                    by_new.setdefault(value, k)
            for k, op in list(gone.items()):
                target = by_new.get(getattr(op, attr) or "")
                if target is not None and target in fresh:
                    new_op = fresh.pop(target)
                    del gone[k]
                    self._moved(op, new_op)
                    pairs.append((op, new_op))
        # models an operation takes away with it: those no surviving operation still uses
        kept = {m for old_op, _ in pairs for m in old_op.models}
        for op in gone.values():
            self.add(
                "breaking",
                "operation-removed",
                op,
                f"{op.call} is removed ({op.endpoint}): calls to it no longer exist in the SDK"
                + (" (it was deprecated)" if op.raw.get("deprecated") else ""),
                {f"model:{m}" for m in op.models - kept},
            )
        for op in fresh.values():
            self.add("non-breaking", "operation-added", op, f"new method {op.call} ({op.endpoint})")
        for old_op, new_op in pairs:
            self.compare_operation(old_op, new_op)

    def _moved(self, old: Operation, new: Operation) -> None:
        anchors = old.anchors | {f"model:{m}" for m in old.models}
        if old.sdk_method == new.sdk_method:
            self.add(
                "non-breaking",
                "operation-moved",
                new,
                f"{new.call} now calls {new.endpoint} (was {old.endpoint}); the method keeps its name, "
                "but SDKs generated from the old spec call the old path",
                anchors,
            )
        else:
            self.add(
                "breaking",
                "operation-moved",
                new,
                f"{old.call} is now {new.call} ({old.endpoint} → {new.endpoint}): rename the call",
                anchors,
            )

    def compare_operation(self, old: Operation, new: Operation) -> None:
        anchors = old.anchors
        if old.endpoint == new.endpoint and old.sdk_method != new.sdk_method:
            self.add(
                "breaking",
                "method-renamed",
                new,
                f"{old.call} is now {new.call} (same endpoint {new.endpoint}): rename the call",
                anchors,
            )
        elif old.operation_id != new.operation_id and old.endpoint == new.endpoint:
            self.add(
                "non-breaking",
                "operation-id-changed",
                new,
                f"operationId `{old.operation_id}` → `{new.operation_id}`: {new.call} keeps its name; the "
                f"low-level module `api.{python_name(old.tag)}.{python_name(old.operation_id or '')}` is renamed",
                anchors,
            )
        if bool(old.raw.get("deprecated")) != bool(new.raw.get("deprecated")):
            state = "deprecated" if new.raw.get("deprecated") else "no longer deprecated"
            self.add("info", "operation-deprecated", new, f"{new.call} is {state}", anchors)
        self.compare_parameters(old, new, anchors)
        self.compare_body(old, new, anchors)
        self.compare_responses(old, new, anchors)
        if "security" in old.raw or "security" in new.raw:
            a = _requirements(old.raw.get("security", self.old.get("security")))
            b = _requirements(new.raw.get("security", self.new.get("security")))
            if a != b:
                self._security_change(new, a, b, new.call)
        self.compare_vendor(old, new, anchors)

    def compare_parameters(self, old: Operation, new: Operation, anchors: set[str]) -> None:
        a, b = old.parameters(), new.parameters()
        removed = {k: a[k] for k in a if k not in b}
        added = {k: b[k] for k in b if k not in a}
        for location in sorted({k[0] for k in removed} & {k[0] for k in added}):
            pairs = match_renames(
                {k[1]: v for k, v in removed.items() if k[0] == location},
                {k[1]: v for k, v in added.items() if k[0] == location},
                lambda x, y: self._same(x.get("schema"), y.get("schema")),
            )
            for old_name, new_name in pairs:
                p_old = removed.pop((location, old_name))
                p_new = added.pop((location, new_name))
                self.add(
                    "breaking",
                    "parameter-renamed",
                    new,
                    f"{new.call}: argument `{python_name(old_name)}` is renamed `{python_name(new_name)}` "
                    f"({location} parameter `{old_name}` → `{new_name}`): calls passing the old name fail",
                    anchors | old.param_anchors(old_name) | new.param_anchors(new_name),
                )
                self._param_pair(new, p_old, p_new, anchors)
        for location, name in removed:
            self.add(
                "breaking",
                "parameter-removed",
                new,
                f"{new.call}: argument `{python_name(name)}` ({location}) is removed: calls passing it fail",
                anchors | old.param_anchors(name) | new.param_anchors(name),
            )
        for (location, name), p in added.items():
            if p.get("required"):
                self.add(
                    "breaking",
                    "parameter-added",
                    new,
                    f"{new.call}: new required argument `{python_name(name)}` ({location}): existing calls "
                    "lack it",
                    anchors | new.param_anchors(name),
                )
            else:
                self.add(
                    "non-breaking",
                    "parameter-added",
                    new,
                    f"{new.call}: new optional argument `{python_name(name)}` ({location})",
                    anchors | new.param_anchors(name),
                )
        for key in sorted(set(a) & set(b)):
            self._param_pair(new, a[key], b[key], anchors)

    def _param_pair(
        self,
        op: Operation,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        anchors: set[str],
    ) -> None:
        name = python_name(str(new["name"]))
        anchors = anchors | op.param_anchors(str(new["name"]))
        if bool(old.get("required")) != bool(new.get("required")):
            if new.get("required"):
                self.add(
                    "breaking",
                    "parameter-required",
                    op,
                    f"{op.call}: argument `{name}` becomes required: calls without it fail",
                    anchors,
                )
            else:
                self.add(
                    "non-breaking",
                    "parameter-optional",
                    op,
                    f"{op.call}: argument `{name}` becomes optional",
                    anchors,
                )
        self.compare_schema(
            old.get("schema") or {},
            new.get("schema") or {},
            op,
            f"argument `{name}`",
            "request",
            anchors,
            None,
            set(),
        )

    def compare_body(self, old: Operation, new: Operation, anchors: set[str]) -> None:
        a = deref(self.old, old.raw.get("requestBody")) or {}
        b = deref(self.new, new.raw.get("requestBody")) or {}
        if not a and not b:
            return
        if not a:
            severity: Severity = "breaking" if b.get("required") else "non-breaking"
            self.add(severity, "body-added", new, f"{new.call}: takes a request body", anchors)
            return
        if not b:
            self.add("breaking", "body-removed", new, f"{new.call}: no longer takes a request body", anchors)
            return
        if not a.get("required") and b.get("required"):
            self.add(
                "breaking", "body-required", new, f"{new.call}: the request body becomes required", anchors
            )
        for media in sorted(set(a.get("content") or {}) | set(b.get("content") or {})):
            sa = ((a.get("content") or {}).get(media) or {}).get("schema")
            sb = ((b.get("content") or {}).get(media) or {}).get("schema")
            if sa is None or sb is None:
                severity = "breaking" if sb is None else "non-breaking"
                state = "no longer accepted" if sb is None else "accepted"
                self.add(
                    severity, "body-media-type", new, f"{new.call}: body as `{media}` is {state}", anchors
                )
                continue
            self.compare_schema(sa, sb, new, "request body", "request", anchors, None, set())

    def compare_responses(self, old: Operation, new: Operation, anchors: set[str]) -> None:
        a = old.raw.get("responses") or {}
        b = new.raw.get("responses") or {}
        for status in sorted(set(a) - set(b)):
            self.add(
                "info", "response-removed", new, f"{new.call}: HTTP {status} is no longer documented", anchors
            )
        for status in sorted(set(b) - set(a)):
            self.add("info", "response-added", new, f"{new.call}: HTTP {status} is documented", anchors)
        for status in sorted(set(a) & set(b)):
            ra, rb = deref(self.old, a[status]) or {}, deref(self.new, b[status]) or {}
            ca, cb = ra.get("content") or {}, rb.get("content") or {}
            for media in sorted(set(ca) | set(cb)):
                sa = (ca.get(media) or {}).get("schema")
                sb = (cb.get(media) or {}).get("schema")
                if sa is None and sb is None:
                    continue
                if sa is None or sb is None:
                    severity: Severity = "breaking" if str(status).startswith("2") else "info"
                    state = "no longer" if sb is None else "now"
                    self.add(
                        severity,
                        "response-media-type",
                        new,
                        f"{new.call}: HTTP {status} `{media}` body is {state} documented",
                        anchors,
                    )
                    continue
                self.compare_schema(sa, sb, new, f"HTTP {status} body", "response", anchors, None, set())

    # -- schemas -----------------------------------------------------------------------------------------
    def _same(self, a: Any, b: Any) -> bool:
        from space_sdk._refs import inline, strip_annotations

        try:
            return bool(strip_annotations(inline(self.old, a)) == strip_annotations(inline(self.new, b)))
        except (KeyError, ValueError):
            return False

    def compare_schema(
        self,
        old: Any,
        new: Any,
        op: Operation,
        where: str,
        direction: Direction,
        anchors: set[str],
        model: str | None,
        seen: set[tuple[str, str]],
    ) -> None:
        """Compare two schemas reached by the same route (``where``) in one operation."""
        old_ref = old.get("$ref") if isinstance(old, Mapping) else None
        new_ref = new.get("$ref") if isinstance(new, Mapping) else None
        if old_ref or new_ref:
            key = (str(old_ref), str(new_ref))
            if key in seen:
                return
            seen = seen | {key}
            if isinstance(new_ref, str) and new_ref.startswith("#/components/schemas/"):
                model = class_name(new_ref.rsplit("/", 1)[1])
        a = deref(self.old, old) if isinstance(old, Mapping) else {}
        b = deref(self.new, new) if isinstance(new, Mapping) else {}
        if not isinstance(a, Mapping) or not isinstance(b, Mapping):
            return
        here = set(anchors)
        if model:
            here.add(f"model:{model}")
        self._compare_variants(a, b, op, where, direction, here, model, seen)
        # allOf parts are all applied: compare them pairwise by position (added/removed parts as below)
        for x, y in zip(a.get("allOf") or [], b.get("allOf") or [], strict=False):
            self.compare_schema(x, y, op, where, direction, anchors, model, seen)
        self._compare_default(a, b, op, where, direction, here)
        self._compare_type(a, b, op, where, direction, here)
        self._compare_format(a, b, op, where, direction, here)
        self._compare_enum(a, b, op, where, direction, here)
        self._compare_bounds(a, b, op, where, direction, here)
        self._compare_properties(a, b, op, where, direction, here, model, seen)
        if isinstance(a.get("items"), Mapping) and isinstance(b.get("items"), Mapping):
            self.compare_schema(a["items"], b["items"], op, f"{where}[]", direction, anchors, model, seen)

    def _judge(
        self, direction: Direction, widens: bool, narrows: bool, minor: Severity = "info"
    ) -> Severity | None:
        if direction == "request":
            return "breaking" if narrows else ("non-breaking" if widens else None)
        return "breaking" if widens else (minor if narrows else None)

    def _says(self, direction: Direction, severity: Severity) -> str:
        if severity != "breaking":
            return ""
        if direction == "request":
            return ": values accepted before are now refused"
        return ": it may now hold values the old SDK's type or range did not allow"

    def _compare_variants(
        self,
        a: Mapping[str, Any],
        b: Mapping[str, Any],
        op: Operation,
        where: str,
        direction: Direction,
        anchors: set[str],
        model: str | None,
        seen: set[tuple[str, str]],
    ) -> None:
        for key in ("oneOf", "anyOf"):
            va, vb = list(a.get(key) or []), list(b.get(key) or [])
            if not va and not vb:
                continue
            if not va or not vb:
                continue  # a schema turned into/out of a union: the type comparison below reports it
            ra = {str(v.get("$ref")): v for v in va if isinstance(v, Mapping) and "$ref" in v}
            rb = {str(v.get("$ref")): v for v in vb if isinstance(v, Mapping) and "$ref" in v}
            pairs: list[tuple[Any, Any]] = [(ra[r], rb[r]) for r in ra if r in rb]
            rest_a = [v for v in va if not (isinstance(v, Mapping) and str(v.get("$ref")) in rb)]
            rest_b = [v for v in vb if not (isinstance(v, Mapping) and str(v.get("$ref")) in ra)]
            # unnamed or renamed variants pair up by position
            for x, y in zip(rest_a, rest_b, strict=False):
                pairs.append((x, y))
            extra_a, extra_b = rest_a[len(rest_b) :], rest_b[len(rest_a) :]
            for x, y in pairs:
                self.compare_schema(x, y, op, where, direction, anchors, model, seen)
            if extra_b:
                severity = self._judge(direction, widens=True, narrows=False)
                if severity:
                    self.add(
                        severity,
                        "schema-variant-added",
                        op,
                        f"{op.call}: {where} may take {len(extra_b)} more shape(s) ({key})"
                        + self._says(direction, severity),
                        anchors,
                    )
            if extra_a:
                severity = self._judge(direction, widens=False, narrows=True, minor="non-breaking")
                if severity:
                    self.add(
                        severity,
                        "schema-variant-removed",
                        op,
                        f"{op.call}: {where} has {len(extra_a)} fewer shape(s) ({key})"
                        + self._says(direction, severity),
                        anchors,
                    )

    def _compare_default(
        self,
        a: Mapping[str, Any],
        b: Mapping[str, Any],
        op: Operation,
        where: str,
        direction: Direction,
        anchors: set[str],
    ) -> None:
        if direction != "request" or a.get("default") == b.get("default"):
            return
        self.add(
            "non-breaking",
            "default-changed",
            op,
            f"{op.call}: {where} default {_fmt(a.get('default'))} → {_fmt(b.get('default'))}: calls that leave "
            "it out get the new default",
            anchors,
        )

    def _compare_type(
        self,
        a: Mapping[str, Any],
        b: Mapping[str, Any],
        op: Operation,
        where: str,
        direction: Direction,
        anchors: set[str],
    ) -> None:
        ta, tb = _types(a), _types(b)
        if ta is None or tb is None or ta == tb:
            return
        widens = any(not _covered(t, ta) for t in tb)
        narrows = any(not _covered(t, tb) for t in ta)
        severity = self._judge(direction, widens, narrows, minor="non-breaking")
        if severity is None:
            return
        self.add(
            severity,
            "type-changed",
            op,
            f"{op.call}: {where} type {_show_types(ta)} → {_show_types(tb)}"
            + self._says(direction, severity),
            anchors,
        )

    def _compare_format(
        self,
        a: Mapping[str, Any],
        b: Mapping[str, Any],
        op: Operation,
        where: str,
        direction: Direction,
        anchors: set[str],
    ) -> None:
        fa, fb = a.get("format"), b.get("format")
        if fa == fb:
            return
        if fa in _TYPED_FORMATS or fb in _TYPED_FORMATS:
            old_t = _TYPED_FORMATS.get(str(fa), "str")
            new_t = _TYPED_FORMATS.get(str(fb), "str")
            self.add(
                "breaking",
                "format-changed",
                op,
                f"{op.call}: {where} format {fa or 'none'} → {fb or 'none'}: its Python type becomes "
                f"`{new_t}` (was `{old_t}`)",
                anchors,
            )
            return
        severity = self._judge(direction, widens=fa is not None, narrows=fb is not None)
        if severity:
            self.add(
                severity,
                "format-changed",
                op,
                f"{op.call}: {where} format {fa or 'none'} → {fb or 'none'}"
                + self._says(direction, severity),
                anchors,
            )

    def _compare_enum(
        self,
        a: Mapping[str, Any],
        b: Mapping[str, Any],
        op: Operation,
        where: str,
        direction: Direction,
        anchors: set[str],
    ) -> None:
        ea, eb = _enum(a), _enum(b)
        if ea == eb:
            return
        if ea is None:
            widens, narrows, detail = False, True, f"now limited to {_fmt(sorted(eb or [], key=str))}"
        elif eb is None:
            widens, narrows, detail = True, False, f"no longer limited to {_fmt(sorted(ea, key=str))}"
        else:
            plus, minus = sorted(eb - ea, key=str), sorted(ea - eb, key=str)
            widens, narrows = bool(plus), bool(minus)
            detail = ", ".join(
                part
                for part in (f"adds {_fmt(plus)}" if plus else "", f"drops {_fmt(minus)}" if minus else "")
                if part
            )
        severity = self._judge(direction, widens, narrows)
        if severity:
            self.add(
                severity,
                "enum-changed",
                op,
                f"{op.call}: {where} allowed values: {detail}" + self._says(direction, severity),
                anchors,
            )

    def _compare_bounds(
        self,
        a: Mapping[str, Any],
        b: Mapping[str, Any],
        op: Operation,
        where: str,
        direction: Direction,
        anchors: set[str],
    ) -> None:
        for key in (*_LOWER_BOUNDS, *_UPPER_BOUNDS, "pattern", "multipleOf"):
            va, vb = a.get(key), b.get(key)
            if va == vb:
                continue
            if key in _LOWER_BOUNDS:
                narrows = vb is not None and (va is None or _num(vb) > _num(va))
                widens = va is not None and (vb is None or _num(vb) < _num(va))
            elif key in _UPPER_BOUNDS:
                narrows = vb is not None and (va is None or _num(vb) < _num(va))
                widens = va is not None and (vb is None or _num(vb) > _num(va))
            else:  # a changed pattern or step may both admit and refuse values
                narrows = vb is not None
                widens = va is not None
            severity = self._judge(direction, widens, narrows)
            if severity:
                self.add(
                    severity,
                    "bound-changed",
                    op,
                    f"{op.call}: {where} {key} {_fmt(va)} → {_fmt(vb)}" + self._says(direction, severity),
                    anchors,
                )

    def _compare_properties(
        self,
        a: Mapping[str, Any],
        b: Mapping[str, Any],
        op: Operation,
        where: str,
        direction: Direction,
        anchors: set[str],
        model: str | None,
        seen: set[tuple[str, str]],
    ) -> None:
        pa: Mapping[str, Any] = a.get("properties") or {}
        pb: Mapping[str, Any] = b.get("properties") or {}
        if not pa and not pb:
            return
        req_a, req_b = set(a.get("required") or []), set(b.get("required") or [])
        removed = {k: pa[k] for k in pa if k not in pb}
        added = {k: pb[k] for k in pb if k not in pa}
        owner = f"`{model}`" if model else where
        is_response = direction == "response"
        noun = "field" if is_response else "body field"

        def field_anchor(name: str) -> set[str]:
            return anchors | ({f"model:{model}.{python_name(name)}"} if model else set())

        for old_name, new_name in match_renames(removed, added, self._same):
            removed.pop(old_name)
            added.pop(new_name)
            self.add(
                "breaking",
                "field-renamed",
                op,
                f"{op.call}: {noun} `{old_name}` of {owner} is renamed `{new_name}`"
                + (
                    f": `.{python_name(old_name)}` no longer exists, read `.{python_name(new_name)}`"
                    if is_response
                    else ": bodies built with the old name fail"
                ),
                field_anchor(old_name) | field_anchor(new_name),
            )
            self.compare_schema(
                pa[old_name], pb[new_name], op, f"{where}.{new_name}", direction, anchors, model, seen
            )
        for name in sorted(removed):
            self.add(
                "breaking",
                "field-removed",
                op,
                f"{op.call}: {noun} `{name}` of {owner} is removed"
                + (
                    f": code reading `.{python_name(name)}` fails" if is_response else ": bodies with it fail"
                ),
                field_anchor(name),
            )
        for name in sorted(added):
            required = name in req_b
            if is_response:
                self.add(
                    "non-breaking",
                    "field-added",
                    op,
                    f"{op.call}: new {'' if required else 'optional '}field `{name}` in {owner}",
                    field_anchor(name),
                )
            else:
                self.add(
                    "breaking" if required else "non-breaking",
                    "field-added",
                    op,
                    f"{op.call}: new {'required' if required else 'optional'} body field `{name}` in {owner}",
                    field_anchor(name),
                )
        for name in sorted(set(pa) & set(pb)):
            was, now = name in req_a, name in req_b
            if was != now:
                attr = python_name(name)
                if is_response:
                    if was:
                        self.add(
                            "breaking",
                            "field-optional",
                            op,
                            f"{op.call}: field `{name}` of {owner} becomes optional: `.{attr}` may be `UNSET`, "
                            "so code using it as always present fails mypy (and may fail at run time)",
                            field_anchor(name),
                        )
                    else:
                        self.add(
                            "non-breaking",
                            "field-required",
                            op,
                            f"{op.call}: field `{name}` of {owner} is always present: `.{attr}` loses "
                            "`| Unset`",
                            field_anchor(name),
                        )
                else:
                    self.add(
                        "breaking" if now else "non-breaking",
                        "field-required" if now else "field-optional",
                        op,
                        f"{op.call}: body field `{name}` becomes {'required' if now else 'optional'}",
                        field_anchor(name),
                    )
            self.compare_schema(
                pa[name], pb[name], op, f"{where}.{name}", direction, field_anchor(name), model, seen
            )

    # -- the project's vendor data -----------------------------------------------------------------------
    def compare_vendor(self, old: Operation, new: Operation, anchors: set[str]) -> None:
        self._date_range(old, new, anchors)
        self._pagination(old, new, anchors)
        self._require_any_of(old, new, anchors)
        self._job(old, new, anchors)

    def _date_range(self, old: Operation, new: Operation, anchors: set[str]) -> None:
        a: Mapping[str, Any] = old.raw.get("x-date-range") or {}
        b: Mapping[str, Any] = new.raw.get("x-date-range") or {}
        if a == b:
            return
        if not a:
            self.add(
                "non-breaking",
                "date-range-added",
                new,
                f"{new.call}: ranges longer than {b['max_days']} days are now split into windows "
                f"(a year-long call makes {_requests(b)} requests)",
                anchors,
            )
            return
        if not b:
            self.add(
                "non-breaking",
                "date-range-removed",
                new,
                f"{new.call}: long ranges are no longer split: one request whatever the range "
                f"(a year-long call made {_requests(a)})",
                anchors,
            )
            return
        if a.get("max_days") != b.get("max_days"):
            before, after = _requests(a), _requests(b)
            more = after - before
            self.add(
                "non-breaking",
                "date-range-max-days",
                new,
                f"{new.call}: at most {b['max_days']} days per request (was {a['max_days']}): a year-long call "
                f"makes {after} requests instead of {before} ({more:+d}; more quota and time, same rows); an "
                "SDK generated from the old spec sends windows the API "
                + ("now refuses" if more > 0 else "accepts, only more of them than needed"),
                anchors,
            )
        for key in ("unit", "start", "end"):
            if a.get(key) != b.get(key):
                self.add(
                    "breaking",
                    "date-range-changed",
                    new,
                    f"{new.call}: x-date-range {key} {a.get(key)} → {b.get(key)}: the range arguments change",
                    anchors,
                )
        if a.get("row_field") != b.get("row_field"):
            self.add(
                "info",
                "date-range-changed",
                new,
                f"{new.call}: windows are merged by `{b.get('row_field')}` (was `{a.get('row_field')}`)",
                anchors,
            )

    def _pagination(self, old: Operation, new: Operation, anchors: set[str]) -> None:
        a, b = old.raw.get("x-pagination"), new.raw.get("x-pagination")
        if a == b:
            return
        if not a or not b or a.get("style") != b.get("style"):
            what = (
                "now returns a page object to iterate (it returned the rows)"
                if not a
                else "no longer paginates: it returns one answer"
                if not b
                else f"pagination style {a.get('style')} → {b.get('style')}"
            )
            self.add("breaking", "pagination-changed", new, f"{new.call}: {what}", anchors)
            return
        diff = {k: (a.get(k), b.get(k)) for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)}
        self.add(
            "non-breaking",
            "pagination-changed",
            new,
            f"{new.call}: pager settings {_fmt(diff)}: the SDK follows them; an SDK generated from the old spec "
            "pages wrongly",
            anchors,
        )

    def _require_any_of(self, old: Operation, new: Operation, anchors: set[str]) -> None:
        a = set(old.raw.get("x-require-any-of") or [])
        b = set(new.raw.get("x-require-any-of") or [])
        if a == b:
            return
        if not a:
            self.add(
                "breaking",
                "require-any-of-changed",
                new,
                f"{new.call}: now needs at least one of {_fmt(sorted(b))}: calls without one raise ParameterError",
                anchors,
            )
        elif not b:
            self.add(
                "non-breaking",
                "require-any-of-changed",
                new,
                f"{new.call}: no filter is required any more",
                anchors,
            )
        elif a - b:
            self.add(
                "breaking",
                "require-any-of-changed",
                new,
                f"{new.call}: {_fmt(sorted(a - b))} no longer satisfy the at-least-one-of rule "
                f"(now {_fmt(sorted(b))}): calls passing only those raise ParameterError",
                anchors,
            )
        else:
            self.add(
                "non-breaking",
                "require-any-of-changed",
                new,
                f"{new.call}: {_fmt(sorted(b - a))} also satisfy the at-least-one-of rule",
                anchors,
            )

    def _job(self, old: Operation, new: Operation, anchors: set[str]) -> None:
        a, b = old.raw.get("x-job"), new.raw.get("x-job")
        if a == b:
            return
        if not a:
            self.add(
                "non-breaking",
                "job-changed",
                new,
                f"{new.call}: can be waited on with `wait_for_job`",
                anchors,
            )
        elif not b:
            self.add(
                "breaking",
                "job-changed",
                new,
                f"{new.call}: is no longer a job status: `wait_for_job` on it raises",
                anchors,
            )
        else:
            diff = {k: (a.get(k), b.get(k)) for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)}
            dropped = [s for k in ("done", "failed") for s in (a.get(k) or []) if s not in (b.get(k) or [])]
            severity: Severity = "breaking" if "status_field" in diff or dropped else "non-breaking"
            self.add(
                severity,
                "job-changed",
                new,
                f"{new.call}: job status handling {_fmt(diff)}: `wait_for_job` follows it"
                + (f"; statuses {_fmt(dropped)} no longer end the wait" if dropped else ""),
                anchors,
            )


# -- helpers -------------------------------------------------------------------------------------------------
def _requirements(security: Any) -> frozenset[frozenset[str]]:
    if security is None:
        return frozenset()
    return frozenset(frozenset(req) for req in security if isinstance(req, Mapping))


def _types(schema: Mapping[str, Any]) -> frozenset[str] | None:
    """The JSON types a schema admits, or None when it does not say (a union is compared variant by variant)."""
    if "const" in schema and "type" not in schema:
        return frozenset({json_type(schema["const"])})
    t = schema.get("type")
    if t is None:
        return None
    types = {str(t)} if isinstance(t, str) else {str(x) for x in t}
    if schema.get("nullable"):
        types.add("null")
    return frozenset(types)


def _covered(t: str, types: frozenset[str]) -> bool:
    return t in types or (t == "integer" and "number" in types)


def _show_types(types: frozenset[str]) -> str:
    return " | ".join(sorted(types))


def _enum(schema: Mapping[str, Any]) -> frozenset[Any] | None:
    if "const" in schema:
        return frozenset({_hashable(schema["const"])})
    if "enum" in schema and isinstance(schema["enum"], list):
        return frozenset(_hashable(v) for v in schema["enum"])
    return None


def _hashable(value: Any) -> Any:
    return value if isinstance(value, str | int | float | bool | type(None)) else repr(value)


def _num(value: Any) -> float:
    return float(value) if isinstance(value, int | float) else math.nan


def _requests(date_range: Mapping[str, Any]) -> int:
    return math.ceil(_YEAR_DAYS / int(date_range["max_days"]))


def _fmt(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{k}: {_fmt(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_fmt(v) for v in value) + "]"
    return repr(value) if value is not None else "none"


def compare(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new`` (parsed OpenAPI documents), most severe first."""
    return Comparer(old, new).run()


def iter_kinds(changes: list[Change]) -> Iterator[tuple[str, str]]:
    """(severity, kind) of each change: a compact view for tests and summaries."""
    for change in changes:
        yield change.severity, change.kind
