"""Lint the specs in openapi/: OpenAPI validity plus the project's own rules.

    python -m generator.speclint [SPEC ...]       # default: every openapi/*.yaml

Each problem is one line ``<file>: <METHOD path> (<operationId>): <rule>: <what is wrong>`` so a reader can
jump straight to it. The rules are the conventions in openapi/README.md:

- ``spec-valid``            openapi-spec-validator accepts the document (OpenAPI 3.1)
- ``operation-id``          every operation has a unique snake_case operationId
- ``one-tag``               every operation has exactly one tag, declared in the top-level ``tags``
- ``summary``               every operation has a summary
- ``security``              every operation is covered by a declared security scheme
- ``responses``             every operation documents a success (2xx) and 401
- ``envelope``              with ``x-envelope``: 200 has a success envelope carrying ``data``; 401 an error envelope
- ``example-valid``         every example validates against the schema beside it
- ``error-code-reachable``  every ``x-errors.table`` row can be returned by some operation at its HTTP status
- ``vendor-data``           the vendor extensions are well formed and name parameters that exist
- ``schema-keys``           every key of a schema is a JSON Schema 2020-12 / OpenAPI 3.1 keyword or ``x-*``: a
                            stray key is usually the tail of a description cut at a comma in a ``{...}`` flow map
- ``strict-yaml``           the file is strict YAML 1.2 (ruamel.yaml, pure, safe and round-trip) with the same data
                            as our loader reads, and no plain scalar inside ``{...}``/``[...]`` holds a ``:``
                            (``device://dev/vda``), which YAML 1.1 parsers (Dredd's among them) refuse: quote it
"""

from __future__ import annotations

import argparse
import io
import keyword
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError as RuamelYAMLError

from space_sdk._refs import deref
from space_sdk.spec import load_document, parse_document

ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
ERROR_KINDS = frozenset(
    {
        "authentication",
        "permission",
        "invalid_request",
        "not_found",
        "conflict",
        "rate_limit",
        "server",
        "data_not_ready",
        "job_failed",
    }
)
_SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")
_SPEC_URI = "urn:space-sdk:spec"
# Every keyword a schema object may carry: JSON Schema 2020-12 (core, applicator, unevaluated, validation,
# meta-data, format, content) plus OpenAPI 3.1's own (discriminator, xml, externalDocs, example).
_KEYWORDS = """
$id $schema $ref $anchor $dynamicRef $dynamicAnchor $vocabulary $comment $defs
allOf anyOf oneOf not if then else dependentSchemas prefixItems items contains properties patternProperties
additionalProperties propertyNames unevaluatedItems unevaluatedProperties
type const enum multipleOf maximum exclusiveMaximum minimum exclusiveMinimum maxLength minLength pattern
maxItems minItems uniqueItems maxContains minContains maxProperties minProperties required dependentRequired
title description default deprecated readOnly writeOnly examples format contentEncoding contentMediaType
contentSchema discriminator xml externalDocs example
"""
SCHEMA_KEYWORDS = frozenset(_KEYWORDS.split())
_SUBSCHEMA = frozenset(
    ("not", "if", "then", "else", "items", "contains", "additionalProperties", "propertyNames")
)
_SUBSCHEMA |= {"unevaluatedItems", "unevaluatedProperties", "contentSchema"}
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas", "$defs")


@dataclass(frozen=True)
class Problem:
    """One broken rule, located as precisely as the rule allows."""

    file: str
    where: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.where}: {self.rule}: {self.message}"


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    node: dict[str, Any]

    @property
    def where(self) -> str:
        return f"{self.method.upper()} {self.path} ({self.node.get('operationId', '?')})"

    def parameters(self, spec: dict[str, Any], path_item: dict[str, Any]) -> list[dict[str, Any]]:
        params = [resolve(spec, p) for p in path_item.get("parameters", [])]
        params += [resolve(spec, p) for p in self.node.get("parameters", [])]
        return params


def _pointer(path: str) -> str:
    return path.replace("~", "~0").replace("/", "~1")


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s (``#/...``) until a node without one is reached."""
    return deref(spec, node)


def iter_operations(spec: dict[str, Any]) -> Iterator[tuple[Operation, dict[str, Any]]]:
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield Operation(method, path, item[method]), item


def _schema_stray_keys(schema: Any, pointer: str) -> Iterator[tuple[str, str]]:
    """(pointer, key) for every key of ``schema`` and its subschemas that is no schema keyword."""
    if not isinstance(schema, dict):
        return
    for key, value in schema.items():
        key = str(key)
        here = f"{pointer}/{_pointer(key)}"
        if key not in SCHEMA_KEYWORDS and not key.startswith("x-"):
            yield pointer, key
        elif key in _SUBSCHEMA:
            yield from _schema_stray_keys(value, here)
        elif key in _SUBSCHEMA_LISTS and isinstance(value, list):
            for i, sub in enumerate(value):
                yield from _schema_stray_keys(sub, f"{here}/{i}")
        elif key in _SUBSCHEMA_MAPS and isinstance(value, dict):
            for name, sub in value.items():
                yield from _schema_stray_keys(sub, f"{here}/{_pointer(str(name))}")


def stray_schema_keys(spec: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Every schema of the document (components, parameters, headers, media types; examples skipped)."""

    def walk(node: Any, pointer: str) -> Iterator[tuple[str, str]]:
        if isinstance(node, dict):
            for key, value in node.items():
                here = f"{pointer}/{_pointer(str(key))}"
                if key == "schema" and not pointer.endswith("/properties"):
                    yield from _schema_stray_keys(value, here)
                elif key not in ("example", "examples", "components"):
                    yield from walk(value, here)
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from walk(value, f"{pointer}/{i}")

    components = spec.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield from _schema_stray_keys(schema, f"#/components/schemas/{_pointer(str(name))}")
    yield from walk({k: v for k, v in components.items() if k != "schemas"}, "#/components")
    yield from walk({k: v for k, v in spec.items() if k != "components"}, "#")


def yaml_problems(file: str, text: str) -> list[Problem]:
    """The ``strict-yaml`` rule on a spec's text (the other rules see only the loaded data)."""
    problems: list[Problem] = []
    try:
        ours = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        return [Problem(file, "<document>", "strict-yaml", f"not YAML: {exc}")]
    for typ in ("safe", "rt"):
        loader = YAML(typ=typ, pure=True)
        loader.version = (1, 2)
        try:
            strict = loader.load(io.StringIO(text))
        except RuamelYAMLError as exc:
            problems.append(Problem(file, "<document>", "strict-yaml", f"YAML 1.2 ({typ}) refuses it: {exc}"))
            continue
        if typ == "safe" and strict != ours:
            problems.append(
                Problem(file, "<document>", "strict-yaml", "YAML 1.2 reads other values than YAML 1.1 does")
            )
    depth = 0
    for token in yaml.scan(text):
        if isinstance(token, yaml.FlowMappingStartToken | yaml.FlowSequenceStartToken):
            depth += 1
        elif isinstance(token, yaml.FlowMappingEndToken | yaml.FlowSequenceEndToken):
            depth -= 1
        elif isinstance(token, yaml.ScalarToken) and depth and token.plain and ":" in token.value:
            problems.append(
                Problem(
                    file,
                    f"line {token.start_mark.line + 1}",
                    "strict-yaml",
                    f"plain {token.value!r} holds ':' inside a flow collection (YAML 1.1 parsers refuse it): quote it",
                )
            )
    return problems


class _Examples:
    """Validates example values against schemas given as JSON pointers into the spec."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self._registry: Registry[Any] = Registry().with_resource(
            _SPEC_URI, Resource.from_contents(spec, default_specification=DRAFT202012)
        )

    def errors(self, pointer: str, value: Any) -> list[str]:
        validator = Draft202012Validator(
            {"$ref": f"{_SPEC_URI}#{pointer}"},
            registry=self._registry,
            format_checker=Draft202012Validator.FORMAT_CHECKER,
        )
        found = []
        for error in validator.iter_errors(value):
            # "not valid under any of the given schemas" says nothing; show the reason found deepest in the
            # value, which is the branch that came closest to matching.
            while error.context:
                error = max(error.context, key=lambda e: len(e.absolute_path))
            found.append(f"{'/'.join(str(p) for p in error.absolute_path) or '<root>'}: {error.message}")
        return found


def _schema_codes(spec: dict[str, Any], schema: Any, field: str, depth: int = 0) -> set[int | str]:
    """Every value the error-code field ``field`` may take in ``schema`` (enum/const, through compositions):
    integers (Spacescope's codes) or strings (Scaleway's ``type``, SpaceKnow's ``error``)."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or depth > 20:
        return set()
    codes: set[int | str] = set()
    prop = resolve(spec, (schema.get("properties") or {}).get(field, {}))
    if isinstance(prop, dict):
        codes.update(v for v in prop.get("enum", []) if isinstance(v, int | str) and not isinstance(v, bool))
        if isinstance(prop.get("const"), int | str) and not isinstance(prop.get("const"), bool):
            codes.add(prop["const"])
    for key in ("oneOf", "anyOf", "allOf"):
        for sub in schema.get(key, []):
            codes |= _schema_codes(spec, sub, field, depth + 1)
    return codes


def _has_property(spec: dict[str, Any], schema: Any, field: str, depth: int = 0) -> bool:
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or depth > 20:
        return False
    if field in (schema.get("properties") or {}):
        return True
    return any(
        _has_property(spec, sub, field, depth + 1) for key in ("allOf",) for sub in schema.get(key, [])
    )


def _variants(spec: dict[str, Any], schema: Any) -> list[Any]:
    schema = resolve(spec, schema)
    if isinstance(schema, dict):
        alternatives: list[Any] = schema.get("oneOf") or schema.get("anyOf") or []
        if alternatives:
            return [resolve(spec, s) for s in alternatives]
    return [schema]


def _json_schema(response: dict[str, Any]) -> Any:
    content = response.get("content") or {}
    for media, body in content.items():
        if "json" in media:
            return body.get("schema")
    return None


class Linter:
    """All rules for one spec file; ``run()`` returns the problems found."""

    def __init__(self, path: Path, spec: dict[str, Any]) -> None:
        self.path = path
        self.file = path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path)
        self.spec = spec
        self.problems: list[Problem] = []

    def report(self, where: str, rule: str, message: str) -> None:
        self.problems.append(Problem(self.file, where, rule, message))

    def run(self) -> list[Problem]:
        self.check_valid()
        ops = list(iter_operations(self.spec))
        self.check_operation_ids(ops)
        for op, item in ops:
            self.check_tags(op)
            self.check_summary(op)
            self.check_security(op)
            self.check_responses(op)
            self.check_envelope(op)
            self.check_vendor_operation(op, item)
        self.check_examples(ops)
        self.check_error_table(ops)
        self.check_sdk_methods(ops)
        self.check_login(ops)
        self.check_schema_keys()
        return self.problems

    def check_schema_keys(self) -> None:
        for pointer, key in stray_schema_keys(self.spec):
            self.report(
                pointer,
                "schema-keys",
                f"{key!r} is not a schema keyword (a description cut at a comma in a {{...}} map? quote it)",
            )

    def check_valid(self) -> None:
        try:
            errors = list(OpenAPIV31SpecValidator(self.spec).iter_errors())
        except Exception as exc:  # the validator raises on documents it cannot even walk
            errors = [exc]
        for err in errors[:20]:
            self.report("<document>", "spec-valid", str(getattr(err, "message", err)).splitlines()[0])

    def check_operation_ids(self, ops: list[tuple[Operation, dict[str, Any]]]) -> None:
        seen: dict[str, str] = {}
        for op, _ in ops:
            op_id = op.node.get("operationId")
            if not op_id:
                self.report(op.where, "operation-id", "no operationId")
            elif not _SNAKE.match(op_id):
                self.report(op.where, "operation-id", f"{op_id!r} is not snake_case")
            elif op_id in seen:
                self.report(op.where, "operation-id", f"{op_id!r} is also used by {seen[op_id]}")
            else:
                seen[op_id] = op.where

    def check_tags(self, op: Operation) -> None:
        tags = op.node.get("tags") or []
        declared = {t.get("name") for t in self.spec.get("tags") or []}
        if len(tags) != 1:
            self.report(op.where, "one-tag", f"has {len(tags)} tags {tags}; exactly one is allowed")
        elif tags[0] not in declared:
            self.report(op.where, "one-tag", f"tag {tags[0]!r} is not declared in the top-level tags")

    def check_summary(self, op: Operation) -> None:
        if not str(op.node.get("summary") or "").strip():
            self.report(op.where, "summary", "no summary")

    def check_security(self, op: Operation) -> None:
        security = op.node.get("security", self.spec.get("security"))
        schemes = ((self.spec.get("components") or {}).get("securitySchemes")) or {}
        if security == [] and op.node.get("security") == [] and self._own_servers(op):
            return  # an operation on its own host (a login endpoint) may opt out explicitly with security: []
        if not security:
            self.report(
                op.where, "security", "no security requirement (none on the operation or the document)"
            )
            return
        for requirement in security:
            for name in requirement:
                if name not in schemes:
                    self.report(op.where, "security", f"security scheme {name!r} is not in components")

    def _own_servers(self, op: Operation) -> bool:
        item = (self.spec.get("paths") or {}).get(op.path) or {}
        return bool(op.node.get("servers") or item.get("servers"))

    def check_responses(self, op: Operation) -> None:
        responses = op.node.get("responses") or {}
        if not any(str(status).startswith("2") for status in responses):
            self.report(op.where, "responses", "no success (2xx) answer is documented")
        # an operation anyone may call (security: [{}], e.g. a login) still answers 401 for bad credentials
        if "401" not in responses:
            self.report(op.where, "responses", "HTTP 401 is not documented")

    def check_envelope(self, op: Operation) -> None:
        envelope = self.spec.get("x-envelope")
        if not envelope:
            return
        responses = op.node.get("responses") or {}
        fields = [envelope["request_id"], envelope["code"], envelope["message"]]
        ok = resolve(self.spec, responses.get("200", {}))
        variants = _variants(self.spec, _json_schema(ok) if isinstance(ok, dict) else None)
        success = [
            v for v in variants if envelope["success_code"] in _schema_codes(self.spec, v, envelope["code"])
        ]
        if not success:
            self.report(
                op.where,
                "envelope",
                f"200 has no envelope with {envelope['code']} = {envelope['success_code']}",
            )
        for variant in success:
            missing = [f for f in [*fields, envelope["data"]] if not _has_property(self.spec, variant, f)]
            if missing:
                self.report(op.where, "envelope", f"200 success envelope lacks {missing}")
        unauthorized = resolve(self.spec, responses.get("401", {}))
        schema = _json_schema(unauthorized) if isinstance(unauthorized, dict) else None
        missing = [f for f in fields if schema is None or not _has_property(self.spec, schema, f)]
        if "401" in responses and missing:
            self.report(op.where, "envelope", f"401 body is not the error envelope (lacks {missing})")

    def _example_sites(
        self, ops: list[tuple[Operation, dict[str, Any]]]
    ) -> Iterator[tuple[str, str, str, Any]]:
        """(where, schema pointer, example name, value) for every example in the operations."""
        for op, _item in ops:
            base = f"/paths/{_pointer(op.path)}/{op.method}"
            for i, param in enumerate(op.node.get("parameters", [])):
                resolved = resolve(self.spec, param)
                pointer = (param["$ref"][1:] if "$ref" in param else f"{base}/parameters/{i}") + "/schema"
                yield from self._media_examples(op.where, pointer[: -len("/schema")], resolved, "schema")
            body = op.node.get("requestBody")
            if body:
                ptr = body["$ref"][1:] if "$ref" in body else f"{base}/requestBody"
                for media, content in (resolve(self.spec, body).get("content") or {}).items():
                    yield from self._media_examples(
                        op.where, f"{ptr}/content/{_pointer(media)}", content, "schema"
                    )
            for status, response in (op.node.get("responses") or {}).items():
                ptr = response["$ref"][1:] if "$ref" in response else f"{base}/responses/{status}"
                for media, content in (resolve(self.spec, response).get("content") or {}).items():
                    yield from self._media_examples(
                        f"{op.where} {status}", f"{ptr}/content/{_pointer(media)}", content, "schema"
                    )

    def _media_examples(
        self, where: str, pointer: str, node: dict[str, Any], key: str
    ) -> Iterator[tuple[str, str, str, Any]]:
        if key not in node:
            return
        if "example" in node:
            yield where, f"{pointer}/{key}", "example", node["example"]
        for name, example in (node.get("examples") or {}).items():
            example = resolve(self.spec, example)
            if isinstance(example, dict) and "value" in example:
                yield where, f"{pointer}/{key}", name, example["value"]

    def check_examples(self, ops: list[tuple[Operation, dict[str, Any]]]) -> None:
        checker = _Examples(self.spec)
        for where, pointer, name, value in self._example_sites(ops):
            for error in checker.errors(pointer, value)[:3]:
                self.report(where, "example-valid", f"example {name!r}: {error}")

    def check_error_table(self, ops: list[tuple[Operation, dict[str, Any]]]) -> None:
        errors = self.spec.get("x-errors")
        if not isinstance(errors, dict) or not isinstance(errors.get("table"), list):
            self.report("x-errors", "vendor-data", "x-errors.table is missing")
            return
        body = errors.get("body") or {}
        code_field = str(body.get("code", ""))
        for row in errors["table"]:
            kind, status, code = row.get("kind"), row.get("http_status"), row.get("code")
            label = f"x-errors.table[{code if code is not None else status}]"
            if kind not in ERROR_KINDS:
                self.report(label, "vendor-data", f"kind {kind!r} is not one of {sorted(ERROR_KINDS)}")
            if not isinstance(status, int) or not isinstance(row.get("retryable"), bool):
                self.report(label, "vendor-data", "needs an integer http_status and a boolean retryable")
                continue
            reachable = False
            for op, _ in ops:
                response = (op.node.get("responses") or {}).get(str(status))
                if response is None:
                    continue
                schema = _json_schema(resolve(self.spec, response))
                if code is None:
                    reachable = schema is not None and _has_property(
                        self.spec, schema, body.get("message", "")
                    )
                else:
                    reachable = schema is not None and code in _schema_codes(self.spec, schema, code_field)
                if reachable:
                    break
            if not reachable:
                what = (
                    f"code {code} with HTTP {status}"
                    if code is not None
                    else f"HTTP {status} with the error body"
                )
                self.report(label, "error-code-reachable", f"no operation documents {what}")

    def check_vendor_operation(self, op: Operation, item: dict[str, Any]) -> None:
        names = {p.get("name") for p in op.parameters(self.spec, item)}
        date_range = op.node.get("x-date-range")
        if date_range is not None:
            for key in ("start", "end"):
                if date_range.get(key) not in names:
                    self.report(
                        op.where,
                        "vendor-data",
                        f"x-date-range.{key} {date_range.get(key)!r} is not a parameter",
                    )
            if date_range.get("unit") not in ("day", "hour"):
                self.report(op.where, "vendor-data", "x-date-range.unit must be 'day' or 'hour'")
            if not isinstance(date_range.get("max_days"), int) or date_range["max_days"] < 1:
                self.report(op.where, "vendor-data", "x-date-range.max_days must be a positive integer")
        for name in op.node.get("x-require-any-of", []):
            if name not in names:
                self.report(
                    op.where, "vendor-data", f"x-require-any-of names {name!r}, which is not a parameter"
                )
        pagination = op.node.get("x-pagination")
        if pagination is not None:
            style = pagination.get("style")
            keys = {
                "page": ("page_param", "size_param"),
                "cursor": ("limit_param", "after_param"),
                "link": ("page_param", "size_param"),
                "body_cursor": (),  # the cursor is a body field, not a parameter
            }.get(style)
            if keys is None:
                self.report(
                    op.where, "vendor-data", f"x-pagination.style {style!r} is not 'page', 'cursor' or 'link'"
                )
            else:
                for key in keys:
                    if pagination.get(key) not in names:
                        self.report(
                            op.where,
                            "vendor-data",
                            f"x-pagination.{key} {pagination.get(key)!r} is not a parameter",
                        )

    def check_login(self, ops: list[tuple[Operation, dict[str, Any]]]) -> None:
        """``x-auth-login`` names operations that exist, known credentials and JSON pointers."""
        ids = {str(op.node.get("operationId")) for op, _ in ops}
        schemes = (self.spec.get("components") or {}).get("securitySchemes") or {}
        for name, scheme in schemes.items():
            login = scheme.get("x-auth-login") if isinstance(scheme, dict) else None
            if login is None:
                continue
            where = f"securitySchemes.{name}.x-auth-login"
            for key in ("operation", "extend", "revoke"):
                op_id = login.get(key)
                if (key == "operation" or op_id is not None) and op_id not in ids:
                    self.report(where, "vendor-data", f"{key} {op_id!r} is not an operationId")
            for body_field, credential in (login.get("credentials") or {}).items():
                if credential not in ("email", "password"):
                    self.report(
                        where,
                        "vendor-data",
                        f"credentials.{body_field}: {credential!r} is not email/password",
                    )
            for key in ("token", "expires_at", "issued_at"):
                pointer = login.get(key)
                if (key == "token" or pointer is not None) and not str(pointer or "").startswith("/"):
                    self.report(where, "vendor-data", f"{key} {pointer!r} is not a JSON pointer")

    def check_sdk_methods(self, ops: list[tuple[Operation, dict[str, Any]]]) -> None:
        seen: dict[str, str] = {}
        for op, _ in ops:
            tags = op.node.get("tags") or ["?"]
            method = op.node.get("x-sdk-method") or f"{tags[0]}.{op.node.get('operationId')}"
            parts = str(method).split(".")
            if len(parts) < 2 or not all(p.isidentifier() and not keyword.iskeyword(p) for p in parts):
                self.report(
                    op.where, "vendor-data", f"x-sdk-method {method!r} must be dotted Python identifiers"
                )
            elif method in seen:
                self.report(
                    op.where, "vendor-data", f"x-sdk-method {method!r} is also used by {seen[method]}"
                )
            else:
                seen[method] = op.where


def lint_spec(path: Path, spec: dict[str, Any] | None = None) -> list[Problem]:
    """Lint one spec (``spec`` overrides the file's content, for tests)."""
    text_problems: list[Problem] = []
    if spec is None:
        text = path.read_text(encoding="utf-8")
        linter_file = Linter(path, {}).file
        text_problems = yaml_problems(linter_file, text)
        if any(p.message.startswith("not YAML") for p in text_problems):
            return text_problems
        try:
            spec = parse_document(text, str(path))
        except ValueError:
            spec = None
    if not isinstance(spec, dict):
        return [Problem(str(path), "<document>", "spec-valid", "not a YAML mapping")]
    return text_problems + Linter(path, spec).run()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("specs", nargs="*", type=Path)
    args = parser.parse_args(argv)
    paths = [p.resolve() for p in args.specs] or sorted((ROOT / "openapi").glob("*.yaml"))
    problems = [p for path in paths for p in lint_spec(path)]
    for problem in problems:
        print(problem, file=sys.stderr)
    ops = sum(len(list(iter_operations(load_document(p)))) for p in paths)
    print(f"speclint: {len(paths)} spec(s), {ops} operation(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
