from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_create_volume_type import VolumeCreateVolumeType

T = TypeVar("T", bound="VolumeCreate")


@_attrs_define
class VolumeCreate:
    """
    Attributes:
        name (str):
        organization (str):
        volume_type (VolumeCreateVolumeType):
        size (int): Bytes (the Blueprint says "number"; sizes are whole bytes).
    """

    name: str
    organization: str
    volume_type: VolumeCreateVolumeType
    size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        organization = self.organization

        volume_type = self.volume_type.value

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "organization": organization,
                "volume_type": volume_type,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]

        organization = src_dict["organization"]

        volume_type = VolumeCreateVolumeType(src_dict["volume_type"])

        size = src_dict["size"]

        if len(src_dict) == 4:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "name",
                    "organization",
                    "volume_type",
                    "size",
                }
            }
        volume_create = cls.__new__(cls)
        volume_create.name = name
        volume_create.organization = organization
        volume_create.volume_type = volume_type
        volume_create.size = size

        volume_create.additional_properties = d

        return volume_create

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            name = src_dict["name"]

            organization = src_dict["organization"]

            volume_type = VolumeCreateVolumeType(src_dict["volume_type"])

            size = src_dict["size"]

            if len(src_dict) == 4:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "name",
                        "organization",
                        "volume_type",
                        "size",
                    }
                }
            volume_create = cls.__new__(cls)
            volume_create.name = name
            volume_create.organization = organization
            volume_create.volume_type = volume_type
            volume_create.size = size

            volume_create.additional_properties = d

            _append(volume_create)
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
