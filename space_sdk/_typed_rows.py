"""List answers decoded straight into typed rows, in C, for rows of plain fields.

A generated model whose fields are all strings, numbers, booleans or dates carries ``_wire_fields`` (JSON name,
attribute, Python type, required) and ``from_wire`` (generator/templates/openapi-python-client/model.py.jinja).
For such a row, :class:`WireRows` decodes the whole answer with msgspec against a ``Struct`` per row: only the
documented keys (``forbid_unknown_fields``), each of its JSON type (an ``int`` field takes no ``true`` and no
``1.5``, a ``float`` field keeps a JSON integer an ``int``), an absent optional field the package's ``UNSET``; an
envelope (``x-envelope``) only its own keys. ``from_wire`` then builds the models with ``from_dict``'s own code
for each field. The decoded dicts, and a Python-level dict lookup per field, are skipped: most of the cost of a
long list answer (benchmarks/client_overhead.py).

Anything else -- an undocumented key, another JSON type, an error answer, a missing envelope key -- declines
(``decode`` returns ``None``) and the answer goes the usual way (untyped decode, ``from_dicts``), so the
result, and every error, is exactly what that way gives: tests/client/test_typed_rows.py checks the two agree
on every documented example and on generated rows.

A server that never matches (an undocumented key in every row, say) would pay both decodes on every call:
after ``GIVE_UP`` declines in a row a decoder stops trying, and the usual way alone runs.

What the caller sees of a typed answer is the same as of any other: ``RawResponse.body`` decodes the answer's
content again on first use (:class:`WireBody` marks such a body).
"""

from __future__ import annotations

import importlib
import types
from collections.abc import Callable, Mapping
from typing import Any

import msgspec

__all__ = ["WireBody", "WireList", "WireRows", "is_wire", "model_of", "wire_rows_for"]

#: the Struct type of each Python type a plain field can have; dates stay strings for from_dict's own parse
_WIRE_TYPES: dict[str, Any] = {
    "str": str,
    "int": int,
    "float": int | float,  # from_dict keeps a JSON integer an int
    "bool": bool,
    "datetime.datetime": str,
    "datetime.date": str,
}


#: declines in a row after which a decoder stops trying (the answers do not have the documented shape)
GIVE_UP = 3


class WireBody(dict[str, Any]):
    """The decoded envelope of a typed answer: its data field holds the row Structs, not dicts; ``build``
    makes the models of them."""

    build: Callable[[list[Any]], list[Any]]


class WireList(list[Any]):
    """A typed bare list answer: the row Structs; ``build`` makes the models of them."""

    build: Callable[[list[Any]], list[Any]]


def is_wire(body: Any) -> bool:
    """Whether ``body`` came from a typed decode (its rows are Structs, not the decoded JSON)."""
    return isinstance(body, WireBody | WireList)


class WireRows:
    """The typed decoder of one list answer shape: a model's rows, bare or in the API's envelope."""

    def __init__(self, model: type[Any], envelope: Mapping[str, Any] | None) -> None:
        fields: tuple[tuple[str, str, str, bool], ...] = model._wire_fields
        # the generated package's own UNSET (its types module), which from_dict gives an absent optional field
        unset = importlib.import_module(model.__module__.partition(".")[0] + ".types").UNSET
        row = msgspec.defstruct(
            f"{model.__name__}Wire",
            [
                (attr, _WIRE_TYPES[kind]) if required else (attr, _WIRE_TYPES[kind], unset)
                for _, attr, kind, required in fields
            ],
            rename={attr: name for name, attr, _, _ in fields},
            forbid_unknown_fields=True,
            gc=False,  # rows live only until from_wire has read them
        )
        self.build: Callable[[list[Any]], list[Any]] = model.from_wire
        self.declines = 0  # in a row (see GIVE_UP)
        self._envelope_keys: tuple[str, ...] = ()
        self._data = ""
        if envelope is None:
            self._decoder: msgspec.json.Decoder[Any] = msgspec.json.Decoder(types.GenericAlias(list, (row,)))
            return
        self._data = str(envelope.get("data", "data"))
        keys = {str(envelope.get(k, k)) for k in ("code", "message", "request_id")} - {self._data}
        self._envelope_keys = tuple(sorted(keys))
        top = msgspec.defstruct(
            "Envelope",
            [(f"f{i}", Any, msgspec.UNSET) for i in range(len(self._envelope_keys))]
            + [("data", types.GenericAlias(list, (row,)), msgspec.UNSET)],
            rename={**{f"f{i}": k for i, k in enumerate(self._envelope_keys)}, "data": self._data},
            forbid_unknown_fields=True,
        )
        self._decoder = msgspec.json.Decoder(top)

    def decode(self, content: bytes) -> WireBody | WireList | None:
        """The answer with its rows as Structs, or ``None`` to decline (the usual decode then runs)."""
        if self.declines >= GIVE_UP:
            return None
        try:
            value = self._decoder.decode(content)
        except (msgspec.DecodeError, msgspec.ValidationError, RecursionError):
            self.declines += 1
            return None
        self.declines = 0
        if isinstance(value, list):
            rows = WireList(value)
            rows.build = self.build
            return rows
        data = getattr(value, "data")  # noqa: B009 (a field of the Struct made in __init__)
        if data is msgspec.UNSET:
            return None  # the usual way reports the missing data field
        body = WireBody()
        for i, key in enumerate(self._envelope_keys):
            field = getattr(value, f"f{i}")
            if field is not msgspec.UNSET:
                body[key] = field
        body[self._data] = data
        body.build = self.build
        return body


def model_of(parse: Callable[..., Any]) -> type[Any] | None:
    """The generated model whose ``from_dict`` ``parse`` is, or ``None`` (any other parser)."""
    model = getattr(parse, "__self__", None)
    if isinstance(model, type) and getattr(parse, "__name__", None) == "from_dict":
        return model
    return None


def wire_rows_for(model: type[Any], envelope: Mapping[str, Any] | None) -> WireRows | None:
    """The typed decoder of ``model``'s rows when it has ``_wire_fields`` (rows of plain fields), else ``None``."""
    if not hasattr(model, "_wire_fields") or not hasattr(model, "from_wire"):
        return None
    return WireRows(model, envelope)
