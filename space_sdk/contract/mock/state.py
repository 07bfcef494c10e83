"""The mock's state: resources created, read, listed, changed and deleted through the API, from the spec alone.

Which paths hold state is read off the spec, never listed here:

* a **collection** is a path whose ``GET`` lists items (``x-pagination.items``) or whose ``POST`` creates one,
  next to an **item path** ``<collection>/{id}`` (``GET``/``PUT``/``PATCH``/``DELETE``). Each answer wraps
  the resource in one key (``{"server": {...}}``, ``{"servers": [...]}``), taken from the item's schema.
  Only collections whose lists page by ``x-pagination.style: link``, or that can be created, live here; the
  other list styles keep the stateless datasets of ``bodies.py``.
* a **key-value collection** is one whose item answers are not JSON (``text/plain`` user data): values are
  stored as sent and the collection lists their keys.
* Collections under another item (``/security_groups/{group_id}/rules``) exist per parent, which must exist.

What happens:

* create: a value generated from the item schema (nullable fields null), overlaid with the request's fields that fit it; a request
  value that is an object of another collection's shape (a server's ``volumes``) creates those items too,
  linked back (``volume.server = {id, name}``); a string naming another collection's item (``image``) embeds
  it. Answers the operation's documented 2xx with a ``Location`` header.
* list: every item, paged by ``page``/``per_page`` with ``X-Total-Count`` and an RFC 5988 ``Link`` header.
* update (PUT/PATCH): request fields that fit the schema replace the stored ones. Delete: 204, then 404.
* ``x-refuse-when`` on an operation (``[{field: server, unless: null, message: ...}]``): refused with the
  ``conflict`` error while the stored item's field differs (deleting a volume still attached to a server).
* ``x-state-transitions`` on an action (``POST /servers/{id}/action``): checks the item's state, moves it
  to ``during`` and creates a task (the collection whose item key the action answers with); each status
  read of the task walks the action's ``x-job.pending`` statuses, the second reaches its first ``done``
  status, and the item then reaches ``to`` (``null`` deletes it).
* the login of ``x-auth-login``: the credential fields must match ``MOCK_CREDENTIALS``
  (``email:password``); the token then authenticates until it expires (``lifetime``; never when the request
  carries the ``never_expires`` fields), is renewed by the ``extend`` operation and dies with ``revoke``.

``reset()`` (``POST /_mock/reset``) forgets everything and seeds again from the documented list examples.
"""

from __future__ import annotations

import copy
import datetime
import json
import math
import os
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator

from space_sdk._refs import inline
from space_sdk.contract.mock.data import generate, rng_for
from space_sdk.contract.mock.errors import Answer, error_answer, json_answer, kind_answer
from space_sdk.contract.mock.jobs import set_pointer
from space_sdk.contract.schemas import FORMATS, success_example, success_schema
from space_sdk.spec import ApiSpec, Operation

__all__ = ["DEFAULT_CREDENTIALS", "RESET_PATH", "Store", "make_store"]

JSON = Any
RESET_PATH = "/_mock/reset"
DEFAULT_CREDENTIALS = "mock@example.com:mock-password"
DEFAULT_PER_PAGE = 50
#: status reads after which a task is done
TASK_STEPS = 2


@dataclass
class Collection:
    """One kind of stored resource, as the spec shapes it."""

    path: str  # "/servers", "/security_groups/{group_id}/rules"
    item_path: str  # "/servers/{server_id}"
    id_param: str  # "server_id"
    key: str  # wrapper of one item: "server" (for a key-value collection: the list's wrapper)
    schema: dict[str, JSON]  # the item schema (refs inlined)
    text: bool = False  # key-value collection of non-JSON values
    list_op: Operation | None = None
    get_op: Operation | None = None
    # properties holding items of another collection: (property, is a map of them, that collection)
    embeds: list[tuple[str, bool, Collection]] = field(default_factory=list)
    # string request fields naming an item of another collection: (property, that collection)
    refs: list[tuple[str, Collection]] = field(default_factory=list)

    def concrete(self, params: Mapping[str, str]) -> str:
        """This collection's path under its parent items (``/security_groups/abc/rules``)."""
        out = self.path
        for name, value in params.items():
            out = out.replace("{" + name + "}", value)
        return out


@dataclass
class _Pending:
    collection: Collection
    where: str
    item_id: str
    field: str
    to: JSON
    job: Mapping[str, JSON]
    reads: int = 0


def _wrapper(schema: Mapping[str, JSON]) -> tuple[str, dict[str, JSON]] | None:
    """``{"server": {...}}`` -> ("server", the item schema); None unless exactly one property."""
    props = schema.get("properties") or {}
    if schema.get("type") not in (None, "object") or len(props) != 1:
        return None
    ((name, inner),) = props.items()
    return str(name), dict(inner)


def _media(spec: ApiSpec, op: Operation) -> str | None:
    responses = op.raw.get("responses", {})
    status = next((code for code in responses if str(code).startswith("2")), None)
    if status is None:
        return None
    content = inline(spec.document, responses[status]).get("content") or {}
    return next(iter(content), None)


def _nullable(schema: Mapping[str, JSON]) -> bool:
    types = schema.get("type")
    if types == "null" or (isinstance(types, list) and "null" in types):
        return True
    return any(_nullable(sub) for key in ("oneOf", "anyOf") for sub in schema.get(key) or [])


def _fresh(schema: Mapping[str, JSON], rnd_key: tuple[object, ...]) -> dict[str, JSON]:
    """A new item: generated from the schema, every nullable field null (unattached, not yet set)."""
    item: dict[str, JSON] = generate(schema, rng_for(*rnd_key))
    for name, prop in (schema.get("properties") or {}).items():
        if name in item and _nullable(prop):
            item[name] = None
    return item


def _success_status(op: Operation) -> int:
    responses = op.raw.get("responses", {})
    return int(next((code for code in responses if str(code).startswith("2")), 200))


def _now_iso(now: float) -> str:
    return datetime.datetime.fromtimestamp(now, datetime.UTC).isoformat()


class Store:
    """Every stateful collection of one spec, in memory for the life of the mock process."""

    def __init__(
        self,
        spec: ApiSpec,
        *,
        credentials: str | None = None,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.spec = spec
        self.now = now
        raw = (
            credentials
            if credentials is not None
            else os.environ.get("MOCK_CREDENTIALS", DEFAULT_CREDENTIALS)
        )
        user, _, password = raw.partition(":")
        self.credentials = {"email": user, "password": password}
        self.collections: dict[str, Collection] = {}
        self.by_item_path: dict[str, Collection] = {}
        self._discover()
        self.login = self._login_spec()
        self.data: dict[str, dict[str, JSON]] = {}
        self.expiry: dict[str, float | None] = {}
        self.pending: dict[str, _Pending] = {}
        self.counter = 0
        self.reset()

    # -- what the spec says is stateful ----------------------------------------------------------------

    def _discover(self) -> None:
        ops = self.spec.operations
        paths = {op.path for op in ops}
        # a resource may have only an item path (`/users/{user_id}`): its collection path is implied
        implied = {p.rsplit("/", 1)[0] for p in paths if p.endswith("}") and p.count("/") > 1}
        for path in sorted(paths | implied):
            items = [p for p in paths if p.startswith(path + "/{") and p.count("/") == path.count("/") + 1]
            if len(items) != 1:
                continue
            item_path = items[0]
            getter = next((o for o in ops if o.path == item_path and o.method == "get"), None)
            lister = next((o for o in ops if o.path == path and o.method == "get"), None)
            creator = next((o for o in ops if o.path == path and o.method == "post"), None)
            if getter is None:
                continue
            id_param = item_path.rsplit("/", 1)[1][1:-1]
            if _media(self.spec, getter) not in (None, "application/json"):
                wrapped = _wrapper(success_schema(self.spec, lister)) if lister is not None else None
                if lister is None or wrapped is None:
                    continue
                coll = Collection(path, item_path, id_param, wrapped[0], {}, text=True, list_op=lister)
            else:
                link_list = lister is not None and (lister.pagination or {}).get("style") == "link"
                # no list and no create: stored only when the item's documented example can seed it
                seeded = lister is None and creator is None and _example_item(self.spec, getter) is not None
                if not link_list and creator is None and not seeded:
                    continue
                wrapped = _wrapper(success_schema(self.spec, getter))
                if wrapped is None or "id" not in (wrapped[1].get("properties") or {}):
                    continue
                coll = Collection(
                    path, item_path, id_param, wrapped[0], wrapped[1], list_op=lister, get_op=getter
                )
            self.collections[path] = coll
            self.by_item_path[item_path] = coll
        for coll in self.collections.values():
            if coll.text:
                continue
            for name, prop in (coll.schema.get("properties") or {}).items():
                for other in self.collections.values():
                    if other is coll or other.text:
                        continue
                    if prop == other.schema:
                        coll.refs.append((name, other))
                    elif prop.get("additionalProperties") == other.schema:
                        coll.embeds.append((name, True, other))
                    elif prop.get("items") == other.schema:
                        coll.embeds.append((name, False, other))

    def _login_spec(self) -> dict[str, JSON] | None:
        for scheme in self.spec.security_schemes.values():
            login = scheme.get("x-auth-login")
            if isinstance(login, dict):
                return login
        return None

    def missing_parent(self, op: Operation, params: Mapping[str, str], rid: str) -> Answer | None:
        """The ``not_found`` answer for an operation under a stored item that does not exist
        (``GET /tokens/{token_id}/permissions`` of an unknown token), else None."""
        for coll in self.collections.values():
            if coll.text or not op.path.startswith(coll.item_path + "/"):
                continue
            key = params.get(coll.id_param)
            if key is not None and key not in self.data.get(coll.concrete(params), {}):
                return kind_answer(self.spec, "not_found", f"{coll.key} {key} not found", rid)
        return None

    def owns(self, op: Operation) -> bool:
        """Whether ``op`` is answered from the state (else the stateless body builder answers it)."""
        if "x-state-transitions" in op.raw or self._is_plain_login(op):
            return True
        if op.path in self.collections:
            return op.method in ("get", "post")
        return op.path in self.by_item_path

    # -- state ----------------------------------------------------------------------------------------

    def reset(self) -> None:
        """Forget everything; seed every top-level collection from its documented list example."""
        self.data = {}
        self.expiry = {}
        self.pending = {}
        self.counter = 0
        for coll in self.collections.values():
            if "{" in coll.path or coll.text:
                continue
            rows: list[JSON] | None
            if coll.list_op is None:
                one = _example_item(self.spec, coll.get_op) if coll.get_op is not None else None
                rows = [one] if one is not None else []
            else:
                example = success_example(self.spec, coll.list_op)
                items_field = (coll.list_op.pagination or {}).get("items")
                rows = example.get(items_field) if isinstance(example, dict) and items_field else None
            for row in rows or []:
                if isinstance(row, dict) and isinstance(row.get("id"), str):
                    self._put(coll, coll.path, copy.deepcopy(row))
        # a documented example token is not a credential: tokens are only those created here
        if self.login is not None:
            for coll in self.collections.values():
                if self._is_op(coll, "post", self.login.get("operation")):
                    self.data.pop(coll.path, None)

    def _new_id(self) -> str:
        self.counter += 1
        return str(uuid.UUID(int=(0x5CA1E << 100) + self.counter, version=4))

    def _put(self, coll: Collection, where: str, item: dict[str, JSON]) -> None:
        self.data.setdefault(where, {})[str(item["id"])] = item
        for name, is_map, other in coll.embeds:
            for member in _members(item.get(name), is_map):
                if isinstance(member, dict) and isinstance(member.get("id"), str):
                    if coll.key in (other.schema.get("properties") or {}):
                        member[coll.key] = {"id": item["id"], "name": item.get("name", "")}
                    self.data.setdefault(other.path, {})[member["id"]] = member

    def _detach(self, coll: Collection, item: dict[str, JSON]) -> None:
        for name, is_map, other in coll.embeds:
            for member in _members(item.get(name), is_map):
                ident = member.get("id") if isinstance(member, dict) else None
                stored = self.data.get(other.path, {}).get(ident) if isinstance(ident, str) else None
                if stored is not None and coll.key in stored:
                    stored[coll.key] = None

    def _is_op(self, coll: Collection, method: str, operation_id: Any) -> bool:
        return any(
            o.operation_id == operation_id and o.method == method and o.path == coll.path
            for o in self.spec.operations
        )

    # -- tokens ---------------------------------------------------------------------------------------

    def token_status(self, token: str) -> str | None:
        """``ok`` or ``expired`` for a token created through the login operation; None if unknown."""
        if token not in self.expiry:
            return None
        until = self.expiry[token]
        return "ok" if until is None or self.now() < until else "expired"

    def _lifetime(self) -> float:
        return float((self.login or {}).get("lifetime") or 1800)

    def _set_expiry(self, token: str, item: dict[str, JSON], never: bool) -> None:
        until = None if never else self.now() + self._lifetime()
        self.expiry[token] = until
        pointer = str((self.login or {}).get("expires_at") or "")
        name = pointer.rsplit("/", 1)[-1]
        if name in item:
            item[name] = None if until is None else _now_iso(until)

    # -- answering ------------------------------------------------------------------------------------

    def handle(
        self, op: Operation, params: Mapping[str, str], values: Mapping[str, JSON], raw: bytes, rid: str
    ) -> Answer:
        """Answer a validated request to an operation :meth:`owns`."""
        if self._is_plain_login(op):
            return self._login(op, raw, rid)
        transitions = op.raw.get("x-state-transitions")
        if isinstance(transitions, dict):
            return self._action(op, params, values, transitions, rid)
        if op.path in self.collections:
            coll = self.collections[op.path]
            parent = self._parent_missing(coll, params, rid)
            if parent is not None:
                return parent
            if op.method == "get":
                return self._list(coll, op, params, values)
            return self._create(coll, op, params, raw, rid)
        coll = self.by_item_path[op.path]
        where = coll.concrete(params)
        parent = self._parent_missing(coll, params, rid)
        if parent is not None:
            return parent
        key = params.get(coll.id_param, "")
        if coll.text:
            return self._text_item(op, where, key, raw, rid)
        item = self.data.get(where, {}).get(key)
        if item is None:
            return kind_answer(self.spec, "not_found", f"{coll.key} {key} not found", rid)
        refused = self._refused(op, item, rid)
        if refused is not None:
            return refused
        if op.method == "get":
            self._advance(key)
            return json_answer(_success_status(op), {coll.key: self.data[where][key]})
        if op.method == "delete":
            del self.data[where][key]
            self._detach(coll, item)
            self.expiry.pop(key, None)
            return Answer(_success_status(op), [], b"")
        if self.login is not None and op.operation_id == self.login.get("extend"):
            if self.token_status(key) == "ok":
                self._set_expiry(key, item, never=self.expiry[key] is None)
            return json_answer(_success_status(op), {coll.key: item})
        self._overlay(coll, item, self._body(raw), _request_fields(self.spec, op))
        return json_answer(_success_status(op), {coll.key: item})

    def _parent_missing(self, coll: Collection, params: Mapping[str, str], rid: str) -> Answer | None:
        segments = coll.path.strip("/").split("/")
        for pos in range(1, len(segments)):
            if not segments[pos].startswith("{"):
                continue
            parent_path = "/" + "/".join(segments[:pos])
            parent = self.collections.get(parent_path)
            name = segments[pos][1:-1]
            if parent is None or name not in params:
                continue
            if params[name] not in self.data.get(parent.concrete(params), {}):
                return kind_answer(self.spec, "not_found", f"{parent.key} {params[name]} not found", rid)
        return None

    def _refused(self, op: Operation, item: Mapping[str, JSON], rid: str) -> Answer | None:
        for rule in op.raw.get("x-refuse-when") or []:
            if item.get(rule["field"]) != rule.get("unless"):
                return kind_answer(self.spec, "conflict", str(rule.get("message", "conflict")), rid)
        return None

    def _body(self, raw: bytes) -> dict[str, JSON]:
        try:
            data = json.loads(raw) if raw else {}
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def _overlay(
        self,
        coll: Collection,
        item: dict[str, JSON],
        body: Mapping[str, JSON],
        writable: frozenset[str] | None = None,
    ) -> None:
        """Copy the request's fields that fit the item's schema (only ``writable`` ones: the request
        schema's, when it names its properties; scaleway-cli PUTs a whole volume to rename it)."""
        props = coll.schema.get("properties") or {}
        for name, value in body.items():
            if (
                name in props
                and name != "id"
                and (writable is None or name in writable)
                and Draft202012Validator(props[name], format_checker=FORMATS).is_valid(value)
            ):
                item[name] = _as_stored(props[name], value)
        if "modification_date" in props:
            item["modification_date"] = _now_iso(self.now())

    def _create(
        self, coll: Collection, op: Operation, params: Mapping[str, str], raw: bytes, rid: str
    ) -> Answer:
        body = self._body(raw)
        never = False
        login = self.login
        if login is not None and op.operation_id == login.get("operation"):
            if not self._credentials_match(login, body):
                entry = self.spec.errors.by_kind("authentication")
                return error_answer(
                    self.spec, entry, kind="authentication", detail="invalid credentials", request_id=rid
                )
            never = bool(login.get("never_expires")) and all(
                body.get(k) == v for k, v in (login.get("never_expires") or {}).items()
            )
        if coll.text:
            return kind_answer(self.spec, "invalid_request", "no create here", rid)
        item = _fresh(coll.schema, (coll.path, self.counter))
        item["id"] = self._new_id()
        self._overlay(coll, item, body, _request_fields(self.spec, op))
        stamp = _now_iso(self.now())
        for name in ("creation_date", "modification_date"):
            if name in (coll.schema.get("properties") or {}):
                item[name] = stamp
        for name, other in coll.refs:
            wanted = body.get(name)
            found = self.data.get(other.path, {}).get(wanted) if isinstance(wanted, str) else None
            if found is not None:
                item[name] = copy.deepcopy(found)
        for name, is_map, other in coll.embeds:
            item[name] = self._embedded(other, body.get(name), is_map)
        self._derive(coll, op, item, body)
        self._refer(coll, item, body)
        for transitions in self._transitions_for(coll):
            if "initial" in transitions:
                item[str(transitions["field"])] = transitions["initial"]
        where = coll.concrete(params)
        self._put(coll, where, item)
        if login is not None and op.operation_id == login.get("operation"):
            self._set_expiry(str(item["id"]), item, never)
        location = f"{where}/{item['id']}".encode()
        return json_answer(_success_status(op), {coll.key: item}, [(b"location", location)])

    # -- a login that creates no resource (an OAuth token endpoint such as Auth0's /oauth/ro) ---------------

    def _is_plain_login(self, op: Operation) -> bool:
        login = self.login
        return (
            login is not None
            and op.operation_id == login.get("operation")
            and op.path not in self.collections
            and op.method == "post"
        )

    def _credentials_match(self, login: Mapping[str, JSON], body: Mapping[str, JSON]) -> bool:
        return all(
            body.get(body_field) == self.credentials.get(str(credential))
            for body_field, credential in (login.get("credentials") or {}).items()
        )

    def _login(self, op: Operation, raw: bytes, rid: str) -> Answer:
        """Mint a token the mock then accepts (``x-auth-login.token`` in the documented answer), or answer
        the operation's own 401 body (it may differ from the API's error format: Auth0's) for wrong credentials."""
        login = self.login
        assert login is not None
        body = self._body(raw)
        if not self._credentials_match(login, body):
            schema = _response_schema(self.spec, op, "401")
            if schema is None:
                entry = self.spec.errors.by_kind("authentication")
                return error_answer(
                    self.spec, entry, kind="authentication", detail="invalid credentials", request_id=rid
                )
            return json_answer(401, generate(schema, rng_for(op.operation_id, "401")))
        self.counter += 1
        token = f"mock-login-{uuid.UUID(int=(0x10A1 << 100) + self.counter, version=4).hex}"
        answer = success_example(self.spec, op)
        if not isinstance(answer, dict):
            answer = {}
        pointer = str(login.get("token") or "/token")
        set_pointer(answer, pointer, token)
        self._set_expiry(token, answer, never=False)
        return json_answer(_success_status(op), answer)

    def _refer(self, coll: Collection, item: dict[str, JSON], body: Mapping[str, JSON]) -> None:
        """Fields marked ``x-refers-to`` name a stored item: the one the request names, else the first
        with the new item's ``match`` fields and the ``prefer`` values, else the first with either, else
        the first. A string field gets its id, an object field the item's fields it has."""
        for name, prop in (coll.schema.get("properties") or {}).items():
            rule = prop.get("x-refers-to") if isinstance(prop, dict) else None
            if rule is None:
                continue
            spec_rule: Mapping[str, JSON] = {"path": rule} if isinstance(rule, str) else rule
            target = self.by_item_path.get(str(spec_rule.get("path")))
            stored = list(self.data.get(target.path, {}).values()) if target is not None else []
            chosen = _choose(stored, body.get(name), spec_rule, item)
            if chosen is None:
                continue
            fields = (prop.get("properties") or {}).keys()
            item[name] = {k: chosen.get(k) for k in fields} if fields else chosen.get("id")

    def _derive(
        self, coll: Collection, op: Operation, item: dict[str, JSON], body: Mapping[str, JSON]
    ) -> None:
        """``x-derive`` on a create: an embedded item made from another part of the new item (a server's
        root volume ``/volumes/0`` from its image's ``/image/root_volume``); the fields the request gives
        for it override (``{"0": {"size": ...}}`` resizes it)."""
        for rule in op.raw.get("x-derive") or []:
            name, _, key = str(rule["target"]).strip("/").partition("/")
            embed = next(((m, o) for n, m, o in coll.embeds if n == name), None)
            source = _resolve(item, str(rule["source"]))
            if embed is None or not isinstance(source, dict):
                continue
            is_map, other = embed
            given = item.get(name)
            current: dict[str, JSON] = given if isinstance(given, dict) else {}
            if not is_map:
                continue
            requested = body.get(name)
            template = requested.get(key) if isinstance(requested, dict) else None
            member = _fresh(other.schema, (other.path, self.counter, key))
            member["id"] = self._new_id()
            for field_name in rule.get("copy") or []:
                if field_name in source:
                    member[field_name] = copy.deepcopy(source[field_name])
            for field_name in rule.get("inherit") or []:
                member[field_name] = copy.deepcopy(item.get(field_name))
            member.update(copy.deepcopy(rule.get("set") or {}))
            stamp = _now_iso(self.now())
            for stamp_field in ("creation_date", "modification_date"):
                if stamp_field in (other.schema.get("properties") or {}):
                    member[stamp_field] = stamp
            if isinstance(template, dict):
                self._overlay(other, member, template)
            item[name] = {key: member, **{k: v for k, v in current.items() if k != key}}

    def _embedded(self, other: Collection, requested: JSON, is_map: bool) -> JSON:
        """Items of ``other`` created from a request's templates (``{"0": {name, size, ...}}``)."""
        entries: Iterator[tuple[str, JSON]]
        if is_map:
            entries = iter(requested.items()) if isinstance(requested, dict) else iter(())
        else:
            entries = iter(enumerate(requested)) if isinstance(requested, list) else iter(())  # type: ignore[arg-type]
        made: dict[str, JSON] = {}
        for position, template in entries:
            member = _fresh(other.schema, (other.path, self.counter, position))
            member["id"] = self._new_id()
            if isinstance(template, dict):
                self._overlay(other, member, template)
            made[str(position)] = member
        return made if is_map else list(made.values())

    def _transitions_for(self, coll: Collection) -> Iterator[Mapping[str, JSON]]:
        for op in self.spec.operations:
            transitions = op.raw.get("x-state-transitions")
            if isinstance(transitions, dict) and op.path.startswith(coll.item_path + "/"):
                yield transitions

    def _list(
        self, coll: Collection, op: Operation, params: Mapping[str, str], values: Mapping[str, JSON]
    ) -> Answer:
        stored = list(self.data.get(coll.concrete(params), {}).items())
        if coll.text:
            return json_answer(_success_status(op), {coll.key: [key for key, _ in stored]})
        pg = op.pagination or {}
        rows = [item for _, item in stored]
        items_field = str(pg.get("items", coll.key + "s"))
        if pg.get("style") != "link":
            return json_answer(_success_status(op), {items_field: rows})
        first = int(pg.get("first_page", 1))
        page = int(values.get(str(pg.get("page_param", "page")), first))
        per_page = int(values.get(str(pg.get("size_param", "per_page")), DEFAULT_PER_PAGE))
        total = len(rows)
        last = first + max(0, math.ceil(total / per_page) - 1)
        start = (page - first) * per_page
        chunk = rows[start : start + per_page] if page >= first else []
        path = coll.concrete(params)

        def link(target: int, rel: str) -> str:
            return f'<{path}?{pg.get("page_param", "page")}={target}&{pg.get("size_param", "per_page")}={per_page}>; rel="{rel}"'

        links = [link(first, "first")]
        if page > first:
            links.append(link(min(page - 1, last), "previous"))
        if page < last:
            links.append(link(page + 1, "next"))
        links.append(link(last, "last"))
        headers = [(b"link", ", ".join(links).encode())]
        if pg.get("total_header"):
            headers.append((str(pg["total_header"]).lower().encode(), str(total).encode()))
        return json_answer(_success_status(op), {items_field: chunk}, headers)

    def _text_item(self, op: Operation, where: str, key: str, raw: bytes, rid: str) -> Answer:
        values = self.data.setdefault(where, {})
        if op.method in ("put", "patch", "post"):
            values[key] = raw.decode("utf-8", "replace")
            return Answer(_success_status(op), [], b"")
        if key not in values:
            return kind_answer(self.spec, "not_found", f"{key} not found", rid)
        if op.method == "delete":
            del values[key]
            return Answer(_success_status(op), [], b"")
        media = (_media(self.spec, op) or "text/plain").encode()
        return Answer(_success_status(op), [(b"content-type", media)], str(values[key]).encode())

    def _action(
        self,
        op: Operation,
        params: Mapping[str, str],
        values: Mapping[str, JSON],
        transitions: Mapping[str, JSON],
        rid: str,
    ) -> Answer:
        item_path = op.path.rsplit("/", 1)[0]
        coll = self.by_item_path.get(item_path)
        if coll is None:
            return kind_answer(self.spec, "server", "x-state-transitions on a path without an item", rid)
        where = coll.concrete(params)
        key = params.get(coll.id_param, "")
        item = self.data.get(where, {}).get(key)
        if item is None:
            return kind_answer(self.spec, "not_found", f"{coll.key} {key} not found", rid)
        name = str(values.get(str(transitions.get("action_field", "action"))))
        rule = (transitions.get("actions") or {}).get(name)
        state_field = str(transitions.get("field", "state"))
        if not isinstance(rule, dict):
            return kind_answer(self.spec, "invalid_request", f"unknown action {name}", rid)
        if item.get(state_field) not in (rule.get("from") or []):
            allowed = " or ".join(str(s) for s in rule.get("from") or [])
            return kind_answer(
                self.spec, "conflict", f"{coll.key} is {item.get(state_field)}; {name} needs {allowed}", rid
            )
        wrapped = _wrapper(success_schema(self.spec, op))
        tasks = next((c for c in self.collections.values() if wrapped and c.key == wrapped[0]), None)
        if tasks is None:
            return kind_answer(self.spec, "server", "the action's answer is not a known collection", rid)
        item[state_field] = rule.get("during", item.get(state_field))
        task = _fresh(tasks.schema, (tasks.path, self.counter))
        example = success_example(self.spec, op)
        if isinstance(example, dict) and isinstance(example.get(tasks.key), dict):
            task.update(copy.deepcopy(example[tasks.key]))
        task["id"] = self._new_id()
        props = tasks.schema.get("properties") or {}
        if "description" in props:
            task["description"] = f"{coll.key}_{name}"
        if "href_from" in props:
            task["href_from"] = op.path.replace("{" + coll.id_param + "}", key)
        self._put(tasks, tasks.path, task)
        raw_job = op.raw.get("x-job")
        job: Mapping[str, JSON] = raw_job if isinstance(raw_job, dict) else {}
        self.pending[task["id"]] = _Pending(coll, where, key, state_field, rule.get("to"), job)
        location = f"{tasks.path}/{task['id']}".encode()
        return json_answer(_success_status(op), {tasks.key: task}, [(b"location", location)])

    def _advance(self, task_id: str) -> None:
        """A status read of a task: the job moves one step; on its last the item reaches its new state."""
        pending = self.pending.get(task_id)
        if pending is None:
            return
        pending.reads += 1
        task = next((c for c in self.collections.values() if task_id in self.data.get(c.path, {})), None)
        if task is None:
            return
        stored = self.data[task.path][task_id]
        job = pending.job
        # the pointers of x-job reach into the wrapped answer ({"task": {...}}): their last segment is the field
        status_field = str(job.get("status_pointer", "/status")).rsplit("/", 1)[-1]
        progress = str(job["progress"]).rsplit("/", 1)[-1] if job.get("progress") else None
        if pending.reads < TASK_STEPS:
            waiting = list(job.get("pending") or [])
            if len(waiting) > 1:
                stored[status_field] = waiting[min(pending.reads, len(waiting) - 1)]
            if progress:
                stored[progress] = str(100 * pending.reads // TASK_STEPS)
            return
        del self.pending[task_id]
        stored[status_field] = (job.get("done") or ["done"])[0]
        if progress:
            stored[progress] = "100"
        item = self.data.get(pending.where, {}).get(pending.item_id)
        if item is None:
            return
        if pending.to is None:
            del self.data[pending.where][pending.item_id]
            self._detach(pending.collection, item)
        else:
            item[pending.field] = pending.to


def _members(value: JSON, is_map: bool) -> Iterator[JSON]:
    """The embedded items of one field: the values of a ``{"0": ..., "1": ...}`` map, or a list's items."""
    if is_map and isinstance(value, dict):
        yield from value.values()
    elif isinstance(value, list):
        yield from value


def _choose(
    stored: list[dict[str, JSON]], wanted: JSON, rule: Mapping[str, JSON], item: Mapping[str, JSON]
) -> dict[str, JSON] | None:
    """The stored item an ``x-refers-to`` field names (see :meth:`Store._refer`)."""
    prefer = dict(rule.get("prefer") or {})
    same = {k: item.get(k) for k in rule.get("match") or []}

    def fits(candidate: Mapping[str, JSON], wanted_fields: Mapping[str, JSON]) -> bool:
        return all(candidate.get(k) == v for k, v in wanted_fields.items())

    named = [i for i in stored if isinstance(wanted, str) and i.get("id") == wanted]
    for tier in (named, *([i for i in stored if fits(i, f)] for f in ({**prefer, **same}, same, prefer))):
        if tier:
            return tier[0]
    return stored[0] if stored else None


def _example_item(spec: ApiSpec, op: Operation) -> dict[str, JSON] | None:
    """The item of a documented single-item answer (``{"user": {...}}`` -> the user), if it has an id."""
    example = success_example(spec, op)
    if isinstance(example, dict) and len(example) == 1:
        (inner,) = example.values()
        if isinstance(inner, dict) and isinstance(inner.get("id"), str):
            return copy.deepcopy(inner)
    return None


def _request_fields(spec: ApiSpec, op: Operation) -> frozenset[str] | None:
    """The property names of the operation's JSON request schema; None when it names none."""
    body = inline(spec.document, op.raw.get("requestBody") or {})
    schema = ((body.get("content") or {}).get("application/json") or {}).get("schema")
    props = schema.get("properties") if isinstance(schema, dict) else None
    return frozenset(props) if isinstance(props, dict) and props else None


def _resolve(document: JSON, pointer: str) -> JSON:
    node = document
    for part in pointer.strip("/").split("/"):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def _response_schema(spec: ApiSpec, op: Operation, status: str) -> dict[str, JSON] | None:
    response = inline(spec.document, (op.raw.get("responses") or {}).get(status) or {})
    schema = ((response.get("content") or {}).get("application/json") or {}).get("schema")
    return schema if isinstance(schema, dict) else None


def make_store(spec: ApiSpec, **kwargs: Any) -> Store | None:
    """A :class:`Store` when the spec has stateful collections or a login (``x-auth-login``), else None."""
    store = Store(spec, **kwargs)
    return store if store.collections or store.login is not None else None


def _as_stored(schema: Mapping[str, JSON], value: JSON) -> JSON:
    """A value as a server stores it: an integral float sent for an `integer` field (``873.0``, which JSON
    Schema accepts) is kept as the integer ``873``, so the answers carry JSON integers."""
    kind = schema.get("type")
    kinds = set(kind) if isinstance(kind, list) else {kind}
    if "integer" in kinds and isinstance(value, float) and value.is_integer():
        return int(value)
    return value
