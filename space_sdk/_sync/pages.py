# Generated from space_sdk/_async/pages.py by generator/unasync.py (make generate): edit that file,
# never this one; make check-generated fails when the two disagree.
"""Pages of list results for every ``x-pagination`` style; iterating a page walks every later page too.

What comes next is decided by :func:`space_sdk._pagination.next_page`; a page only holds its rows, its answer
and the request for the page after it, and asks its fetcher for that page when it is wanted.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol, TypeVar

from .._pagination import BasePage, PageRequest
from .._response import Exchange

__all__ = [
    "SYNC_PAGES",
    "SyncBodyCursorPage",
    "SyncCursorPage",
    "SyncLinkPage",
    "SyncPage",
    "SyncPageFetcher",
    "SyncPageNumberPage",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class SyncPageFetcher(Protocol[T_co]):
    """Fetches the page a :class:`~space_sdk._pagination.PageRequest` names (the core's, per call)."""

    def __call__(self, request: PageRequest, /) -> SyncPage[Any]: ...


class SyncPage(BasePage[T]):
    """A page of a list: ``data`` is this page's items; iterating yields them and every later page's."""

    __slots__ = ("_fetch",)

    def __init__(
        self,
        data: list[T],
        exchange: Exchange,
        next_request: PageRequest | None,
        fetch: SyncPageFetcher[T],
        total: int | None = None,
        stall: Exception | None = None,
    ) -> None:
        super().__init__(data, exchange, next_request, total, stall)
        self._fetch = fetch

    def get_next_page(self) -> SyncPage[T] | None:
        """The page after this one (``None`` on the last page); raises the page's ``stall`` error when the
        server said there is more but gave no usable way there."""
        nxt = self._next_request()
        if nxt is None:
            return None
        page: SyncPage[T] = self._fetch(nxt)
        return page

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page, then each later page, fetched as it is reached."""
        page: SyncPage[T] | None = self
        while page is not None:
            yield page
            page = page.get_next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            for item in page.data:
                yield item


class SyncCursorPage(SyncPage[T]):
    """A page of a cursor-paginated list (``starting_after`` + ``has_more``)."""

    __slots__ = ()


class SyncPageNumberPage(SyncPage[T]):
    """A page of a page-numbered list (``page`` / ``page_size``; ends on a short page)."""

    __slots__ = ()


class SyncBodyCursorPage(SyncPage[T]):
    """A page of a list whose cursor travels in the JSON request body (``{cursor}`` / ``{results, cursor}``)."""

    __slots__ = ()


class SyncLinkPage(SyncPage[T]):
    """A page of a list paged by the ``Link`` header (``page``/``per_page``; ``total`` from a header)."""

    __slots__ = ()


#: x-pagination style -> page class, for the core
SYNC_PAGES: dict[str, type[SyncPage[Any]]] = {
    "page": SyncPageNumberPage,
    "cursor": SyncCursorPage,
    "body_cursor": SyncBodyCursorPage,
    "link": SyncLinkPage,
}
