"""``space_sdk.__all__`` is sorted, complete and importable; users see ``space_sdk.X`` names."""

from __future__ import annotations

import inspect

import space_sdk
from space_sdk import _exceptions


def test_all_is_sorted_and_unique() -> None:
    assert space_sdk.__all__ == sorted(space_sdk.__all__, key=lambda n: (not n.isupper(), n))
    assert len(set(space_sdk.__all__)) == len(space_sdk.__all__)


def test_every_name_in_all_exists_and_reports_the_public_module() -> None:
    for name in space_sdk.__all__:
        value = getattr(space_sdk, name)
        if inspect.isclass(value):
            assert value.__module__ == "space_sdk", name


def test_every_exception_is_exported() -> None:
    for name in _exceptions.__all__:
        if name != "KIND_TO_EXCEPTION":
            assert name in space_sdk.__all__, name


def test_public_classes_of_the_package_are_listed() -> None:
    public = {
        n
        for n, v in vars(space_sdk).items()
        if not n.startswith("_") and inspect.isclass(v) and v.__module__ == "space_sdk"
    }
    assert public <= set(space_sdk.__all__)
