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

T = TypeVar("T", bound="KrakenRelease")


@_attrs_define
class KrakenRelease:
    """
    Attributes:
        map_id (str):
        max_zoom (int):
        tiles (list[list[int]]):
    """

    map_id: str
    max_zoom: int
    tiles: list[list[int]]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        map_id = self.map_id

        max_zoom = self.max_zoom

        tiles = []
        for tiles_item_data in self.tiles:
            tiles_item = tiles_item_data

            tiles.append(tiles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mapId": map_id,
                "maxZoom": max_zoom,
                "tiles": tiles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        map_id = src_dict["mapId"]

        max_zoom = src_dict["maxZoom"]

        tiles = []
        _tiles = src_dict["tiles"]
        for tiles_item_data in _tiles:
            tiles_item = cast(list[int], tiles_item_data)

            tiles.append(tiles_item)

        if len(src_dict) == 3:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "mapId",
                    "maxZoom",
                    "tiles",
                }
            }
        kraken_release = cls.__new__(cls)
        kraken_release.map_id = map_id
        kraken_release.max_zoom = max_zoom
        kraken_release.tiles = tiles

        kraken_release.additional_properties = d

        return kraken_release

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            map_id = src_dict["mapId"]

            max_zoom = src_dict["maxZoom"]

            tiles = []
            _tiles = src_dict["tiles"]
            for tiles_item_data in _tiles:
                tiles_item = cast(list[int], tiles_item_data)

                tiles.append(tiles_item)

            if len(src_dict) == 3:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "mapId",
                        "maxZoom",
                        "tiles",
                    }
                }
            kraken_release = cls.__new__(cls)
            kraken_release.map_id = map_id
            kraken_release.max_zoom = max_zoom
            kraken_release.tiles = tiles

            kraken_release.additional_properties = d

            _append(kraken_release)
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
