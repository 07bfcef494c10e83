from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageRootVolume")


@_attrs_define
class ImageRootVolume:
    """
    Attributes:
        id (str):
        name (str):
        size (int | Unset):
        volume_type (str | Unset):
    """

    id: str
    name: str
    size: int | Unset = UNSET
    volume_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        size = self.size

        volume_type = self.volume_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
        if volume_type is not UNSET:
            field_dict["volume_type"] = volume_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        id = src_dict["id"]

        name = src_dict["name"]

        size = src_dict.get("size", UNSET)

        volume_type = src_dict.get("volume_type", UNSET)

        if len(src_dict) == 2 + (size is not UNSET) + (volume_type is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "id",
                    "name",
                    "size",
                    "volume_type",
                }
            }
        image_root_volume = cls.__new__(cls)
        image_root_volume.id = id
        image_root_volume.name = name
        image_root_volume.size = size
        image_root_volume.volume_type = volume_type

        image_root_volume.additional_properties = d

        return image_root_volume

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            id = src_dict["id"]

            name = src_dict["name"]

            size = src_dict.get("size", UNSET)

            volume_type = src_dict.get("volume_type", UNSET)

            if len(src_dict) == 2 + (size is not UNSET) + (volume_type is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "id",
                        "name",
                        "size",
                        "volume_type",
                    }
                }
            image_root_volume = cls.__new__(cls)
            image_root_volume.id = id
            image_root_volume.name = name
            image_root_volume.size = size
            image_root_volume.volume_type = volume_type

            image_root_volume.additional_properties = d

            _append(image_root_volume)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("id", "id", "str", True),
        ("name", "name", "str", True),
        ("size", "size", "int", False),
        ("volume_type", "volume_type", "str", False),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            id = _row.id
            name = _row.name
            size = _row.size
            volume_type = _row.volume_type
            image_root_volume = cls.__new__(cls)
            image_root_volume.id = id
            image_root_volume.name = name
            image_root_volume.size = size
            image_root_volume.volume_type = volume_type
            image_root_volume.additional_properties = {}
            _append(image_root_volume)
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
