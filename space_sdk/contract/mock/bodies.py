"""Success bodies for a validated request: envelope, date-range rows, page and cursor pagination.

One `BodyBuilder` per operation precomputes what it needs from the spec (success schema, example, row
schema, pagination); `build()` is then cheap and deterministic for a given request.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from typing import Any

from space_sdk.contract.constraints import latest_available, resolve_range
from space_sdk.contract.mock.data import generate, overlay, request_id, rng_for
from space_sdk.contract.mock.jobs import decode_cursor, encode_cursor
from space_sdk.contract.schemas import success_example, success_schema
from space_sdk.spec import ApiSpec, Operation

JSON = Any
LIST_SIZE = 250  # objects per cursor-paginated list resource
BODY_CURSOR_ITEMS, BODY_CURSOR_PAGE = 7, 3  # a body-cursor list: 3 pages


@dataclass
class Dataset:
    """A deterministic list resource for cursor pagination (e.g. 250 customers `cus_0001`...)."""

    id_field: str
    items: list[dict[str, JSON]]
    index: dict[str, int] = field(default_factory=dict)
    key_fields: tuple[str, ...] = ()

    def find(self, key: str) -> dict[str, JSON] | None:
        pos = self.index.get(key)
        return self.items[pos] if pos is not None else None


def build_dataset(spec: ApiSpec, op: Operation, key_fields: tuple[str, ...]) -> Dataset | None:
    pagination = op.pagination or {}
    schema = success_schema(spec, op)
    items_field = str(pagination.get("items", "data"))
    item_schema = schema.get("properties", {}).get(items_field, {}).get("items", {})
    if not item_schema:
        return None
    id_field = str(pagination.get("id_field", "id"))
    example = success_example(spec, op)
    template = None
    if isinstance(example, dict) and example.get(items_field):
        template = example[items_field][0]
    id_schema = item_schema.get("properties", {}).get(id_field, {"type": "string"})
    segment = op.path.rstrip("/").rsplit("/", 1)[-1]
    prefix = f"{segment[:3]}_"
    items: list[dict[str, JSON]] = []
    for i in range(LIST_SIZE):
        base = copy.deepcopy(template) if template is not None else generate(item_schema, rng_for(op.path, i))
        is_int = "integer" in (
            id_schema.get("type") if isinstance(id_schema.get("type"), list) else [id_schema.get("type")]
        )
        ident: JSON = i + 1 if is_int else f"{prefix}{i + 1:04d}"
        base[id_field] = ident
        for extra in key_fields:
            if extra in item_schema.get("properties", {}) and extra != id_field:
                base[extra] = ident if not is_int else str(ident)
        items.append(base)
    dataset = Dataset(id_field=id_field, items=items, key_fields=key_fields)
    dataset.index = {str(item[id_field]): pos for pos, item in enumerate(items)}
    return dataset


def _rfc3339(moment: datetime) -> str:
    # strftime("%Y") does not zero-pad years below 1000, which would break `format: date-time`.
    return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T{moment.hour:02d}:00:00Z"


class BodyBuilder:
    """Builds the success body of one operation from the spec and the request's typed values."""

    def __init__(self, spec: ApiSpec, op: Operation, datasets: Mapping[str, Dataset]) -> None:
        self.spec = spec
        self.op = op
        self.datasets = datasets
        self.schema = success_schema(spec, op)
        self.example = success_example(spec, op)
        env = spec.envelope
        self.data_field = str(env.get("data", "data")) if env else None
        payload_schema = (
            self.schema.get("properties", {}).get(self.data_field, {}) if self.data_field else self.schema
        )
        self.payload_schema: dict[str, JSON] = payload_schema
        self.row_schema: dict[str, JSON] | None = (
            payload_schema.get("items") if payload_schema.get("type") == "array" else None
        )
        example_payload = (
            self.example.get(self.data_field) if env and isinstance(self.example, dict) else self.example
        )
        self.example_payload: JSON = example_payload
        self.example_rows: list[JSON] = example_payload if isinstance(example_payload, list) else []
        self.date_params = [
            p.name
            for p in op.parameters
            if p.location == "query" and p.schema.get("format") == "date" and not op.date_range
        ]

    # -- rows ------------------------------------------------------------------------------------------
    def _row(self, key: object) -> JSON:
        assert self.row_schema is not None
        if self.example_rows:
            return copy.deepcopy(self.example_rows[0])
        return generate(self.row_schema, rng_for(self.op.operation_id, key))

    def _nth_row(self, examples: list[JSON], schema: Mapping[str, JSON], position: int, key: object) -> JSON:
        """Row ``position`` of a paged list: the documented example rows first, then rows generated from the
        schema, seeded by the position (and ``key``: the request's filters), so that every page carries rows
        of its own, as a real list does (the SDK rightly refuses a page that repeats the one before)."""
        if position < len(examples):
            return copy.deepcopy(examples[position])
        return generate(schema, rng_for(self.op.operation_id, key, position))

    def _finish_rows(self, rows: list[JSON], values: Mapping[str, Any]) -> list[JSON]:
        assert self.row_schema is not None
        for row in rows:
            overlay(row, values, self.row_schema)
            for name in self.date_params:
                # A state_date-style request: every date-time field ending in `_date` is that day.
                day = values.get(name) or latest_available(self.spec).isoformat()
                if isinstance(row, dict):
                    for prop, prop_schema in self.row_schema.get("properties", {}).items():
                        if prop.endswith("_date") and prop_schema.get("format") == "date-time":
                            row[prop] = f"{day}T00:00:00Z"
        return rows

    def _range_rows(self, values: Mapping[str, Any]) -> list[JSON]:
        rng = self.op.date_range or {}
        resolved = resolve_range(self.spec, self.op, values)
        start, end = resolved
        assert isinstance(start, datetime)
        assert isinstance(end, datetime)
        hourly = rng.get("unit") == "hour"
        step = timedelta(hours=1) if hourly else timedelta(days=1)
        if not hourly:
            start = datetime.combine(start.date(), time(0), tzinfo=UTC)
        row_field = str(rng.get("row_field", "stat_date"))
        rows: list[JSON] = []
        moment = start
        while moment <= end:
            row = self._row(moment.isoformat())
            if isinstance(row, dict):
                row[row_field] = _rfc3339(moment)
            rows.append(row)
            moment += step
        return rows

    def _page_rows(self, values: Mapping[str, Any]) -> list[JSON]:
        pag = self.op.pagination or {}
        size = int(values.get(str(pag.get("size_param", "page_size")), 10))
        first = int(pag.get("first_page", 0))
        page = int(values.get(str(pag.get("page_param", "page")), first)) - first
        filters = sorted(
            (k, str(v)) for k, v in values.items() if k not in (pag.get("size_param"), pag.get("page_param"))
        )
        total = 5 + rng_for(self.op.operation_id, filters).randint(0, 45)
        begin = max(page, 0) * size
        assert self.row_schema is not None
        return [
            self._nth_row(self.example_rows, self.row_schema, i, filters)
            for i in range(begin, min(total, begin + size))
        ]

    def _plain_rows(self, values: Mapping[str, Any]) -> list[JSON]:
        rows = copy.deepcopy(self.example_rows) if self.example_rows else [self._row(i) for i in range(3)]
        # Filtering by a field the rows carry (e.g. one miner) narrows "all" to that one.
        props = (self.row_schema or {}).get("properties", {})
        if any(name in props and values.get(name) is not None for name in values):
            rows = rows[:1]
        return rows

    # -- cursor lists ----------------------------------------------------------------------------------
    def _cursor_page(self, values: Mapping[str, Any]) -> tuple[JSON, str | None]:
        pag = self.op.pagination or {}
        dataset = self.datasets.get(self.op.path)
        body = (
            generate(self.schema, rng_for(self.op.operation_id))
            if not isinstance(self.example, dict)
            else copy.deepcopy(self.example)
        )
        if dataset is None:
            return body, None
        limit_param = str(pag.get("limit_param", "limit"))
        limit_schema = next((p.schema for p in self.op.parameters if p.name == limit_param), {})
        limit = int(values.get(limit_param, limit_schema.get("default", 20)))
        after, before = values.get(str(pag.get("after_param"))), values.get(str(pag.get("before_param")))
        items = dataset.items
        if after is not None:
            # An unknown cursor gets an empty last page: the docs define no error for it (see README).
            pos = dataset.index.get(str(after), len(items))
            page, has_more = items[pos + 1 : pos + 1 + limit], pos + 1 + limit < len(items)
        elif before is not None:
            pos = dataset.index.get(str(before), 0)
            start = max(0, pos - limit)
            page, has_more = items[start:pos], start > 0
        else:
            page, has_more = items[:limit], limit < len(items)
        body[str(pag.get("items", "data"))] = copy.deepcopy(page)
        body[str(pag.get("has_more", "has_more"))] = has_more
        if self.schema.get("properties", {}).get("count", {}).get("type") == "integer":
            body["count"] = len(page)
        return body, None

    def _body_cursor_page(self, values: Mapping[str, Any]) -> JSON:
        """`{results, cursor}` pages of BODY_CURSOR_ITEMS objects; the cursor (base64 page number, like the
        docs' `MQ==`) comes back in the next request's body; null on the last page."""
        pag = self.op.pagination or {}
        items_field, cursor_field = str(pag.get("items", "results")), str(pag.get("cursor_field", "cursor"))
        id_field = pag.get("id_field")
        body = (
            copy.deepcopy(self.example)
            if isinstance(self.example, dict)
            else generate(self.schema, rng_for(self.op.operation_id))
        )
        examples = body.get(items_field) or []
        item_schema = self.schema.get("properties", {}).get(items_field, {}).get("items", {})
        page = decode_cursor(values.get(cursor_field))
        start = page * BODY_CURSOR_PAGE
        rows = []
        # an unknown cursor (page < 0) gets an empty last page
        for i in range(start, min(start + BODY_CURSOR_PAGE, BODY_CURSOR_ITEMS)) if page >= 0 else ():
            row = self._nth_row(examples, item_schema, i, "rows")
            if id_field and isinstance(row, dict):
                base = examples[0].get(str(id_field), "item") if examples else "item"
                row[str(id_field)] = f"{base}-{i + 1}"
            rows.append(row)
        body[items_field] = rows
        more = page >= 0 and start + BODY_CURSOR_PAGE < BODY_CURSOR_ITEMS
        body[cursor_field] = encode_cursor(page + 1) if more else None
        return body

    # -- entry point -----------------------------------------------------------------------------------
    def build(self, values: Mapping[str, Any], seed: str) -> tuple[JSON, str | None]:
        """(body, None) on success, or (None, parameter) when a referenced object does not exist."""
        pag = self.op.pagination or {}
        if pag.get("style") == "cursor":
            return self._cursor_page(values)
        if pag.get("style") == "body_cursor":
            return self._body_cursor_page(values), None
        if self.row_schema is not None:
            if self.op.date_range:
                rows = self._range_rows(values)
            elif pag.get("style") == "page":
                rows = self._page_rows(values)
            else:
                rows = self._plain_rows(values)
            payload: JSON = self._finish_rows(rows, values)
        else:
            found = self._lookup(values)
            if isinstance(found, str):
                return None, found
            if found is not None:
                payload = copy.deepcopy(found)
            elif self.example_payload is not None:
                payload = copy.deepcopy(self.example_payload)
            else:
                payload = generate(self.payload_schema, rng_for(self.op.operation_id))
            overlay(payload, values, self.payload_schema)
        env = self.spec.envelope
        if not env:
            return payload, None
        example = self.example if isinstance(self.example, dict) else {}
        return {
            str(env.get("request_id", "request_id")): request_id(seed),
            str(env.get("code", "code")): env.get("success_code", 0),
            str(env.get("message", "message")): example.get(str(env.get("message", "message")), "success."),
            str(env.get("data", "data")): payload,
        }, None

    def _lookup(self, values: Mapping[str, Any]) -> dict[str, JSON] | str | None:
        """For `/things/{id}`-style paths: the object from the matching dataset, or the missing parameter."""
        segments = self.op.path.strip("/").split("/")
        found: dict[str, JSON] | None = None
        for pos, segment in enumerate(segments):
            if not (segment.startswith("{") and segment.endswith("}")) or pos == 0:
                continue
            name = segment[1:-1]
            parent = "/" + "/".join(segments[:pos])
            dataset = self.datasets.get(parent) or self.datasets.get("/" + segments[pos - 1])
            if dataset is None:
                continue
            key = str(values.get(name, ""))
            match = None
            for field_name in (*dataset.key_fields, dataset.id_field):
                if name.endswith(field_name):
                    match = next((item for item in dataset.items if str(item.get(field_name)) == key), None)
                    break
            if match is None:
                return name
            found = match
        return found
