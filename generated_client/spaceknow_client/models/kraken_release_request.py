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

T = TypeVar("T", bound="KrakenReleaseRequest")


@_attrs_define
class KrakenReleaseRequest:
    """
    Attributes:
        map_type (str): e.g. imagery, cars, aircraft, ships, wrunc, ndvi.
        scene_ids (list[str]):
        extent (Any): A GeoJSON geometry in WGS84 (lon, lat) whose bounding rectangle is non-empty. Checked by the SDK
            before sending (`x-geojson`); any JSON value reaches the API as is.
        sub_geometry (Any | Unset): A GeoJSON geometry in WGS84 (lon, lat) whose bounding rectangle is non-empty.
            Checked by the SDK
            before sending (`x-geojson`); any JSON value reaches the API as is.
        sub_geometry_id (str | Unset): A subGeometryId from an earlier release.
    """

    map_type: str
    scene_ids: list[str]
    extent: Any
    sub_geometry: Any | Unset = UNSET
    sub_geometry_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        map_type = self.map_type

        scene_ids = self.scene_ids

        extent = self.extent

        sub_geometry = self.sub_geometry

        sub_geometry_id = self.sub_geometry_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mapType": map_type,
                "sceneIds": scene_ids,
                "extent": extent,
            }
        )
        if sub_geometry is not UNSET:
            field_dict["subGeometry"] = sub_geometry
        if sub_geometry_id is not UNSET:
            field_dict["subGeometryId"] = sub_geometry_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        map_type = src_dict["mapType"]

        scene_ids = cast(list[str], src_dict["sceneIds"])

        extent = src_dict["extent"]

        sub_geometry = src_dict.get("subGeometry", UNSET)

        sub_geometry_id = src_dict.get("subGeometryId", UNSET)

        if len(src_dict) == 3 + (sub_geometry is not UNSET) + (
            sub_geometry_id is not UNSET
        ):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "mapType",
                    "sceneIds",
                    "extent",
                    "subGeometry",
                    "subGeometryId",
                }
            }
        kraken_release_request = cls.__new__(cls)
        kraken_release_request.map_type = map_type
        kraken_release_request.scene_ids = scene_ids
        kraken_release_request.extent = extent
        kraken_release_request.sub_geometry = sub_geometry
        kraken_release_request.sub_geometry_id = sub_geometry_id

        kraken_release_request.additional_properties = d

        return kraken_release_request

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            map_type = src_dict["mapType"]

            scene_ids = cast(list[str], src_dict["sceneIds"])

            extent = src_dict["extent"]

            sub_geometry = src_dict.get("subGeometry", UNSET)

            sub_geometry_id = src_dict.get("subGeometryId", UNSET)

            if len(src_dict) == 3 + (sub_geometry is not UNSET) + (
                sub_geometry_id is not UNSET
            ):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "mapType",
                        "sceneIds",
                        "extent",
                        "subGeometry",
                        "subGeometryId",
                    }
                }
            kraken_release_request = cls.__new__(cls)
            kraken_release_request.map_type = map_type
            kraken_release_request.scene_ids = scene_ids
            kraken_release_request.extent = extent
            kraken_release_request.sub_geometry = sub_geometry
            kraken_release_request.sub_geometry_id = sub_geometry_id

            kraken_release_request.additional_properties = d

            _append(kraken_release_request)
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
