from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import (
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImagerySearchRequest")


@_attrs_define
class ImagerySearchRequest:
    """
    Attributes:
        provider (str): e.g. maxar, pl, ee, ab, iceye, esa, noaa (gbdx deprecated).
        dataset (str): e.g. idaho-pansharpened, ard, PSScene4Band, COPERNICUS/S2.
        extent (Any): A GeoJSON geometry in WGS84 (lon, lat) whose bounding rectangle is non-empty. Checked by the SDK
            before sending (`x-geojson`); any JSON value reaches the API as is.
        start_datetime (str | Unset): "YYYY-MM-DD HH:MM:SS" (UTC) [C].
        end_datetime (str | Unset): "YYYY-MM-DD HH:MM:SS" (UTC) [C].
        min_intersection (float | Unset): [C]
        only_downloadable (bool | Unset): [C]
        only_ingested (bool | Unset): [C]
        cursor (None | str | Unset): The cursor of the page before; omitted or null = the first page.
    """

    provider: str
    dataset: str
    extent: Any
    start_datetime: str | Unset = UNSET
    end_datetime: str | Unset = UNSET
    min_intersection: float | Unset = UNSET
    only_downloadable: bool | Unset = UNSET
    only_ingested: bool | Unset = UNSET
    cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        dataset = self.dataset

        extent = self.extent

        start_datetime = self.start_datetime

        end_datetime = self.end_datetime

        min_intersection = self.min_intersection

        only_downloadable = self.only_downloadable

        only_ingested = self.only_ingested

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "provider": provider,
                "dataset": dataset,
                "extent": extent,
            }
        )
        if start_datetime is not UNSET:
            field_dict["startDatetime"] = start_datetime
        if end_datetime is not UNSET:
            field_dict["endDatetime"] = end_datetime
        if min_intersection is not UNSET:
            field_dict["minIntersection"] = min_intersection
        if only_downloadable is not UNSET:
            field_dict["onlyDownloadable"] = only_downloadable
        if only_ingested is not UNSET:
            field_dict["onlyIngested"] = only_ingested
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        provider = src_dict["provider"]

        dataset = src_dict["dataset"]

        extent = src_dict["extent"]

        start_datetime = src_dict.get("startDatetime", UNSET)

        end_datetime = src_dict.get("endDatetime", UNSET)

        min_intersection = src_dict.get("minIntersection", UNSET)

        only_downloadable = src_dict.get("onlyDownloadable", UNSET)

        only_ingested = src_dict.get("onlyIngested", UNSET)

        def _parse_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cursor = _parse_cursor(src_dict.get("cursor", UNSET))

        if len(src_dict) == 3 + (start_datetime is not UNSET) + (
            end_datetime is not UNSET
        ) + (min_intersection is not UNSET) + (only_downloadable is not UNSET) + (
            only_ingested is not UNSET
        ) + (cursor is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "provider",
                    "dataset",
                    "extent",
                    "startDatetime",
                    "endDatetime",
                    "minIntersection",
                    "onlyDownloadable",
                    "onlyIngested",
                    "cursor",
                }
            }
        imagery_search_request = cls.__new__(cls)
        imagery_search_request.provider = provider
        imagery_search_request.dataset = dataset
        imagery_search_request.extent = extent
        imagery_search_request.start_datetime = start_datetime
        imagery_search_request.end_datetime = end_datetime
        imagery_search_request.min_intersection = min_intersection
        imagery_search_request.only_downloadable = only_downloadable
        imagery_search_request.only_ingested = only_ingested
        imagery_search_request.cursor = cursor

        imagery_search_request.additional_properties = d

        return imagery_search_request

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            provider = src_dict["provider"]

            dataset = src_dict["dataset"]

            extent = src_dict["extent"]

            start_datetime = src_dict.get("startDatetime", UNSET)

            end_datetime = src_dict.get("endDatetime", UNSET)

            min_intersection = src_dict.get("minIntersection", UNSET)

            only_downloadable = src_dict.get("onlyDownloadable", UNSET)

            only_ingested = src_dict.get("onlyIngested", UNSET)

            def _parse_cursor(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            cursor = _parse_cursor(src_dict.get("cursor", UNSET))

            if len(src_dict) == 3 + (start_datetime is not UNSET) + (
                end_datetime is not UNSET
            ) + (min_intersection is not UNSET) + (only_downloadable is not UNSET) + (
                only_ingested is not UNSET
            ) + (cursor is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "provider",
                        "dataset",
                        "extent",
                        "startDatetime",
                        "endDatetime",
                        "minIntersection",
                        "onlyDownloadable",
                        "onlyIngested",
                        "cursor",
                    }
                }
            imagery_search_request = cls.__new__(cls)
            imagery_search_request.provider = provider
            imagery_search_request.dataset = dataset
            imagery_search_request.extent = extent
            imagery_search_request.start_datetime = start_datetime
            imagery_search_request.end_datetime = end_datetime
            imagery_search_request.min_intersection = min_intersection
            imagery_search_request.only_downloadable = only_downloadable
            imagery_search_request.only_ingested = only_ingested
            imagery_search_request.cursor = cursor

            imagery_search_request.additional_properties = d

            _append(imagery_search_request)
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
