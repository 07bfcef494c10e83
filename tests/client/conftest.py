"""Fixtures: clients over an in-memory transport that never sleep and see a fixed clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from sdk_helpers import NOW, TOKEN, Handler

from space_sdk import AsyncSpaces, AsyncSpacescope, Spaces, Spacescope


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def spacescope(sleeps: list[float]) -> Iterator[Callable[..., Spacescope]]:
    made: list[Spacescope] = []

    def make(handler: Handler, **kwargs: Any) -> Spacescope:
        api = Spacescope(
            TOKEN, transport=httpx.MockTransport(handler), sleep=sleeps.append, now=lambda: NOW, **kwargs
        )
        made.append(api)
        return api

    yield make
    for api in made:
        api.close()


@pytest.fixture
def async_spacescope(sleeps: list[float]) -> Callable[..., AsyncSpacescope]:
    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    def make(handler: Handler, **kwargs: Any) -> AsyncSpacescope:
        return AsyncSpacescope(
            TOKEN, transport=httpx.MockTransport(handler), sleep=fake_sleep, now=lambda: NOW, **kwargs
        )

    return make


@pytest.fixture
def spaces(sleeps: list[float]) -> Iterator[Callable[..., Spaces]]:
    made: list[Spaces] = []

    def make(handler: Handler, **kwargs: Any) -> Spaces:
        api = Spaces(TOKEN, transport=httpx.MockTransport(handler), sleep=sleeps.append, **kwargs)
        made.append(api)
        return api

    yield make
    for api in made:
        api.close()


@pytest.fixture
def async_spaces(sleeps: list[float]) -> Callable[..., AsyncSpaces]:
    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    def make(handler: Handler, **kwargs: Any) -> AsyncSpaces:
        return AsyncSpaces(TOKEN, transport=httpx.MockTransport(handler), sleep=fake_sleep, **kwargs)

    return make
