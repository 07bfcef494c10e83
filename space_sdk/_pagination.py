"""Pages of list results, sync and async, for both styles the specs use (``x-pagination``).

* cursor: ask again with ``starting_after=<id of the last item>`` while ``has_more`` is true (or with
  ``starting_before=<id of the first item>`` when paging backwards);
* page: ask for ``page + 1`` until a page holds fewer than ``page_size`` rows (no total is given).

Iterating a page (``for`` / ``async for``) yields every item of it and of the pages after it, fetching
lazily; ``iter_pages()`` yields pages; ``data`` is this page's items.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, Generic, TypeVar

import httpx

from ._operation import Pagination
from ._response import Exchange

__all__ = [
    "AsyncCursorPage",
    "AsyncPage",
    "AsyncPageNumberPage",
    "SyncCursorPage",
    "SyncPage",
    "SyncPageNumberPage",
    "next_page_args",
]

T = TypeVar("T")


def next_page_args(
    pg: Pagination, args: Mapping[str, Any], raw_items: list[Any], has_more: bool | None
) -> dict[str, Any] | None:
    """The arguments of the page after this one, or ``None`` on the last page."""
    if pg.style == "page":
        size = args.get(pg.size_param) if pg.size_param else None
        if not raw_items or size is None or len(raw_items) < size or pg.page_param is None:
            return None
        current = args.get(pg.page_param)
        return {**args, pg.page_param: (pg.first_page if current is None else current) + 1}
    # cursor
    if not raw_items:
        return None
    if has_more is None:  # some list answers omit has_more: a full page suggests more
        limit = args.get(pg.limit_param) if pg.limit_param else None
        has_more = limit is not None and len(raw_items) >= limit
    if not has_more or pg.id_field is None:
        return None
    backwards = pg.before_param is not None and args.get(pg.before_param) is not None
    anchor = raw_items[0] if backwards else raw_items[-1]
    cursor = anchor.get(pg.id_field) if isinstance(anchor, dict) else None
    if cursor is None:
        return None  # items without ids cannot be paged past
    nxt = dict(args)
    if backwards:
        assert pg.before_param is not None
        nxt[pg.before_param] = str(cursor)
    else:
        if pg.before_param:
            nxt.pop(pg.before_param, None)
        if pg.after_param:
            nxt[pg.after_param] = str(cursor)
    return nxt


class _BasePage(Generic[T]):
    __slots__ = ("_exchange", "_next_args", "data")

    def __init__(self, data: list[T], exchange: Exchange, next_args: dict[str, Any] | None) -> None:
        self.data = data
        self._exchange = exchange
        self._next_args = next_args

    def has_next_page(self) -> bool:
        return self._next_args is not None

    def next_page_args(self) -> dict[str, Any] | None:
        """The keyword arguments that fetch the next page (``None`` on the last page)."""
        return None if self._next_args is None else dict(self._next_args)

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


class SyncPage(_BasePage[T]):
    """A page of a list; ``for item in page`` walks this page and every later one."""

    __slots__ = ("_fetch",)

    def __init__(
        self,
        data: list[T],
        exchange: Exchange,
        next_args: dict[str, Any] | None,
        fetch: Callable[[dict[str, Any]], SyncPage[T]],
    ) -> None:
        super().__init__(data, exchange, next_args)
        self._fetch = fetch

    def get_next_page(self) -> SyncPage[T] | None:
        return None if self._next_args is None else self._fetch(self._next_args)

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        page: SyncPage[T] | None = self
        while page is not None:
            yield page
            page = page.get_next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_BasePage[T]):
    """A page of a list; ``async for item in page`` walks this page and every later one."""

    __slots__ = ("_fetch",)

    def __init__(
        self,
        data: list[T],
        exchange: Exchange,
        next_args: dict[str, Any] | None,
        fetch: Callable[[dict[str, Any]], Awaitable[AsyncPage[T]]],
    ) -> None:
        super().__init__(data, exchange, next_args)
        self._fetch = fetch

    async def get_next_page(self) -> AsyncPage[T] | None:
        return None if self._next_args is None else await self._fetch(self._next_args)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page: AsyncPage[T] | None = self
        while page is not None:
            yield page
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class SyncCursorPage(SyncPage[T]):
    """A page of a cursor-paginated list (``starting_after`` + ``has_more``)."""

    __slots__ = ()


class SyncPageNumberPage(SyncPage[T]):
    """A page of a page-numbered list (``page`` / ``page_size``; ends on a short page)."""

    __slots__ = ()


class AsyncCursorPage(AsyncPage[T]):
    """A page of a cursor-paginated list (``starting_after`` + ``has_more``)."""

    __slots__ = ()


class AsyncPageNumberPage(AsyncPage[T]):
    """A page of a page-numbered list (``page`` / ``page_size``; ends on a short page)."""

    __slots__ = ()
