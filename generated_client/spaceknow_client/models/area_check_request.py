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

T = TypeVar("T", bound="AreaCheckRequest")


@_attrs_define
class AreaCheckRequest:
    """
    Attributes:
        scene_ids (list[str]):
        geojson (Any): A GeoJSON geometry in WGS84 (lon, lat) whose bounding rectangle is non-empty. Checked by the SDK
            before sending (`x-geojson`); any JSON value reaches the API as is.
        user_id (str | Unset):
        credits_tier (str | Unset):
        cost_free_allocation (bool | Unset):
    """

    scene_ids: list[str]
    geojson: Any
    user_id: str | Unset = UNSET
    credits_tier: str | Unset = UNSET
    cost_free_allocation: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scene_ids = self.scene_ids

        geojson = self.geojson

        user_id = self.user_id

        credits_tier = self.credits_tier

        cost_free_allocation = self.cost_free_allocation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sceneIds": scene_ids,
                "geojson": geojson,
            }
        )
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if credits_tier is not UNSET:
            field_dict["creditsTier"] = credits_tier
        if cost_free_allocation is not UNSET:
            field_dict["costFreeAllocation"] = cost_free_allocation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        scene_ids = cast(list[str], src_dict["sceneIds"])

        geojson = src_dict["geojson"]

        user_id = src_dict.get("userId", UNSET)

        credits_tier = src_dict.get("creditsTier", UNSET)

        cost_free_allocation = src_dict.get("costFreeAllocation", UNSET)

        if len(src_dict) == 2 + (user_id is not UNSET) + (credits_tier is not UNSET) + (
            cost_free_allocation is not UNSET
        ):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "sceneIds",
                    "geojson",
                    "userId",
                    "creditsTier",
                    "costFreeAllocation",
                }
            }
        area_check_request = cls.__new__(cls)
        area_check_request.scene_ids = scene_ids
        area_check_request.geojson = geojson
        area_check_request.user_id = user_id
        area_check_request.credits_tier = credits_tier
        area_check_request.cost_free_allocation = cost_free_allocation

        area_check_request.additional_properties = d

        return area_check_request

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            scene_ids = cast(list[str], src_dict["sceneIds"])

            geojson = src_dict["geojson"]

            user_id = src_dict.get("userId", UNSET)

            credits_tier = src_dict.get("creditsTier", UNSET)

            cost_free_allocation = src_dict.get("costFreeAllocation", UNSET)

            if len(src_dict) == 2 + (user_id is not UNSET) + (
                credits_tier is not UNSET
            ) + (cost_free_allocation is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "sceneIds",
                        "geojson",
                        "userId",
                        "creditsTier",
                        "costFreeAllocation",
                    }
                }
            area_check_request = cls.__new__(cls)
            area_check_request.scene_ids = scene_ids
            area_check_request.geojson = geojson
            area_check_request.user_id = user_id
            area_check_request.credits_tier = credits_tier
            area_check_request.cost_free_allocation = cost_free_allocation

            area_check_request.additional_properties = d

            _append(area_check_request)
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
