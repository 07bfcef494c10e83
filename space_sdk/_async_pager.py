"""What an async list method returns: awaitable (the first page) and async-iterable (every item).

    page = await spaces.customers.list(limit=10)     # the first page: page.data, has_next_page(), ...
    async for customer in spaces.customers.list():   # every item of every page, no await first

The first page is fetched when the object is awaited or iterated, not when the method is called (as with
any coroutine); nothing is sent for one that is neither. (openai-python's ``AsyncPaginator`` is the model.)
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator
from typing import Any, Generic, TypeVar

from ._async.pages import AsyncPage

__all__ = ["AsyncPager"]

T = TypeVar("T")
P = TypeVar("P", bound=AsyncPage[Any])


class AsyncPager(Generic[P, T]):
    """``await`` it for the first page ``P``, or ``async for`` over it for every item ``T``."""

    __slots__ = ("_first",)

    def __init__(self, first: Callable[[], Awaitable[P]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, P]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item
