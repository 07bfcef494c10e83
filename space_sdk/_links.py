"""The HTTP ``Link`` header (RFC 8288, "Web Linking"): which URL a response names for a relation.

httpx's ``Response.links`` splits on commas and compares ``rel`` as written, so ``rel="next last"`` (a
link with two relation types, section 3.3) and ``rel="NEXT"`` (relation types compare case-insensitively,
section 2.1.1) both lose the next page; a comma inside a quoted ``title`` splits a link in two. This module
reads the grammar of section 3 instead::

    Link       = #link-value
    link-value = "<" URI-Reference ">" *( OWS ";" OWS link-param )
    link-param = token BWS [ "=" BWS ( token / quoted-string ) ]

Several ``Link`` header fields are one list (RFC 9110 section 5.3). A ``rel`` after the first of a link
is ignored (section 3.3); a link-value that does not parse is skipped up to the next comma, as the parsing
algorithm of Appendix B.2 does, so one broken link does not hide the others. The PyPI parsers for this
(``linkheader``, ``linkheader-parser``) implement RFC 5988 and were last released in 2015 and 2019: not a
dependency worth adding to the plain install for some 60 lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urljoin

__all__ = ["Link", "find_link", "parse_links"]

_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_WS = " \t"


@dataclass(frozen=True, slots=True)
class Link:
    """One link-value: its target as written and its parameters (names lower-cased; first one wins)."""

    target: str
    params: dict[str, str] = field(default_factory=dict)

    @property
    def rels(self) -> frozenset[str]:
        """The relation types of ``rel``, lower-cased (``rel="next last"`` is both)."""
        return frozenset(self.params.get("rel", "").lower().split())


def parse_links(values: Iterable[str]) -> list[Link]:
    """Every link in the given ``Link`` header field values."""
    links: list[Link] = []
    for value in values:
        pos = 0
        while pos < len(value):
            link, pos = _link_value(value, pos)
            if link is not None:
                links.append(link)
    return links


def find_link(values: Iterable[str], rel: str, base: str) -> str | None:
    """The target URL (resolved against ``base``, the request URL) of the first link of relation type
    ``rel``; ``None`` when there is none."""
    wanted = rel.lower()
    for link in parse_links(values):
        if wanted in link.rels:
            return urljoin(base, link.target)
    return None


def _skip(value: str, pos: int, chars: str = _WS) -> int:
    while pos < len(value) and value[pos] in chars:
        pos += 1
    return pos


def _link_value(value: str, pos: int) -> tuple[Link | None, int]:
    """One link-value from ``pos``; ``(None, after the next comma)`` when it does not parse."""
    pos = _skip(value, pos, _WS + ",")
    if pos >= len(value):
        return None, pos
    end = value.find(">", pos + 1) if value[pos] == "<" else -1
    if end < 0:
        return None, _after_comma(value, pos)
    target = value[pos + 1 : end].strip(_WS)
    pos = end + 1
    params: dict[str, str] = {}
    while True:
        pos = _skip(value, pos)
        if pos >= len(value) or value[pos] == ",":
            return Link(target, params), pos + 1
        if value[pos] != ";":
            return None, _after_comma(value, pos)
        pos = _skip(value, pos + 1)
        name = _TOKEN.match(value, pos)
        if name is None:
            return None, _after_comma(value, pos)
        pos = _skip(value, name.end())
        text = ""
        if pos < len(value) and value[pos] == "=":
            pos = _skip(value, pos + 1)
            if pos < len(value) and value[pos] == '"':
                quoted = _quoted(value, pos)
                if quoted is None:
                    return None, len(value)  # an unterminated quoted-string runs to the end
                text, pos = quoted
            else:
                token = _TOKEN.match(value, pos)
                if token is None:
                    return None, _after_comma(value, pos)
                text, pos = token.group(), token.end()
        params.setdefault(name.group().lower(), text)


def _quoted(value: str, pos: int) -> tuple[str, int] | None:
    """The quoted-string at ``pos`` (unescaped) and the position after it."""
    out: list[str] = []
    pos += 1
    while pos < len(value):
        char = value[pos]
        if char == "\\" and pos + 1 < len(value):
            out.append(value[pos + 1])
            pos += 2
        elif char == '"':
            return "".join(out), pos + 1
        else:
            out.append(char)
            pos += 1
    return None


def _after_comma(value: str, pos: int) -> int:
    comma = value.find(",", pos)
    return len(value) if comma < 0 else comma + 1
