"""Decoding JSON answers: fast, exact for big integers, and never "invalid" for valid JSON.

msgspec's decoder returns the same objects as ``json.loads`` (integers of any size stay exact ints, which
Spacescope's byte and attoFIL figures need) in about 60% of the time. It refuses one kind of valid JSON: a
number past the float range (``1e999``, RFC 8259 section 6 leaves the range to implementations) raises
``msgspec.ValidationError``. Only then is the body decoded again by the standard library, which reads such a
number as infinity, as JavaScript does; whoever reads the value decides what an infinite number means
(a wait hint: absent). Syntax errors stay errors (``ValueError``); a body nested past the recursion limit
raises ``RecursionError``, which callers catch with it.
"""

from __future__ import annotations

import json
from typing import Any

import msgspec

__all__ = ["decode_json"]

_decode = msgspec.json.Decoder().decode


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def decode_json(content: bytes) -> Any:
    """The decoded JSON document in ``content``; ``ValueError`` when it is not JSON."""
    try:
        return _decode(content)
    except msgspec.ValidationError:  # valid JSON, a number msgspec will not hold: see the module docstring
        return json.loads(content, parse_constant=_no_constant)
