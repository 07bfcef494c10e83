from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_template_volume_type import VolumeTemplateVolumeType

T = TypeVar("T", bound="VolumeTemplate")


@_attrs_define
class VolumeTemplate:
    """A volume to create with a server (its position is the map key).

    Attributes:
        name (str):
        organization (str):
        size (int): Bytes.
        volume_type (VolumeTemplateVolumeType): The seed's attribute example says `l_sdd`, a typo.
    """

    name: str
    organization: str
    size: int
    volume_type: VolumeTemplateVolumeType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        organization = self.organization

        size = self.size

        volume_type = self.volume_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "organization": organization,
                "size": size,
                "volume_type": volume_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict["name"]

        organization = src_dict["organization"]

        size = src_dict["size"]

        volume_type = VolumeTemplateVolumeType(src_dict["volume_type"])

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
                    "size",
                    "volume_type",
                }
            }
        volume_template = cls.__new__(cls)
        volume_template.name = name
        volume_template.organization = organization
        volume_template.size = size
        volume_template.volume_type = volume_type

        volume_template.additional_properties = d

        return volume_template

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            name = src_dict["name"]

            organization = src_dict["organization"]

            size = src_dict["size"]

            volume_type = VolumeTemplateVolumeType(src_dict["volume_type"])

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
                        "size",
                        "volume_type",
                    }
                }
            volume_template = cls.__new__(cls)
            volume_template.name = name
            volume_template.organization = organization
            volume_template.size = size
            volume_template.volume_type = volume_type

            volume_template.additional_properties = d

            _append(volume_template)
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
