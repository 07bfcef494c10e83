"""Drifted servers: the spec-driven mock with one change, for the drift tests (a stand-in for branch
``contract``'s ``tests/contract/mutants.py`` until it lands)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from space_sdk.contract.mock.app import Receive, Scope, Send

Edit = Callable[[Any], None]


def each_object(kind: str, change: Callable[[dict[str, Any]], None]) -> Edit:
    """Apply ``change`` to every JSON object with ``object: <kind>`` anywhere in an answer."""

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for member in value.values():
                walk(member)
            if value.get("object") == kind:
                change(value)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    return walk


class Mutant:
    """The mock's answers with ``edit`` applied to every JSON body, statuses rewritten by ``status_map``
    (with the body ``bodies`` gives for the new status)."""

    def __init__(
        self,
        app: Any,
        edit: Edit | None = None,
        status_map: dict[int, int] | None = None,
        bodies: dict[int, Any] | None = None,
    ) -> None:
        self.app, self.edit = app, edit
        self.status_map, self.bodies = status_map or {}, bodies or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Any) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = b"".join(chunks)
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            is_json = any(k.lower() == b"content-type" and b"json" in v for k, v in headers)
            if self.edit is not None and is_json and body:
                data = json.loads(body)
                self.edit(data)
                body = json.dumps(data).encode()
            status = self.status_map.get(start["status"], start["status"])
            if status in self.bodies and status != start["status"]:
                body = json.dumps(self.bodies[status]).encode()
            headers.append((b"content-length", str(len(body)).encode()))
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, capture)


def _set(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(obj: dict[str, Any]) -> None:
        obj[key] = value

    return change


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    def change(obj: dict[str, Any]) -> None:
        obj.pop(key, None)

    return change


def _stringify(key: str) -> Callable[[dict[str, Any]], None]:
    def change(obj: dict[str, Any]) -> None:
        if key in obj:
            obj[key] = str(obj[key])

    return change


def _recode(old: int, new: int) -> Edit:
    def edit(body: Any) -> None:
        if isinstance(body, dict) and body.get("code") == old:
            body["code"], body["message"] = new, "parameter out of the allowed range"

    return edit


# Spacescope (an envelope with error codes, some with HTTP 200): a code the error table does not list
SPACESCOPE_MUTANTS: dict[str, dict[str, Any]] = {"new_error_code": {"edit": _recode(30002, 30099)}}

# kind → how a Spaces mock drifts into it (Spaces: plain resources, {message} errors by status)
SPACES_MUTANTS: dict[str, dict[str, Any]] = {
    "undocumented_field": {"edit": each_object("customer", _set("tier", "gold"))},
    "enum_value": {"edit": each_object("event", _set("type", "customer.archived"))},
    "nullable": {"edit": each_object("customer", _set("email", None))},
    "new_status": {"status_map": {404: 429}, "bodies": {429: {"message": "Rate limit exceeded"}}},
    "required_missing": {"edit": each_object("customer", _drop("name"))},
    "type_changed": {"edit": each_object("invoice", _stringify("total"))},
}
