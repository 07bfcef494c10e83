"""Compare recorded answers with a spec, operation by operation: the findings and their evidence.

Everything is read from the spec: the operations and their documented responses, the schemas (followed
through ``$ref``, ``allOf``, ``oneOf``/``anyOf``), ``x-errors`` (where an error's code lives, the table),
``x-envelope`` (what counts as an error answer) and the servers' paths. Each finding names the spec node it
concerns (a JSON pointer into the document), which is what the patch edits or comments.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from space_sdk.drift.har import Recorded
from space_sdk.drift.infer import FORMATS, NAIVE_DATETIME, Inferred
from space_sdk.drift.model import Analysis, Finding, Pointer
from space_sdk.spec import HTTP_METHODS, ApiSpec, Operation, json_type

# Headers an API pages with; one that an answer carries and its response does not document is reported.
PAGING_HEADERS = frozenset(
    {"link", "x-total-count", "x-total", "x-next-page", "x-next-cursor", "x-page", "x-per-page", "x-cursor"}
)
_DATE_TIME = dict(FORMATS)["date-time"]
_DATE = dict(FORMATS)["date"]


def _resolve_ref(document: Any, ref: str) -> Pointer:
    if not ref.startswith("#/"):
        raise ValueError(f"only local $refs are followed, not {ref!r}")
    return tuple(part.replace("~1", "/").replace("~0", "~") for part in ref[2:].split("/"))


def _get(document: Any, pointer: Pointer) -> Any:
    node = document
    for part in pointer:
        if isinstance(node, dict):
            node = node[part] if part in node else node[next(k for k in node if str(k) == str(part))]
        else:
            node = node[int(part)]
    return node


def _type_fits(kind: str, value: Any, allowed: set[str]) -> bool:
    """JSON Schema's view: an integer is a number, and a number with no fraction (``1e20``) an integer."""
    if kind in allowed or (kind == "integer" and "number" in allowed):
        return True
    return kind == "number" and "integer" in allowed and float(value).is_integer()


class _Walker:
    """Walks one answer body against one schema, adding to the shared findings."""

    def __init__(self, spec: ApiSpec, found: dict[tuple[Any, ...], Finding], fields: dict[Any, Inferred]):
        self.doc = spec.document
        self.found = found
        self.fields = fields
        self.visits: dict[Pointer, int] = {}
        self.op = ""
        self.status: int | None = None
        self.request = ""

    def deref(self, node: Any, ptr: Pointer) -> tuple[Any, Pointer]:
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 50:
            ptr = _resolve_ref(self.doc, str(node["$ref"]))
            node = _get(self.doc, ptr)
            seen += 1
        return node, ptr

    def add(self, kind: str, where: str, ptr: Pointer, example: Any, **detail: Any) -> Finding:
        probe = Finding(kind, self.op, self.status, where, ptr, detail=detail)
        finding = self.found.get(probe.key())
        if finding is None:
            finding = probe
            finding.example, finding.request = example, self.request
            self.found[probe.key()] = finding
        finding.count += 1
        return finding

    def allows_null(self, node: Any, ptr: Pointer) -> bool:
        node, ptr = self.deref(node, ptr)
        if not isinstance(node, dict) or not node:
            return True
        types = node.get("type")
        if types == "null" or (isinstance(types, list) and "null" in types) or node.get("nullable") is True:
            return True
        if "const" in node:
            return node["const"] is None
        if "enum" in node and None in node["enum"]:
            return True
        for key in ("oneOf", "anyOf"):
            if key in node and any(self.allows_null(b, (*ptr, key, i)) for i, b in enumerate(node[key])):
                return True
        if "allOf" in node:
            return all(self.allows_null(b, (*ptr, "allOf", i)) for i, b in enumerate(node["allOf"]))
        return "type" not in node and not any(k in node for k in ("properties", "items", "enum"))

    def fits(self, node: Any, value: Any) -> int:
        """How well ``value`` fits a (dereferenced) branch: < 0 no, else the number of matching clues."""
        types = node.get("type") if isinstance(node, dict) else None
        kind = json_type(value)
        if types is not None:
            allowed = {types} if isinstance(types, str) else set(types)
            if not _type_fits(kind, value, allowed):
                return -1
        if "const" in node and node["const"] != value:
            return -1
        score = 0
        if isinstance(value, dict):
            props = dict(node.get("properties") or {})
            for part in node.get("allOf") or []:
                props.update((self.deref(part, ())[0] or {}).get("properties") or {})
            for name, sub in props.items():
                sub, _ = self.deref(sub, ())
                if name in value:
                    if isinstance(sub, dict) and "const" in sub:
                        if sub["const"] != value[name]:
                            return -1
                        score += 5
                    score += 1
            score -= sum(1 for name in node.get("required") or [] if name not in value)
        return score

    def walk(self, node: Any, ptr: Pointer, value: Any, where: str) -> None:
        if value is None:
            if not self.allows_null(node, ptr):
                _, target = self.deref(node, ptr)
                self.add("nullable", where, ptr, None, ref=target if target != ptr else None)
            return
        node, ptr = self.deref(node, ptr)
        if not isinstance(node, dict):
            return
        self.visits[ptr] = self.visits.get(ptr, 0) + 1
        for key in ("oneOf", "anyOf"):
            if key in node:
                branches = [(self.deref(b, (*ptr, key, i)), i) for i, b in enumerate(node[key])]
                scored = [(self.fits(b, value), i, b, p) for (b, p), i in branches]
                best = max(scored, key=lambda s: s[0], default=None)
                if best is None or best[0] < 0:
                    self.add("type_changed", where, ptr, value, seen=json_type(value), documented=key)
                    return
                self.walk(node[key][best[1]], (*ptr, key, best[1]), value, where)
                return
        kind = json_type(value)
        types = node.get("type")
        if types is not None:
            allowed = {types} if isinstance(types, str) else set(types)
            if not _type_fits(kind, value, allowed):
                documented = "/".join(sorted(str(t) for t in allowed))
                self.add("type_changed", where, ptr, value, seen=kind, documented=documented)
                return
        if "enum" in node and value not in node["enum"]:
            self.add("enum_value", where, (*ptr, "enum"), value, value=value)
        elif "const" in node and node["const"] != value:
            self.add(
                "type_changed", where, ptr, value, seen=repr(value), documented=f"const {node['const']!r}"
            )
        if kind == "string":
            self.check_format(node.get("format"), value, where, ptr)
        elif kind == "object":
            self.walk_object(node, ptr, value, where)
        elif kind == "array" and isinstance(node.get("items"), dict):
            for item in value:
                self.walk(node["items"], (*ptr, "items"), item, f"{where}[]")

    def check_format(self, fmt: Any, value: str, where: str, ptr: Pointer) -> None:
        if fmt == "date-time" and not _DATE_TIME.match(value):
            kind = "datetime_no_offset" if NAIVE_DATETIME.match(value) else "format_mismatch"
            self.add(kind, where, ptr, value, documented="date-time")
        elif fmt == "date" and not _DATE.match(value):
            self.add("format_mismatch", where, ptr, value, documented="date")

    def walk_object(self, node: dict[str, Any], ptr: Pointer, value: dict[str, Any], where: str) -> None:
        parts: list[tuple[dict[str, Any], Pointer]] = [(node, ptr)]
        for i, branch in enumerate(node.get("allOf") or []):
            resolved, target = self.deref(branch, (*ptr, "allOf", i))
            if isinstance(resolved, dict):
                parts.append((resolved, target))
        props: dict[str, Pointer] = {}
        required: list[tuple[str, Pointer]] = []
        extra: tuple[Any, Pointer] | None = None
        for part, part_ptr in parts:
            for name in part.get("properties") or {}:
                props.setdefault(str(name), (*part_ptr, "properties", name))
            required += [(str(name), part_ptr) for name in part.get("required") or []]
            if "additionalProperties" in part and part["additionalProperties"] is not False:
                extra = (part["additionalProperties"], (*part_ptr, "additionalProperties"))
        owner = next((p for part, p in parts if "properties" in part), ptr)
        for name, member in value.items():
            dotted = f"{where}.{name}" if where else str(name)
            if name in props:
                self.walk(_get(self.doc, props[name]), props[name], member, dotted)
            elif extra is not None:
                if isinstance(extra[0], dict):
                    self.walk(extra[0], extra[1], member, dotted)
            else:
                finding = self.add("undocumented_field", dotted, (*owner, "properties"), member, name=name)
                self.fields.setdefault(finding.key(), Inferred()).observe(member)
        for name, part_ptr in required:
            if name not in value:
                self.add("required_missing", f"{where}.{name}" if where else name, (*part_ptr, "required"),
                         None, name=name)  # fmt: skip


def _server_paths(spec: ApiSpec) -> list[str]:
    urls = [s.get("url", "") for s in spec.document.get("servers") or []]
    for op in spec.operations:
        urls += [s.get("url", "") for s in op.raw.get("servers") or []]
    paths = {urlsplit(url).path.rstrip("/") for url in urls if isinstance(url, str)}
    return sorted(paths, key=len, reverse=True)


def _error_code(spec: ApiSpec, body: Any) -> Any:
    field = spec.errors.body.get("code")
    if field and isinstance(body, dict):
        return body.get(field)
    return None


class Analyser:
    """Feed it exchanges (:meth:`add`), then read :meth:`result`."""

    def __init__(self, spec: ApiSpec) -> None:
        self.spec = spec
        self.analysis = Analysis(api=spec.name)
        self.found: dict[tuple[Any, ...], Finding] = {}
        self.fields: dict[Any, Inferred] = {}
        self.walker = _Walker(spec, self.found, self.fields)
        self.prefixes = _server_paths(spec)
        self.coded = any(entry.code is not None for entry in spec.errors.entries)
        self.answers: dict[tuple[str, int], int] = {}
        self._routes: dict[tuple[str, str], tuple[Operation | None, list[str]]] = {}

    def match(self, method: str, path: str) -> tuple[Operation | None, list[str]]:
        cached = self._routes.get((method, path))
        if cached is not None:
            return cached
        candidates = [path[len(p) :] or "/" for p in self.prefixes if p and path.startswith(p + "/")] + [path]
        result: tuple[Operation | None, list[str]] = (None, [])
        for candidate in candidates:
            op, _, allowed = self.spec.find(method, candidate)
            if op is not None:
                result = (op, allowed)
                break
            result = (None, result[1] or allowed)
        if len(self._routes) < 100_000:
            self._routes[(method, path)] = result
        return result

    def add(self, exchange: Recorded) -> None:
        analysis, walker = self.analysis, self.walker
        analysis.exchanges += 1
        if exchange.method not in HTTP_METHODS:
            return
        op, _allowed = self.match(exchange.method, exchange.path)
        walker.request, walker.status = exchange.request, exchange.status
        if op is None:
            if (
                exchange.status >= 400
            ):  # refused (404, 405 with Allow): what an undocumented request should get
                return
            walker.op = f"{exchange.method.upper()} {exchange.path}"
            walker.add("undocumented_operation", "", (), None, method=exchange.method.upper())
            return
        analysis.matched += 1
        walker.op = op.operation_id
        analysis.operations[op.operation_id] = analysis.operations.get(op.operation_id, 0) + 1
        key = (op.operation_id, exchange.status)
        self.answers[key] = self.answers.get(key, 0) + 1
        body: Any = None
        if exchange.text and "json" in exchange.mime:
            try:
                body = json.loads(exchange.text)
            except ValueError:
                body = None
        self.check_errors(op, exchange, body)
        responses = op.raw.get("responses") or {}
        status = str(exchange.status)
        candidates: tuple[Any, ...] = (status, f"{status[0]}XX", f"{status[0]}xx", "default", exchange.status)
        code = next((k for k in candidates if k in responses), None)
        op_ptr = self.op_pointer(op)
        if code is None:
            walker.add("new_status", "", (*op_ptr, "responses"), body, value=exchange.status)
            return
        response, resp_ptr = walker.deref(responses[code], (*op_ptr, "responses", code))
        headers = {str(h).lower() for h in (response.get("headers") or {})}
        for name in sorted(PAGING_HEADERS & exchange.headers.keys() - headers):
            walker.add("undocumented_header", name, resp_ptr, exchange.headers[name], name=name)
        content = response.get("content") or {}
        if body is None or not content:
            return
        mime = exchange.mime.split(";")[0].strip()
        media = mime if mime in content else next((m for m in content if "json" in str(m)), None)
        if media is None or "schema" not in (content[media] or {}):
            return
        walker.walk(content[media]["schema"], (*resp_ptr, "content", media, "schema"), body, "")

    def op_pointer(self, op: Operation) -> Pointer:
        return ("paths", op.path, op.method)

    def check_errors(self, op: Operation, exchange: Recorded, body: Any) -> None:
        table, walker = self.spec.errors, self.walker
        envelope = self.spec.envelope or {}
        code = _error_code(self.spec, body)
        success = envelope.get("success_code")
        is_error = exchange.status >= 400 or (code is not None and success is not None and code != success)
        if not is_error or op.raw.get("servers"):  # another host answers in its own format
            return
        message_field = table.body.get("message", "message")
        message = body.get(message_field) if isinstance(body, dict) else None
        if self.coded and code is not None:
            entry = table.by_code(code)
            if entry is None:
                walker.add("new_error_code", str(code), ("x-errors", "table"), message, value=code,
                           http_status=exchange.status)  # fmt: skip
            elif entry.http_status != exchange.status and not any(
                e.code == code and e.http_status == exchange.status for e in table.entries
            ):
                walker.add("error_status_mismatch", str(code), ("x-errors", "table"), message, value=code,
                           http_status=exchange.status, documented=entry.http_status)  # fmt: skip
        elif not self.coded and exchange.status >= 400 and table.by_status(exchange.status) is None:
            walker.add("new_error_status", str(exchange.status), ("x-errors", "table"), message,
                       value=exchange.status, http_status=exchange.status)  # fmt: skip

    def result(self) -> Analysis:
        for finding in self.found.values():
            finding.total = self.total(finding)
            inferred = self.fields.get(finding.key())
            if inferred is not None:
                finding.detail["schema"] = inferred.schema()
        self.analysis.findings = list(self.found.values())
        return self.analysis

    def total(self, finding: Finding) -> int:
        if finding.kind in ("undocumented_field",):
            return self.walker.visits.get(finding.pointer[:-1], finding.count)
        if finding.kind == "required_missing":
            return self.walker.visits.get(finding.pointer[:-1], finding.count)
        if finding.kind in ("new_status",):
            return sum(n for (op, _), n in self.answers.items() if op == finding.operation)
        if finding.kind == "enum_value":
            return self.walker.visits.get(finding.pointer[:-1], finding.count)
        return self.walker.visits.get(finding.pointer, finding.count)


def analyse(spec: ApiSpec, exchanges: Iterable[Recorded]) -> Analysis:
    """Every finding of ``exchanges`` against ``spec``."""
    analyser = Analyser(spec)
    for exchange in exchanges:
        analyser.add(exchange)
    return analyser.result()
