"""The suggested spec patch: findings → edits spliced into the spec's own text → a unified diff.

The spec is parsed with ruamel.yaml's round-trip loader only to learn *where* each node is (line and column);
the edits are then spliced into the original lines, so everything else (comments, flow style, line breaks,
anchors, quoting) stays byte for byte. Re-dumping is not an option: ruamel.yaml 0.19.1's dump of these specs
rewrites flow mappings (``{type: string, description: e.g. ...}`` gains a ``: null``), folds wrapped lines and
drops ``null``s — it changes what the specs mean.

Additive findings seen at least ``min_observations`` times become edits: a new optional property (its schema
inferred from every value), a new enum value, ``'null'`` added to a type, a new response (its body schema
copied from the operation's documented errors, or for a success from its documented success) and a new ``x-errors.table`` row. Every other finding (and an
additive one seen too rarely) becomes a ``# drift:`` comment above the node it concerns: a reviewer sees it in
the pull request, and the spec means exactly what it meant before.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from space_sdk.drift.model import Finding, Pointer
from space_sdk.spec import KIND_STATUS

MIN_OBSERVATIONS = 2
_PLAIN = re.compile(r"^[A-Za-z_/][\w./+-]*( [\w./+-]+)*$")
_RESERVED = {"null", "true", "false", "yes", "no", "on", "off", "~", "y", "n"}


def scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    text = str(value)
    if _PLAIN.match(text) and text.lower() not in _RESERVED:
        return text
    return "'" + text.replace("'", "''") + "'"


def flow(value: Any) -> str:
    """``value`` as one line of YAML flow style, in the specs' own manner (``{type: string}``)."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{scalar(k)}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    return scalar(value)


class PatchError(ValueError):
    """An edit could not be placed in the spec's text (reported on the finding, never raised to the user)."""


@dataclass
class _Splice:
    line: int
    col: int  # insert at (line, col); replace ``end`` characters of that line when > col
    text: str
    end: int | None = None


@dataclass
class _Text:
    """The spec's lines and ruamel.yaml's map of node positions."""

    text: str
    lines: list[str] = field(init=False)
    root: Any = field(init=False)

    def __post_init__(self) -> None:
        from ruamel.yaml import YAML

        self.lines = self.text.splitlines(keepends=True)
        self.root = YAML(typ="rt").load(self.text)

    def node(self, pointer: Pointer) -> Any:
        node = self.root
        for part in pointer:
            if isinstance(node, list):
                node = node[int(part)]
            else:
                key = next((k for k in node if str(k) == str(part)), None)
                if key is None:
                    raise PatchError(f"no {part!r} at /{'/'.join(map(str, pointer))}")
                node = node[key]
        return node

    def key_of(self, mapping: Any, part: Any) -> Any:
        return next(k for k in mapping if str(k) == str(part))

    def indent(self, line: int) -> int:
        text = self.lines[line]
        return len(text) - len(text.lstrip(" "))

    def block_end(self, line: int, col: int) -> int:
        """The line after the block that starts at ``line`` (a key or ``-`` at ``col``)."""
        end = line + 1
        while end < len(self.lines):
            text = self.lines[end]
            if text.strip() and self.indent(end) <= col:
                break
            end += 1
        while end - 1 > line and not self.lines[end - 1].strip():
            end -= 1
        return end

    def closing(self, line: int, col: int, bracket: str) -> tuple[int, int]:
        """Where the flow collection whose last item starts at (line, col) is closed by ``bracket``."""
        depth, quote = 0, ""
        while line < len(self.lines):
            text = self.lines[line]
            while col < len(text):
                char = text[col]
                if quote:
                    if char == quote:
                        quote = ""
                elif char in "'\"":
                    quote = char
                elif char in "[{":
                    depth += 1
                elif char in "]}":
                    if depth == 0:
                        if char != bracket:
                            raise PatchError("unbalanced flow collection")
                        return line, col
                    depth -= 1
                col += 1
            line, col = line + 1, 0
        raise PatchError("flow collection not closed")

    def is_flow(self, node: Any) -> bool:
        return bool(node.fa.flow_style())

    def comment_line(self, pointer: Pointer) -> tuple[int, int]:
        """The line (and indentation) of the nearest block-style key on the way to ``pointer``."""
        for cut in range(len(pointer), 0, -1):
            parent = self.node(pointer[: cut - 1])
            if isinstance(parent, CommentedMap) and not self.is_flow(parent):
                line, col = parent.lc.key(self.key_of(parent, pointer[cut - 1]))
                return line, col
        return 0, 0


def _kind_for(status: int) -> str:
    inverse = {code: kind for kind, code in KIND_STATUS.items()}
    return inverse.get(status, "server" if status >= 500 else "invalid_request")


@dataclass
class Edit:
    """One change of the spec, and the findings it answers."""

    action: str
    pointer: Pointer
    value: Any
    findings: list[Finding]

    @property
    def count(self) -> int:
        return sum(f.count for f in self.findings)


def plan(findings: Iterable[Finding], *, min_observations: int) -> list[Edit]:
    """Group the findings into edits (one per spec node and value): several operations reaching one
    component schema make one edit, with their counts added up."""
    edits: dict[tuple[Any, ...], Edit] = {}
    for f in findings:
        if f.kind == "undocumented_field":
            key: tuple[Any, ...] = ("property", f.pointer, f.detail["name"])
            value: Any = (f.detail["name"], f.detail.get("schema") or {})
        elif f.kind == "enum_value":
            key, value = ("enum", f.pointer, repr(f.detail["value"])), f.detail["value"]
        elif f.kind == "nullable":
            key, value = ("nullable", f.pointer), None
        elif f.kind == "new_status" and f.status is not None:
            key, value = ("response", f.pointer, f.status), (f.status, f.example)
        elif f.kind in ("new_error_status", "new_error_code"):
            code = f.detail["value"] if f.kind == "new_error_code" else None
            key, value = ("row", f.kind, repr(f.detail["value"])), (f.detail["http_status"], code, f.example)
        else:
            key, value = (
                ("comment", f.pointer, f.kind, repr(f.detail.get("name", f.detail.get("value")))),
                None,
            )
        edit = edits.setdefault(key, Edit(key[0], f.pointer, value, []))
        edit.findings.append(f)
    for edit in edits.values():
        if edit.action != "comment" and edit.count < min_observations:
            edit.action = "comment"
            for f in edit.findings:
                f.note = f"seen {edit.count} time(s): reported, not patched (needs {min_observations})"
        elif edit.action == "comment":
            for f in edit.findings:
                f.note = f.note or ("not additive: the server or the spec is wrong -- a comment, not an edit")
    return list(edits.values())


def _comment(edit: Edit) -> str:
    f = edit.findings[0]
    ops = sorted({x.operation for x in edit.findings})
    where = f" at {f.where}" if f.where else ""
    what = {
        "required_missing": f"required field `{f.detail.get('name')}` missing",
        "type_changed": f"{f.detail.get('seen')} seen where {f.detail.get('documented')} is documented",
        "format_mismatch": f"{f.example!r} is not a {f.detail.get('documented')}",
        "datetime_no_offset": f"{f.example!r} has no offset",
        "undocumented_header": f"undocumented header {f.detail.get('name')}",
        "undocumented_operation": "undocumented operation",
        "error_status_mismatch": f"code {f.detail.get('value')} answered with HTTP {f.detail.get('http_status')}",
    }.get(f.kind, f"{f.title} {f.detail.get('value', '')!s}".strip())
    return f"# drift: {what}{where} in {edit.count} answer(s) ({', '.join(ops[:3])}); e.g. {f.request}"


class Patcher:
    """Turns edits into splices of the spec's text."""

    def __init__(self, text: str, document: dict[str, Any]) -> None:
        self.t = _Text(text)
        self.doc = document
        self.splices: list[_Splice] = []

    def apply(self, edit: Edit) -> None:
        getattr(self, f"_{edit.action}")(edit)

    def _comment(self, edit: Edit) -> None:
        line, col = self.t.comment_line(edit.pointer) if edit.pointer else (0, 0)
        text = _comment(edit).replace("\n", " ")
        self.splices.append(_Splice(line, 0, " " * col + text + "\n"))

    def _property(self, edit: Edit) -> None:
        name, schema = edit.value
        ops = len({f.operation for f in edit.findings})
        schema = {
            **schema,
            "description": f"Not documented: seen in {edit.count} answers of {ops} operation(s) (space-sdk drift).",
        }
        props = self.t.node(edit.pointer)
        if not isinstance(props, CommentedMap) or self.t.is_flow(props) or not props:
            raise PatchError("properties are not a block mapping")
        last = list(props)[-1]
        line, col = props.lc.key(last)
        at = self.t.block_end(line, col)
        self.splices.append(_Splice(at, 0, " " * col + f"{scalar(name)}: {flow(schema)}\n"))

    def _enum(self, edit: Edit) -> None:
        values = self.t.node(edit.pointer)
        if not isinstance(values, CommentedSeq) or not values:
            raise PatchError("enum is not a list")
        line, col = values.lc.item(len(values) - 1)
        if self.t.is_flow(values):
            at_line, at_col = self.t.closing(line, col, "]")
            self.splices.append(_Splice(at_line, at_col, f", {scalar(edit.value)}"))
        else:
            dash = self.t.indent(line)
            at = self.t.block_end(line, dash)
            self.splices.append(_Splice(at, 0, " " * dash + f"- {scalar(edit.value)}\n"))

    def _nullable(self, edit: Edit) -> None:
        parent = self.t.node(edit.pointer[:-1])
        node = self.t.node(edit.pointer)
        if not isinstance(node, CommentedMap):
            raise PatchError("schema is not a mapping")
        if "type" in node:
            line, col = node.lc.value("type")
            if isinstance(node["type"], CommentedSeq) and node["type"]:
                last = node["type"].lc.item(len(node["type"]) - 1)
                at_line, at_col = self.t.closing(last[0], last[1], "]")
                self.splices.append(_Splice(at_line, at_col, ", 'null'"))
                return
            token = re.match(r"'[^']*'|\"[^\"]*\"|[\w-]+", self.t.lines[line][col:])
            if token is None:
                raise PatchError("cannot read the type")
            kept = token.group(0)
            self.splices.append(_Splice(line, col, f"[{kept}, 'null']", end=col + len(kept)))
            return
        for key in ("oneOf", "anyOf"):
            branches = node.get(key)
            if isinstance(branches, CommentedSeq) and branches:
                line, col = branches.lc.item(len(branches) - 1)
                if self.t.is_flow(branches):
                    at_line, at_col = self.t.closing(line, col, "]")
                    self.splices.append(_Splice(at_line, at_col, ", {type: 'null'}"))
                else:
                    dash = self.t.indent(line)
                    at = self.t.block_end(line, dash)
                    self.splices.append(_Splice(at, 0, " " * dash + "- {type: 'null'}\n"))
                return
        if "$ref" in node and self.t.is_flow(node) and isinstance(parent, CommentedMap):
            line, col = parent.lc.value(self.t.key_of(parent, edit.pointer[-1]))
            end_line, end_col = self.t.closing(line, col + 1, "}")
            if end_line != line:
                raise PatchError("a $ref over several lines")
            rest = {str(k): v for k, v in self.doc_node(edit.pointer).items() if k != "$ref"}
            new = {**rest, "oneOf": [{"$ref": node["$ref"]}, {"type": "null"}]}
            self.splices.append(_Splice(line, col, flow(new), end=end_col + 1))
            return
        raise PatchError("no type to widen")

    def doc_node(self, pointer: Pointer) -> Any:
        from space_sdk.drift.analyse import _get

        return _get(self.doc, pointer)

    def _response(self, edit: Edit) -> None:
        status, example = edit.value
        from space_sdk.drift.analyse import _get, _resolve_ref

        documented = _get(self.doc, edit.pointer)
        content: Any = None
        # an error takes the body schema of the operation's documented errors; a success with a body that of
        # its documented success (a 200 where 201 was documented); a success without a body none (a 204)
        family = "45" if status >= 400 else ("2" if example is not None else "")
        for code, sibling in documented.items():
            if str(code)[0] in family:
                while isinstance(sibling, dict) and "$ref" in sibling:
                    sibling = _get(self.doc, _resolve_ref(self.doc, sibling["$ref"]))
                if isinstance(sibling, dict) and sibling.get("content"):
                    content = sibling["content"]
                    break
        response: dict[str, Any] = {
            "description": f"Not documented: seen {edit.count} times (space-sdk drift)."
        }
        if content is not None:
            response["content"] = content
        elif isinstance(example, dict | list) and family:
            from space_sdk.drift.infer import Inferred

            inferred = Inferred()
            inferred.observe(example)
            response["content"] = {"application/json": {"schema": inferred.schema()}}
        mapping = self.t.node(edit.pointer)
        if not isinstance(mapping, CommentedMap) or self.t.is_flow(mapping):
            raise PatchError("responses are a flow mapping")
        keys = list(mapping)
        after = next((k for k in keys if str(k).isdigit() and int(str(k)) > status), None)
        if after is not None:
            line, col = mapping.lc.key(after)
            at = line
        else:
            line, col = mapping.lc.key(keys[-1])
            at = self.t.block_end(line, col)
        self.splices.append(_Splice(at, 0, " " * col + f"'{status}': {flow(response)}\n"))

    def _row(self, edit: Edit) -> None:
        status, code, message = edit.value
        table = self.t.node(("x-errors", "table"))
        if not isinstance(table, CommentedSeq) or not table or self.t.is_flow(table):
            raise PatchError("x-errors.table is not a block list")
        row: dict[str, Any] = {}
        if code is not None:
            row["code"] = code
        row.update(http_status=status, kind=_kind_for(status), retryable=status >= 500 or status == 429)
        row["message"] = str(message) if isinstance(message, str) and message else f"HTTP {status}"
        line, _col = table.lc.item(len(table) - 1)
        dash = self.t.indent(line)
        at = self.t.block_end(line, dash)
        self.splices.append(_Splice(at, 0, " " * dash + f"- {flow(row)}  # added by space-sdk drift\n"))

    def result(self, splices: list[_Splice] | None = None) -> str:
        """The text with ``splices`` (default: every splice so far) made."""
        lines = list(self.t.lines)
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        # later positions first, so earlier ones stay valid; on one line, by column. A node reached through
        # several aliases (`count: *list_count`) is one place in the text: its edit is made once.
        chosen = self.splices if splices is None else splices
        unique = {(s.line, s.col, s.end, s.text): s for s in chosen}
        for splice in sorted(unique.values(), key=lambda s: (s.line, s.col), reverse=True):
            if splice.line >= len(lines):
                lines.append(splice.text)
                continue
            text = lines[splice.line]
            end = splice.end if splice.end is not None else splice.col
            lines[splice.line] = text[: splice.col] + splice.text + text[end:]
        return "".join(lines)


def _not_patched(edit: Edit, note: str) -> None:
    edit.action = "skipped"
    for f in edit.findings:
        f.note = note


def _parses(text: str) -> bool:
    import yaml

    from space_sdk.spec import parse_document

    try:
        parse_document(text)
    except (yaml.YAMLError, ValueError):
        return False
    return True


@dataclass
class Patched:
    """The patched spec text, its diff, and which findings became edits."""

    text: str
    diff: str
    edits: list[Edit]


def patch_spec(
    text: str,
    document: dict[str, Any],
    findings: list[Finding],
    *,
    label: str,
    min_observations: int = MIN_OBSERVATIONS,
) -> Patched:
    """Splice every planned edit into ``text``; ``label`` is the path the diff names (``openapi/x.yaml``)."""
    edits = plan(findings, min_observations=min_observations)
    patcher = Patcher(text, document)
    placed: list[tuple[Edit, list[_Splice]]] = []
    for edit in edits:
        before = len(patcher.splices)
        try:
            patcher.apply(edit)
        except (PatchError, KeyError, IndexError, StopIteration) as exc:
            del patcher.splices[before:]
            _not_patched(edit, f"not patched: {exc}")
            continue
        placed.append((edit, patcher.splices[before:]))
    new = patcher.result()
    if not _parses(new):
        # a splice that breaks the YAML is a bug here: find the edits that do, drop them, never a broken patch
        kept: list[_Splice] = []
        for edit, splices in placed:
            if _parses(patcher.result(splices)):
                kept += splices
            else:
                _not_patched(edit, "not patched: the edit would break the YAML (a space-sdk drift bug)")
        new = patcher.result(kept)
    for edit, _ in placed:
        if edit.action not in ("comment", "skipped"):
            for f in edit.findings:
                f.patched = True
    diff = "".join(
        difflib.unified_diff(
            text.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{label}", f"b/{label}"
        )
    )
    return Patched(new, diff, edits)
