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

T = TypeVar("T", bound="AreaAllocateRequest")


@_attrs_define
class AreaAllocateRequest:
    """
    Attributes:
        scene_ids (list[str]):
        geojson (Any): A GeoJSON geometry in WGS84 (lon, lat) whose bounding rectangle is non-empty. Checked by the SDK
            before sending (`x-geojson`); any JSON value reaches the API as is.
    """

    scene_ids: list[str]
    geojson: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scene_ids = self.scene_ids

        geojson = self.geojson

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sceneIds": scene_ids,
                "geojson": geojson,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        scene_ids = cast(list[str], src_dict["sceneIds"])

        geojson = src_dict["geojson"]

        if len(src_dict) == 2:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "sceneIds",
                    "geojson",
                }
            }
        area_allocate_request = cls.__new__(cls)
        area_allocate_request.scene_ids = scene_ids
        area_allocate_request.geojson = geojson

        area_allocate_request.additional_properties = d

        return area_allocate_request

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            scene_ids = cast(list[str], src_dict["sceneIds"])

            geojson = src_dict["geojson"]

            if len(src_dict) == 2:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "sceneIds",
                        "geojson",
                    }
                }
            area_allocate_request = cls.__new__(cls)
            area_allocate_request.scene_ids = scene_ids
            area_allocate_request.geojson = geojson

            area_allocate_request.additional_properties = d

            _append(area_allocate_request)
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
