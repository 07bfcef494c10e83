"""Pages of list results for every ``x-pagination`` style; iterating a page walks every later page too.

What comes next is decided by :func:`space_sdk._pagination.next_page`; a page only holds its rows, its answer
and the request for the page after it, and asks its fetcher for that page when it is wanted.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, Protocol, TypeVar

from .._pagination import BasePage, PageRequest
from .._response import Exchange

__all__ = [
    "ASYNC_PAGES",
    "AsyncBodyCursorPage",
    "AsyncCursorPage",
    "AsyncLinkPage",
    "AsyncPage",
    "AsyncPageFetcher",
    "AsyncPageNumberPage",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class AsyncPageFetcher(Protocol[T_co]):
    """Fetches the page a :class:`~space_sdk._pagination.PageRequest` names (the core's, per call)."""

    async def __call__(self, request: PageRequest, /) -> AsyncPage[Any]: ...


class AsyncPage(BasePage[T]):
    """A page of a list: ``data`` is this page's items; iterating yields them and every later page's."""

    __slots__ = ("_fetch",)

    def __init__(
        self,
        data: list[T],
        exchange: Exchange,
        next_request: PageRequest | None,
        fetch: AsyncPageFetcher[T],
        total: int | None = None,
        stall: Exception | None = None,
    ) -> None:
        super().__init__(data, exchange, next_request, total, stall)
        self._fetch = fetch

    async def get_next_page(self) -> AsyncPage[T] | None:
        """The page after this one (``None`` on the last page); raises the page's ``stall`` error when the
        server said there is more but gave no usable way there."""
        nxt = self._next_request()
        if nxt is None:
            return None
        page: AsyncPage[T] = await self._fetch(nxt)
        return page

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page, then each later page, fetched as it is reached."""
        page: AsyncPage[T] | None = self
        while page is not None:
            yield page
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncCursorPage(AsyncPage[T]):
    """A page of a cursor-paginated list (``starting_after`` + ``has_more``)."""

    __slots__ = ()


class AsyncPageNumberPage(AsyncPage[T]):
    """A page of a page-numbered list (``page`` / ``page_size``; ends on a short page)."""

    __slots__ = ()


class AsyncBodyCursorPage(AsyncPage[T]):
    """A page of a list whose cursor travels in the JSON request body (``{cursor}`` / ``{results, cursor}``)."""

    __slots__ = ()


class AsyncLinkPage(AsyncPage[T]):
    """A page of a list paged by the ``Link`` header (``page``/``per_page``; ``total`` from a header)."""

    __slots__ = ()


#: x-pagination style -> page class, for the core
ASYNC_PAGES: dict[str, type[AsyncPage[Any]]] = {
    "page": AsyncPageNumberPage,
    "cursor": AsyncCursorPage,
    "body_cursor": AsyncBodyCursorPage,
    "link": AsyncLinkPage,
}
