"""Render ``<package>/_sdk.py``: the typed resource layer between a generated client and ``space_sdk``.

    render_facade(spec, "spacescope_client") -> Python source

The module holds the spec's per-API data (``API``) and per-operation data (``OPERATIONS``) as literals,
and resource classes (sync, async, and ``with_raw_response`` twins) whose methods follow ``x-sdk-method``
(default ``<tag>.<operationId>``). Each method only hands its arguments, the endpoint's generated
``_get_kwargs`` and the result model's generated ``from_dict`` to the ``space_sdk`` core.

Names and Python types come from openapi-python-client's own parser (the version that generated the
package), so the facade always agrees with the code beside it. Result shapes:

* ``rows``  -- envelope ``data`` that is an array of a model, or a bare array  -> ``list[Model]``
* ``one``   -- envelope ``data`` that is one model, or a bare model             -> ``Model``
* ``page``  -- ``x-pagination``: ``Sync<stem>[Model]`` by style (``PAGE_STYLES``: cursor -> CursorPage, ...)
* ``job``   -- ``x-job``: ``Job[RetrieveModel]``; the node named by ``x-job.call`` also gets ``__call__``
  (start + wait + retrieve; with ``x-job.pages``: ``Sync<stem>[Item]`` pages, each a new job) and ``resume(id)``
* ``content`` -- a success answer that is not JSON (image/png) or empty (204): ``bytes`` / JSON / ``None``
* ``json``  -- anything else                                                     -> ``Any``
"""

from __future__ import annotations

import copy
import keyword
import pprint
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties import AnyProperty, EnumProperty, ModelProperty, Property
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.union import UnionProperty

from space_sdk._refs import deref, inline, strip_annotations

__all__ = ["FacadeError", "render_facade"]

TEMPLATES = Path(__file__).resolve().parent / "templates"
_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_PER_CALL = frozenset({"options", "timeout", "max_retries", "extra_headers", "extra_query"})
_RESERVED_ARGS = frozenset({"self"}) | _PER_CALL
#: names a body field cannot take as a keyword argument: the facade's own arguments
_RESERVED_FIELDS = frozenset({"self", "body", "max_wait", "on_progress"}) | _PER_CALL
#: x-pagination style -> page class stem; the same table as space_sdk._pagination.PAGE_STYLES (a test
#: compares them: the generator does not import the runtime package it generates code for)
PAGE_STYLES = {
    "page": "PageNumberPage",
    "cursor": "CursorPage",
    "body_cursor": "BodyCursorPage",
    "link": "LinkPage",
}


class FacadeError(ValueError):
    """Raised when the spec cannot be turned into a facade (clashing names, unparseable spec)."""


@dataclass
class Arg:
    python_name: str
    type: str
    required: bool
    doc: str
    is_body: bool = False


@dataclass
class BodyField:
    """One top-level field of a JSON (or form) request body, taken as a keyword argument."""

    python_name: str
    wire_name: str
    type: str
    required: bool
    doc: str

    @property
    def nullable(self) -> bool:
        """``None`` is a value to send (e.g. detach an IP): "not given" is then ``UNSET``."""
        return "None" in self.type.replace("NoneType", "").split(" | ")


@dataclass
class Method:
    name: str
    operation_id: str
    module_alias: str
    args: list[Arg]
    shape: str  # rows | one | page | json
    model: str | None
    page_class: str | None
    summary: str
    description: str
    job: JobData | None = None
    #: the body model's class name when its top-level fields are keyword arguments (``body=`` still works)
    body_model: str | None = None
    body_required: bool = False
    body_fields: list[BodyField] = field(default_factory=list)
    #: x-unwrap: the one field of the answer that holds the result (``{"server": {...}}`` -> ``server``)
    unwrap: str | None = None
    #: the ``content`` shape's Python type: ``None`` (204 only), ``bytes``, ``bytes | Model | None`` ...
    content: str | None = None


@dataclass
class JobData:
    """What a method of a job-starting operation (``x-job``) hands the core besides its own call."""

    status_id: str
    status_alias: str
    retrieve_id: str | None
    retrieve_alias: str | None
    id_name: str
    pages: bool  # x-job.pages: the one-call method returns pages of item_model, each page a new job
    item_model: str | None
    page_class: str | None
    #: x-unwrap of the retrieve call (the status call when x-job has no retrieve, e.g. a Scaleway task)
    retrieve_unwrap: str | None = None


@dataclass
class Node:
    path: tuple[str, ...]
    children: dict[str, Node] = field(default_factory=dict)
    methods: list[Method] = field(default_factory=list)
    #: the job-starting method whose one-call form (``__call__``) and ``resume`` this node carries
    call: Method | None = None

    @property
    def class_stem(self) -> str:
        return "".join(_pascal(p) for p in self.path) + "Resource" if self.path else "Resources"

    def walk(self) -> list[Node]:
        """Children before parents, so every class is defined before it is used."""
        out: list[Node] = []
        for child in self.children.values():
            out.extend(child.walk())
        out.append(self)
        return out


def render_facade(spec: Mapping[str, Any], package: str, *, config: ConfigFile | None = None) -> str:
    """The source of ``<package>/_sdk.py`` for ``spec`` (``config``: the openapi-python-client config used)."""
    cfg = Config.from_sources(config or ConfigFile(), MetaType.NONE, "spec", "utf-8", True, None)
    data = GeneratorData.from_dict(copy.deepcopy(dict(spec)), config=cfg)
    if isinstance(data, GeneratorError):
        raise FacadeError(f"{data.header}: {data.detail}")
    models: dict[str, ModelProperty] = {str(m.class_info.name): m for m in data.models}
    envelope = spec.get("x-envelope")
    root = Node(())
    # by operationId: openapi-python-client renames path parameters (mapId -> map_id) in ep.path
    by_id = {
        str(op.get("operationId")): (path, item, op)
        for path, item in spec.get("paths", {}).items()
        for method, op in item.items()
        if method in _HTTP_METHODS
    }
    operations: dict[str, dict[str, Any]] = {}
    imports: set[str] = set()
    for tag, collection in data.endpoint_collections_by_tag.items():
        for ep in collection.endpoints:
            raw_path, item, raw_op = by_id[str(ep.name)]
            op_id = str(ep.name)
            alias = f"_{tag}_{ep.name}"
            imports.add(f"from .api.{tag} import {ep.name} as {alias}")
            args, params = _arguments(spec, ep, item, raw_op, imports)
            body_model, body_required, body_fields, body_data = _body_fields(spec, ep, raw_op, imports, args)
            pagination = raw_op.get("x-pagination")
            shape, model = _result(ep, models, envelope, pagination)
            unwrap = None
            content = None
            if _is_content(spec, raw_op):
                shape, model = "content", None
                content = _content_type(spec, raw_op)
            elif shape == "one" and model is not None:
                unwrap, model = _unwrap(spec, raw_op, models, model)
            if model is not None:
                imports.add(f"from .models.{models[model].class_info.module_name} import {model}")
            sdk_method = raw_op.get("x-sdk-method") or f"{tag}.{op_id}"
            # an operation (or its path) served by another host, e.g. an auth service
            own_servers = raw_op.get("servers") or item.get("servers")
            operations[op_id] = {
                "operation_id": op_id,
                "method": ep.method.upper(),
                "path": raw_path,
                "tag": str(tag),
                "sdk_method": sdk_method,
                "summary": raw_op.get("summary", ""),
                "description": " ".join(str(raw_op.get("description", "")).split()),
                "date_range": raw_op.get("x-date-range"),
                "require_any_of": raw_op.get("x-require-any-of"),
                "pagination": pagination,
                "params": params,
                "shape": shape,
                "accept": _accept(spec, raw_op),
            }
            for key in (
                "x-job",
                "x-geojson",
                "x-tile-grid",
                "x-read-only",
            ):  # only where present: other APIs stay unchanged
                if raw_op.get(key) is not None:
                    operations[op_id][key[2:].replace("-", "_")] = raw_op[key]
            if own_servers:
                operations[op_id]["servers"] = _servers(own_servers)
            if body_data is not None:
                operations[op_id]["body"] = body_data
            if unwrap is not None:
                operations[op_id]["unwrap"] = unwrap
            *parents, name = sdk_method.split(".")
            node = root
            for part in parents:
                _identifier(part, sdk_method)
                node = node.children.setdefault(part, Node((*node.path, part)))
            _identifier(name, sdk_method)
            node.methods.append(
                Method(
                    name=name,
                    operation_id=op_id,
                    module_alias=alias,
                    args=args,
                    shape=shape,
                    model=model,
                    page_class=_page_class(pagination) if shape == "page" else None,
                    summary=_doc(raw_op.get("summary", "")),
                    description=_doc(raw_op.get("description", "")),
                    body_model=body_model,
                    body_required=body_required,
                    body_fields=body_fields,
                    unwrap=unwrap,
                    content=content,
                )
            )
    _link_jobs(root, operations, models, imports)
    _check_clashes(root)
    api = {
        "title": spec.get("info", {}).get("title"),
        "version": spec.get("info", {}).get("version"),
        "servers": _servers(spec.get("servers")),
        "security": spec.get("security", []),
        "security_schemes": {
            name: {k: v for k, v in scheme.items() if k != "description"}
            for name, scheme in spec.get("components", {}).get("securitySchemes", {}).items()
        },
        "x-envelope": envelope,
        "x-errors": spec.get("x-errors"),
        "x-data-freshness": spec.get("x-data-freshness"),
    }
    if spec.get("x-max-body-bytes") is not None:
        api["x-max-body-bytes"] = spec["x-max-body-bytes"]
    firsts = {"/" + path.strip("/").split("/", 1)[0] for path in spec.get("paths", {})}
    if len(firsts) == 1:
        # every path starts with it (Spacescope: /v2): a base_url ending with it is the wrong form
        api["paths_prefix"] = firsts.pop()
    auth_operations = _auth_operations(api["security_schemes"], operations)
    if auth_operations:
        # the login kind (x-auth-login) sends these itself: the core needs their method and path
        api["auth_operations"] = auth_operations
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["pyrepr"] = lambda v: pprint.pformat(v, indent=1, width=100, sort_dicts=False)
    return env.get_template("facade.py.jinja").render(
        package=package,
        title=api["title"],
        api=api,
        operations=dict(sorted(operations.items())),
        imports=sorted(imports),
        page_classes=sorted(
            {
                f"{kind}{stem}"
                for n in root.walk()
                for m in n.methods
                for stem in (m.page_class, m.job.page_class if m.job else None)
                if stem
                for kind in ("Async", "Sync")
            }
        ),
        nodes=root.walk(),
        has_jobs=any(m.job for n in root.walk() for m in n.methods),
    )


def _link_jobs(
    root: Node,
    operations: Mapping[str, dict[str, Any]],
    models: Mapping[str, ModelProperty],
    imports: set[str],
) -> None:
    """Give every ``x-job`` method its status / retrieve calls and put its one-call form on its node."""
    methods = {m.operation_id: m for n in root.walk() for m in n.methods}
    for method in methods.values():
        data = operations[method.operation_id].get("job")
        if not data:
            continue
        where = f"{method.operation_id}: x-job"
        status = methods.get(str(data.get("status")))
        if status is None:
            raise FacadeError(f"{where}.status {data.get('status')!r} is not an operationId")
        retrieve = methods.get(str(data["retrieve"])) if data.get("retrieve") else None
        if data.get("retrieve") and retrieve is None:
            raise FacadeError(f"{where}.retrieve {data.get('retrieve')!r} is not an operationId")
        if retrieve is None and status.shape == "one" and not data.get("pages"):
            # no result call: the result is the final status answer, typed by the status call (a Task)
            retrieve = status
        if retrieve is not None and retrieve.shape != "one":
            raise FacadeError(f"{where}: the retrieve call must answer one model, not {retrieve.shape!r}")
        item_model = page_class = None
        pages = data.get("pages")
        if pages:
            if retrieve is None or retrieve.model is None:
                raise FacadeError(f"{where}.pages needs a retrieve call answering a model")
            inner = _field(models[retrieve.model], str(pages.get("items")))
            if not (isinstance(inner, ListProperty) and isinstance(inner.inner_property, ModelProperty)):
                raise FacadeError(f"{where}.pages.items {pages.get('items')!r} is not a list of a model")
            item_model = str(inner.inner_property.class_info.name)
            imports.add(f"from .models.{models[item_model].class_info.module_name} import {item_model}")
            page_class = _page_class(pages)
        id_name = str(data.get("id_name", "job_id"))
        _identifier(id_name, where + ".id_name")
        method.shape = "job"
        method.model = retrieve.model if retrieve is not None else None
        method.job = JobData(
            status_id=status.operation_id,
            status_alias=status.module_alias,
            retrieve_id=retrieve.operation_id if retrieve is not None else None,
            retrieve_alias=retrieve.module_alias if retrieve is not None else None,
            id_name=id_name,
            pages=bool(pages),
            item_model=item_model,
            page_class=page_class,
            retrieve_unwrap=retrieve.unwrap if retrieve is not None and not pages else None,
        )
        operations[method.operation_id]["shape"] = "job"
        call = data.get("call")
        if call:
            node = root
            for part in str(call).split("."):
                _identifier(part, f"{where}.call {call!r}")
                node = node.children.setdefault(part, Node((*node.path, part)))
            if node.call is not None:
                raise FacadeError(f"{where}.call {call!r} is also the call of {node.call.operation_id}")
            if any(m.name in ("resume",) for m in node.methods) or "resume" in node.children:
                raise FacadeError(f"{where}.call {call!r}: the node already has a 'resume'")
            node.call = method


def _auth_operations(
    schemes: Mapping[str, Any], operations: Mapping[str, dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name, scheme in schemes.items():
        login = scheme.get("x-auth-login") or {}
        for key in ("operation", "extend", "revoke"):
            op_id = login.get(key)
            if op_id is None:
                continue
            if op_id not in operations:
                raise FacadeError(f"securitySchemes.{name}.x-auth-login.{key}: no operation {op_id!r}")
            out[op_id] = operations[op_id]
    return dict(sorted(out.items()))


def _arguments(
    spec: Mapping[str, Any], ep: Any, item: Mapping[str, Any], raw_op: Mapping[str, Any], imports: set[str]
) -> tuple[list[Arg], list[dict[str, Any]]]:
    raw_params = {
        (p["name"], p["in"]): p
        for p in (
            deref(spec, p) for p in list(item.get("parameters", [])) + list(raw_op.get("parameters", []))
        )
    }
    args: list[Arg] = []
    params: list[dict[str, Any]] = []
    for location, prop in ep.iter_all_parameters():
        name = str(prop.python_name)
        if name in _RESERVED_ARGS:
            raise FacadeError(f"{ep.name}: parameter {name!r} clashes with the facade's own arguments")
        raw = raw_params.get((prop.name.get_untrusted_value(), str(location.value)), {})
        args.append(Arg(name, _type(prop), bool(prop.required), _doc((raw.get("description") or "").strip())))
        _add_imports(prop, imports)
        params.append(
            {
                "name": prop.name.get_untrusted_value(),
                "python_name": name,
                "in": str(location.value),
                "required": bool(prop.required),
                "description": " ".join(str(raw.get("description") or "").split()),
                "schema": strip_annotations(inline(spec, raw.get("schema", {}))),
            }
        )
    for body in ep.bodies:
        prop = body.prop
        args.append(Arg(str(prop.python_name), _type(prop), bool(prop.required), "The request body.", True))
        _add_imports(prop, imports)
    # required arguments first (keyword-only, so order is cosmetic)
    args.sort(key=lambda a: not a.required)
    return args, params


def _body_fields(
    spec: Mapping[str, Any], ep: Any, raw_op: Mapping[str, Any], imports: set[str], args: list[Arg]
) -> tuple[str | None, bool, list[BodyField], dict[str, Any] | None]:
    """A model request body's top-level fields as keyword arguments, and the data the core checks them by
    (``OPERATIONS[op]["body"]``: the model, wire name per argument, the resolved schema)."""
    models = [b.prop for b in ep.bodies if isinstance(b.prop, ModelProperty)]
    if not models:
        return None, False, [], None
    model = models[0]
    raw_body = deref(spec, raw_op.get("requestBody") or {})
    documented: Mapping[str, Any] = {}
    for media, content in (raw_body.get("content") or {}).items():
        if "json" in media or "form" in media:
            documented = inline(spec, (content or {}).get("schema") or {})
            break
    schema = strip_annotations(documented)
    props = (model.required_properties or []) + (model.optional_properties or [])
    taken = {a.python_name for a in args}
    fields: list[BodyField] = []
    consts: dict[str, Any] = {}
    for prop in props:
        name, wire = str(prop.python_name), prop.name.get_untrusted_value()
        if name in _RESERVED_FIELDS or name in taken:
            raise FacadeError(
                f"{ep.name}: body field {name!r} clashes with a parameter or the facade's own arguments"
            )
        raw = (documented.get("properties") or {}).get(wire) or {}
        required = bool(prop.required)
        if isinstance(prop, ConstProperty):
            consts[wire] = raw.get("const")  # (annotations aside, the schema is the stripped one's)
            required = False  # the core fills a constant in
        _add_imports(prop, imports)
        doc = _doc(" ".join(str(raw.get("description") or "").split()))
        fields.append(BodyField(name, wire, _field_type(prop, raw), required, doc))
    fields.sort(key=lambda f: not f.required)
    data: dict[str, Any] = {
        "model": str(model.class_info.name),
        "required": bool(model.required),
        "fields": {f.python_name: f.wire_name for f in fields},
        "schema": schema,
    }
    nullable = [f.python_name for f in fields if f.nullable]
    if nullable:
        data["nullable"] = nullable
    if consts:
        data["consts"] = consts
    return str(model.class_info.name), bool(model.required), fields, data


def _literal(prop: EnumProperty) -> str:
    return f"{_type(prop)} | Literal[{', '.join(repr(v) for v in prop.values.values())}]"


def _field_type(prop: Property, raw: Mapping[str, Any]) -> str:
    """The keyword argument's type: the model attribute's, with enums also as their string values and no
    ``Any`` (a free-form JSON field, e.g. GeoJSON, is a ``Mapping[str, object]`` or ``object``)."""
    if isinstance(prop, EnumProperty):
        return _literal(prop)
    if isinstance(prop, ListProperty) and isinstance(prop.inner_property, EnumProperty):
        return f"builtins.list[{_literal(prop.inner_property)}]"
    if isinstance(prop, AnyProperty):
        return "Mapping[str, object]" if raw.get("type") == "object" else "object"
    if isinstance(prop, UnionProperty):
        return " | ".join(_field_type(p, {}) for p in prop.inner_properties)  # type: ignore[arg-type]
    # a resource class may have a method named list (or dict): the builtin is spelled out
    return re.sub(r"\b(list|dict)\[", r"builtins.\1[", _type(prop))


def _servers(servers: Any) -> list[dict[str, Any]]:
    """Server objects as the core reads them: the URL and, where it has ``{variables}``, their default/enum."""
    out: list[dict[str, Any]] = []
    for server in servers or []:
        entry: dict[str, Any] = {"url": server.get("url")}
        variables = {
            name: {k: v for k, v in var.items() if k in ("default", "enum")}
            for name, var in (server.get("variables") or {}).items()
        }
        if variables:
            entry["variables"] = variables
        out.append(entry)
    return out


def _type(prop: Property) -> str:
    return str(prop.get_type_string(no_optional=True).as_unembedded_code())


def _add_imports(prop: Property, imports: set[str]) -> None:
    # a model's own class is a "lazy" import (the generated models import each other under TYPE_CHECKING)
    for line in sorted(prop.get_imports(prefix=".") | prop.get_lazy_imports(prefix=".")):
        if line.startswith("from .types import") and "File" in [
            name.strip() for name in line.split("import", 1)[1].split(",")
        ]:
            imports.add("from .types import File")  # a raw (octet-stream or text) request body
            continue
        if line.startswith(("from .types import", "from typing import cast")):
            continue
        imports.add(line)


def _is_content(spec: Mapping[str, Any], raw_op: Mapping[str, Any]) -> bool:
    """A success answer that may be empty (204) or not JSON (a PNG tile): the ``content`` shape."""
    for status, response in (raw_op.get("responses") or {}).items():
        if not str(status).startswith("2"):
            continue
        content = deref(spec, response).get("content") or {}
        if str(status) == "204" or any("json" not in media for media in content):
            return True
    return False


def _accept(spec: Mapping[str, Any], raw_op: Mapping[str, Any]) -> list[str]:
    """The request's ``Accept``: the media types of the operation's success answers in the spec's order
    (``servers.user_data.get`` is ``text/plain``; a Kraken tile ``image/png`` or JSON), then those only its
    other answers (errors) use, at ``q=0.5``: a server that negotiates may still send its JSON error."""
    success: list[str] = []
    other: list[str] = []
    for status, response in (raw_op.get("responses") or {}).items():
        found = success if str(status).startswith("2") else other
        found += [m for m in deref(spec, response).get("content") or {} if m not in found]
    return success + [f"{m};q=0.5" for m in other if m not in success]


def _result(
    ep: Any, models: Mapping[str, ModelProperty], envelope: Mapping[str, Any] | None, pagination: Any
) -> tuple[str, str | None]:
    ok = sorted(
        (r for r in ep.responses if 200 <= _status(r) < 300),
        key=_status,
    )
    if not ok:
        return "json", None
    candidates = _flatten(ok[0].prop)
    if envelope is not None:
        data_field = envelope.get("data", "data")
        for cand in candidates:
            if isinstance(cand, ModelProperty) and cand.class_info.name in models:
                inner = _field(models[cand.class_info.name], data_field)
                if inner is not None:
                    return _shape_of(inner, pagination, models)
        return "json", None
    if pagination and pagination.get("items"):
        for cand in candidates:
            if isinstance(cand, ModelProperty) and cand.class_info.name in models:
                inner = _field(models[cand.class_info.name], pagination["items"])
                if isinstance(inner, ListProperty) and isinstance(inner.inner_property, ModelProperty):
                    return "page", inner.inner_property.class_info.name
        return "json", None
    if len(candidates) == 1:
        return _shape_of(candidates[0], pagination, models)
    return "json", None


def _shape_of(prop: Any, pagination: Any, models: Mapping[str, ModelProperty]) -> tuple[str, str | None]:
    if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
        name = prop.inner_property.class_info.name
        if name in models:
            return ("page" if pagination else "rows"), name
    if isinstance(prop, ModelProperty) and prop.class_info.name in models and not pagination:
        return "one", prop.class_info.name
    return "json", None


def _unwrap(
    spec: Mapping[str, Any], raw_op: Mapping[str, Any], models: Mapping[str, ModelProperty], model: str
) -> tuple[str | None, str]:
    """``x-unwrap``: an answer that only wraps its object (one property holding a model) is given back as
    that model. On at the top of a spec (``x-unwrap: true``), off for one operation with ``x-unwrap: false``,
    or named there (``x-unwrap: server``)."""
    setting = raw_op.get("x-unwrap", spec.get("x-unwrap"))
    if not setting:
        return None, model
    props = (models[model].required_properties or []) + (models[model].optional_properties or [])
    if isinstance(setting, str):
        chosen = [p for p in props if p.name.get_untrusted_value() == setting]
        if not chosen or not isinstance(chosen[0], ModelProperty):
            raise FacadeError(
                f"{raw_op.get('operationId')}: x-unwrap {setting!r} is not a model field of {model}"
            )
    elif len(props) == 1 and props[0].required and isinstance(props[0], ModelProperty):
        chosen = props
    else:
        return None, model
    inner = chosen[0]
    assert isinstance(inner, ModelProperty)
    return inner.name.get_untrusted_value(), str(inner.class_info.name)


def _content_type(spec: Mapping[str, Any], raw_op: Mapping[str, Any]) -> str:
    """The Python type of a ``content`` answer as the core gives it back: ``None`` for a 204 (a delete),
    ``bytes`` for a file (image/png), decoded JSON for a JSON file (a tile's GeoJSON)."""
    found: set[str] = set()
    for status, response in (raw_op.get("responses") or {}).items():
        if not str(status).startswith("2"):
            continue
        content = deref(spec, response).get("content") or {}
        if not content:
            found.add("None")
        for media in content:
            found.add("json" if "json" in media else "bytes")
    order = [("bytes", "bytes"), ("json", "dict[str, object] | list[object]"), ("None", "None")]
    return " | ".join(py for key, py in order if key in found) or "None"


def _page_class(pagination: Mapping[str, Any] | None) -> str:
    style = (pagination or {}).get("style")
    if style not in PAGE_STYLES:
        raise FacadeError(f"x-pagination style {style!r}: expected one of {sorted(PAGE_STYLES)}")
    return PAGE_STYLES[style]


def _status(response: Any) -> int:
    code_range = getattr(response.status_code, "range", None)
    return int(code_range[0]) if code_range else 999


def _flatten(prop: Any) -> list[Any]:
    if isinstance(prop, UnionProperty):
        out: list[Any] = []
        for inner in prop.inner_properties:
            out.extend(_flatten(inner))
        return out
    return [prop]


def _field(model: ModelProperty, name: str) -> Any:
    for prop in (model.required_properties or []) + (model.optional_properties or []):
        if prop.name.get_untrusted_value() == name:
            return prop
    return None


def _check_clashes(node: Node) -> None:
    names = [m.name for m in node.methods]
    dupes = {n for n in names if names.count(n) > 1} | (set(names) & set(node.children))
    if "with_raw_response" in names or "with_raw_response" in node.children:
        dupes.add("with_raw_response")
    if dupes:
        where = ".".join(node.path) or "<root>"
        raise FacadeError(f"x-sdk-method clash under {where}: {', '.join(sorted(dupes))}")
    for child in node.children.values():
        _check_clashes(child)


def _identifier(part: str, sdk_method: str) -> None:
    if not part.isidentifier() or keyword.iskeyword(part) or part.startswith("_"):
        raise FacadeError(f"x-sdk-method {sdk_method!r}: {part!r} is not a usable Python name")


def _pascal(part: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in part.split("_"))


def _doc(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
