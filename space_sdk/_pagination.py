"""Which page of a list comes next, for every style the specs use (``x-pagination``), without I/O.

* ``page``: ask for ``page + 1`` until a page holds fewer than ``page_size`` rows (no total is given);
* ``cursor``: ask again with ``starting_after=<id of the last item>`` while ``has_more`` is true (or with
  ``starting_before=<id of the first item>`` when paging backwards);
* ``body_cursor``: the cursor travels in the JSON request body; the answer's ``cursor`` is sent back in the
  next request's body, ``null`` on the last page;
* ``link``: ``page``/``per_page``, the next page named by the RFC 5988 ``Link`` header (``rel="next"``),
  the total in a header such as ``X-Total-Count`` (``page.total``).

Which page comes next is decided by one I/O-free function, :func:`next_page`, for every style. A page that
says there is more but does not move on -- the same cursor again, a next page that is not after this one, an
empty page with more to come, the rows of an earlier page again -- raises :class:`PageStall`, which the core
turns into :class:`~space_sdk.ResponseValidationError`: ending quietly would hide missing rows, and
following it would never end. Every request of one listing is remembered (:attr:`PageRequest.history`),
so a cursor that goes round (``"A"``, ``"B"``, ``"A"``, ...) is caught the first time it comes back, not
only one that repeats at once. A list that ends before the total its answer states (``X-Total-Count``)
raises too, with the rows it delivered and the total it promised.

The page classes (``SyncCursorPage``, ``AsyncCursorPage``, ...) are in ``space_sdk/_async/pages.py`` and its
generated sync twin: iterating a page (``for`` / ``async for``) yields every item of it and of the pages after
it, fetching lazily; ``iter_pages()`` yields pages; ``data`` is this page's items.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar
from urllib.parse import parse_qs, urlsplit

import httpx
import msgspec

from ._links import find_link
from ._operation import Pagination
from ._response import Exchange

__all__ = [
    "PAGE_STYLES",
    "BasePage",
    "PageRequest",
    "PageStall",
    "next_page",
    "page_items",
    "total_of",
]

T = TypeVar("T")

#: x-pagination style -> the stem of its page classes (``Sync<stem>`` / ``Async<stem>``)
PAGE_STYLES: dict[str, str] = {
    "page": "PageNumberPage",
    "cursor": "CursorPage",
    "body_cursor": "BodyCursorPage",
    "link": "LinkPage",
}


class PageStall(Exception):
    """A page claims there is more but gives no way forward (or the same way again)."""


@dataclass(frozen=True, slots=True)
class PageRequest:
    """What to send for one page: the method's keyword arguments and fields set in the JSON body
    (``body_cursor``); ``history``: what this listing has sent and seen before this request (each earlier
    request's cursor or page, each earlier page's first and last row), to notice a listing going round;
    ``delivered``: rows of the pages before (``None`` when the listing started part-way, so the total a
    page states cannot be checked)."""

    args: dict[str, Any]
    body: dict[str, Any] = field(default_factory=dict)
    history: frozenset[bytes] = frozenset()
    delivered: int | None = 0


def page_items(pg: Pagination | None, data: Any) -> tuple[Any, Any]:
    """The rows of one answer's data and the list object around them (``None`` when data is a bare list)."""
    if pg is None or not pg.items or not isinstance(data, dict):
        return data, None
    return data.get(pg.items), data


def next_page(
    pg: Pagination,
    request: PageRequest,
    raw_items: list[Any],
    container: Mapping[str, Any] | None,
    response: httpx.Response,
) -> PageRequest | None:
    """The request for the page after this one, ``None`` on the last page; :class:`PageStall` when the page
    says there is more but does not move on, or the list ends short of the total it states."""
    delivered = _delivered(pg, request)
    nxt = _NEXT[pg.style](pg, request, raw_items, container or {}, response)
    if nxt is None:
        total = total_of(pg, response)
        if total is not None and delivered is not None and delivered + len(raw_items) < total:
            raise PageStall(
                f"the list ends after {delivered + len(raw_items)} rows, but {pg.total_header} says {total}"
            )
        return None
    if not raw_items:
        raise PageStall("an empty page says there are more pages")
    history = request.history or frozenset({_request_key(pg, request)})
    rows = _rows_key(raw_items)
    if rows in history:
        raise PageStall("this page repeats the rows of an earlier page of the same list")
    key = _request_key(pg, nxt)
    if key in history:
        raise PageStall(
            f"the next page ({_describe(pg, nxt)}) was already fetched: the list goes round in a circle"
        )
    return PageRequest(
        nxt.args,
        nxt.body,
        history | {rows, key},
        None if delivered is None else delivered + len(raw_items),
    )


def _delivered(pg: Pagination, request: PageRequest) -> int | None:
    """Rows delivered before ``request``; ``None`` when the listing began part-way through the list."""
    if request.history:
        return request.delivered
    args = request.args
    if pg.page_param and args.get(pg.page_param) not in (None, pg.first_page):
        return None
    if any(args.get(p) is not None for p in (pg.after_param, pg.before_param) if p):
        return None
    if request.body.get(pg.cursor_field or "cursor") is not None:
        return None
    return 0


def _request_key(pg: Pagination, request: PageRequest) -> bytes:
    """What tells one page's request from another's: its body fields and its page / cursor arguments."""
    names = (pg.page_param, pg.after_param, pg.before_param)
    return b"q" + _encode([request.body, [request.args.get(n) for n in names if n]])


def _rows_key(raw_items: list[Any]) -> bytes:
    return b"r" + _encode([raw_items[0], raw_items[-1]])


def _describe(pg: Pagination, request: PageRequest) -> str:
    parts = [f"{k}={v!r}" for k, v in request.body.items()]
    names = (pg.page_param, pg.after_param, pg.before_param)
    parts += [f"{n}={request.args[n]!r}" for n in names if n and request.args.get(n) is not None]
    return ", ".join(parts) or "the first page"


def _encode(value: Any) -> bytes:
    # decoded JSON (and the str/int page arguments) always encode; anything else by its repr
    try:
        return msgspec.json.encode(value)
    except (TypeError, ValueError, OverflowError):
        return repr(value).encode()


def _next_page_number(
    pg: Pagination,
    request: PageRequest,
    raw: list[Any],
    container: Mapping[str, Any],
    response: httpx.Response,
) -> PageRequest | None:
    args = request.args
    size = args.get(pg.size_param) if pg.size_param else None
    if not raw or size is None or len(raw) < size or pg.page_param is None:
        return None
    current = args.get(pg.page_param)
    return PageRequest({**args, pg.page_param: (pg.first_page if current is None else current) + 1})


def _next_cursor(
    pg: Pagination,
    request: PageRequest,
    raw: list[Any],
    container: Mapping[str, Any],
    response: httpx.Response,
) -> PageRequest | None:
    args = request.args
    said = container.get(pg.has_more) if pg.has_more else None
    has_more = said if isinstance(said, bool) else None
    if has_more is None:  # some list answers omit has_more: a full page suggests more
        if not raw:
            return None
        limit = args.get(pg.limit_param) if pg.limit_param else None
        has_more = limit is not None and len(raw) >= limit
        if not has_more:
            return None
        explicit = False
    else:
        explicit = True
    if not has_more or pg.id_field is None:
        return None
    if not raw:
        raise PageStall(f"an empty page says {pg.has_more}=true")
    backwards = pg.before_param is not None and args.get(pg.before_param) is not None
    anchor = raw[0] if backwards else raw[-1]
    cursor = anchor.get(pg.id_field) if isinstance(anchor, dict) else None
    if cursor is None:
        if explicit:
            raise PageStall(f"the page says {pg.has_more}=true but its last row has no {pg.id_field!r}")
        return None  # a guessed "more" with nothing to page past: stop
    param = pg.before_param if backwards else pg.after_param
    if param is None:
        return None
    if args.get(param) is not None and str(args[param]) == str(cursor):
        raise PageStall(f"the next {param} is {cursor!r} again")
    nxt = dict(args)
    if not backwards and pg.before_param:
        nxt.pop(pg.before_param, None)
    nxt[param] = str(cursor)
    return PageRequest(nxt)


def _next_body_cursor(
    pg: Pagination,
    request: PageRequest,
    raw: list[Any],
    container: Mapping[str, Any],
    response: httpx.Response,
) -> PageRequest | None:
    name = pg.cursor_field or "cursor"
    cursor = container.get(name)
    if cursor is None or cursor == "":
        return None
    if cursor == request.body.get(name):
        raise PageStall(f"the answer's {name} is the one just sent")
    return PageRequest(request.args, {**request.body, name: cursor})


def _next_link(
    pg: Pagination,
    request: PageRequest,
    raw: list[Any],
    container: Mapping[str, Any],
    response: httpx.Response,
) -> PageRequest | None:
    try:
        base = str(response.request.url)
    except RuntimeError:  # a response built without its request (tests): relative targets stay relative
        base = ""
    url = find_link(response.headers.get_list("link"), "next", base)
    if url is None or pg.page_param is None:
        return None
    wire = pg.page_wire or pg.page_param
    values = parse_qs(urlsplit(url).query).get(wire)
    try:
        target = int(values[-1]) if values else None
    except ValueError:
        target = None
    if target is None:
        raise PageStall(f"the Link rel=next URL has no whole-number {wire!r} parameter")
    current = request.args.get(pg.page_param)
    current = pg.first_page if current is None else current
    if target <= current:
        raise PageStall(f"the Link rel=next page is {target}, not after this page ({current})")
    return PageRequest({**request.args, pg.page_param: target})


_NEXT: dict[
    str,
    Callable[[Pagination, PageRequest, list[Any], Mapping[str, Any], httpx.Response], PageRequest | None],
] = {
    "page": _next_page_number,
    "cursor": _next_cursor,
    "body_cursor": _next_body_cursor,
    "link": _next_link,
}


def total_of(pg: Pagination, response: httpx.Response) -> int | None:
    """The total the answer states (``total_header``), if it states one as a whole number."""
    if not pg.total_header:
        return None
    raw = response.headers.get(pg.total_header)
    try:
        value = int(raw) if raw is not None else None
    except ValueError:
        return None
    return value if value is not None and value >= 0 else None


class BasePage(Generic[T]):
    """What a page of either flavour holds (``space_sdk/_async/pages.py`` adds the fetching).

    A page whose answer says there is more but gives no usable way there (:class:`PageStall`) still gives its
    own rows: the error is kept (``stall``) and raised only when the next page is asked for (iterating past
    this page, ``get_next_page()``, ``next_page_args()``, ``next_page_info()``)."""

    __slots__ = ("_exchange", "_next", "_stall", "data", "total")

    def __init__(
        self,
        data: list[T],
        exchange: Exchange,
        next_request: PageRequest | None,
        total: int | None = None,
        stall: Exception | None = None,
    ) -> None:
        self.data = data
        self._exchange = exchange
        self._next = next_request
        self._stall = stall
        #: how many items the whole list holds, where the API says (``Link`` style: ``X-Total-Count``)
        self.total = total

    def has_next_page(self) -> bool:
        """Whether the server says there is more (also when it gives no way there: then asking raises)."""
        return self._next is not None or self._stall is not None

    def _next_request(self) -> PageRequest | None:
        if self._stall is not None:
            raise self._stall
        return self._next

    def next_page_args(self) -> dict[str, Any] | None:
        """The keyword arguments that fetch the next page (``None`` on the last page)."""
        nxt = self._next_request()
        return None if nxt is None else dict(nxt.args)

    def next_page_info(self) -> dict[str, Any] | None:
        """What changes for the next page: ``{"params": {...}, "json": {...}}`` (``None`` on the last page)."""
        nxt = self._next_request()
        if nxt is None:
            return None
        return {"params": dict(nxt.args), "json": dict(nxt.body)}

    @property
    def http_response(self) -> httpx.Response:
        return self._exchange.response

    @property
    def request_id(self) -> str | None:
        return self._exchange.request_id

    @property
    def body(self) -> Any:
        """The decoded JSON of this page's answer."""
        return self._exchange.body

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(items={len(self.data)}, has_next_page={self.has_next_page()})"
