from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_create_arch import ImageCreateArch

T = TypeVar("T", bound="ImageCreate")


@_attrs_define
class ImageCreate:
    """
    Attributes:
        organization (str):
        name (str):
        arch (ImageCreateArch):
        root_volume (str): The snapshot the image's root volume is made from.
    """

    organization: str
    name: str
    arch: ImageCreateArch
    root_volume: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization = self.organization

        name = self.name

        arch = self.arch.value

        root_volume = self.root_volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization": organization,
                "name": name,
                "arch": arch,
                "root_volume": root_volume,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        organization = src_dict["organization"]

        name = src_dict["name"]

        arch = ImageCreateArch(src_dict["arch"])

        root_volume = src_dict["root_volume"]

        if len(src_dict) == 4:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "organization",
                    "name",
                    "arch",
                    "root_volume",
                }
            }
        image_create = cls.__new__(cls)
        image_create.organization = organization
        image_create.name = name
        image_create.arch = arch
        image_create.root_volume = root_volume

        image_create.additional_properties = d

        return image_create

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            organization = src_dict["organization"]

            name = src_dict["name"]

            arch = ImageCreateArch(src_dict["arch"])

            root_volume = src_dict["root_volume"]

            if len(src_dict) == 4:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "organization",
                        "name",
                        "arch",
                        "root_volume",
                    }
                }
            image_create = cls.__new__(cls)
            image_create.organization = organization
            image_create.name = name
            image_create.arch = arch
            image_create.root_volume = root_volume

            image_create.additional_properties = d

            _append(image_create)
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
