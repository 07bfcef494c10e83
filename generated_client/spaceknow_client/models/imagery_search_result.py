from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scene import Scene


T = TypeVar("T", bound="ImagerySearchResult")


@_attrs_define
class ImagerySearchResult:
    """
    Attributes:
        results (list[Scene]):
        cursor (None | str | Unset): The next page's cursor; null on the last page.
    """

    results: list[Scene]
    cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scene import Scene

        results = []
        _results = src_dict["results"]
        for results_item_data in _results:
            results_item = Scene.from_dict(results_item_data)

            results.append(results_item)

        def _parse_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cursor = _parse_cursor(src_dict.get("cursor", UNSET))

        if len(src_dict) == 1 + (cursor is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "results",
                    "cursor",
                }
            }
        imagery_search_result = cls.__new__(cls)
        imagery_search_result.results = results
        imagery_search_result.cursor = cursor

        imagery_search_result.additional_properties = d

        return imagery_search_result

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.scene import Scene

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            results = []
            _results = src_dict["results"]
            for results_item_data in _results:
                results_item = Scene.from_dict(results_item_data)

                results.append(results_item)

            def _parse_cursor(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            cursor = _parse_cursor(src_dict.get("cursor", UNSET))

            if len(src_dict) == 1 + (cursor is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "results",
                        "cursor",
                    }
                }
            imagery_search_result = cls.__new__(cls)
            imagery_search_result.results = results
            imagery_search_result.cursor = cursor

            imagery_search_result.additional_properties = d

            _append(imagery_search_result)
        return _built

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
