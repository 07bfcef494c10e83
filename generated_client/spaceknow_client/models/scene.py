from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Scene")


@_attrs_define
class Scene:
    """
    Attributes:
        scene_id (str):
        datetime_ (str): "YYYY-MM-DD HH:MM:SS" (UTC).
        satellite (str):
        provider (str):
        dataset (str):
        footprint (Any): A GeoJSON geometry in WGS84 (lon, lat) whose bounding rectangle is non-empty. Checked by the
            SDK
            before sending (`x-geojson`); any JSON value reaches the API as is.
        cloud_cover (float | Unset):
    """

    scene_id: str
    datetime_: str
    satellite: str
    provider: str
    dataset: str
    footprint: Any
    cloud_cover: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scene_id = self.scene_id

        datetime_ = self.datetime_

        satellite = self.satellite

        provider = self.provider

        dataset = self.dataset

        footprint = self.footprint

        cloud_cover = self.cloud_cover

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sceneId": scene_id,
                "datetime": datetime_,
                "satellite": satellite,
                "provider": provider,
                "dataset": dataset,
                "footprint": footprint,
            }
        )
        if cloud_cover is not UNSET:
            field_dict["cloudCover"] = cloud_cover

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        scene_id = src_dict["sceneId"]

        datetime_ = src_dict["datetime"]

        satellite = src_dict["satellite"]

        provider = src_dict["provider"]

        dataset = src_dict["dataset"]

        footprint = src_dict["footprint"]

        cloud_cover = src_dict.get("cloudCover", UNSET)

        if len(src_dict) == 6 + (cloud_cover is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "sceneId",
                    "datetime",
                    "satellite",
                    "provider",
                    "dataset",
                    "footprint",
                    "cloudCover",
                }
            }
        scene = cls.__new__(cls)
        scene.scene_id = scene_id
        scene.datetime_ = datetime_
        scene.satellite = satellite
        scene.provider = provider
        scene.dataset = dataset
        scene.footprint = footprint
        scene.cloud_cover = cloud_cover

        scene.additional_properties = d

        return scene

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            scene_id = src_dict["sceneId"]

            datetime_ = src_dict["datetime"]

            satellite = src_dict["satellite"]

            provider = src_dict["provider"]

            dataset = src_dict["dataset"]

            footprint = src_dict["footprint"]

            cloud_cover = src_dict.get("cloudCover", UNSET)

            if len(src_dict) == 6 + (cloud_cover is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "sceneId",
                        "datetime",
                        "satellite",
                        "provider",
                        "dataset",
                        "footprint",
                        "cloudCover",
                    }
                }
            scene = cls.__new__(cls)
            scene.scene_id = scene_id
            scene.datetime_ = datetime_
            scene.satellite = satellite
            scene.provider = provider
            scene.dataset = dataset
            scene.footprint = footprint
            scene.cloud_cover = cloud_cover

            scene.additional_properties = d

            _append(scene)
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
