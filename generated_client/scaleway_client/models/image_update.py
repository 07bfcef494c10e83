from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_update_arch import ImageUpdateArch
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageUpdate")


@_attrs_define
class ImageUpdate:
    """
    Attributes:
        name (str | Unset):
        arch (ImageUpdateArch | Unset):
        public (bool | Unset):
    """

    name: str | Unset = UNSET
    arch: ImageUpdateArch | Unset = UNSET
    public: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        arch: str | Unset = UNSET
        if not isinstance(self.arch, Unset):
            arch = self.arch.value

        public = self.public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if arch is not UNSET:
            field_dict["arch"] = arch
        if public is not UNSET:
            field_dict["public"] = public

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict.get("name", UNSET)

        _arch = src_dict.get("arch", UNSET)
        arch: ImageUpdateArch | Unset
        if isinstance(_arch, Unset):
            arch = UNSET
        else:
            arch = ImageUpdateArch(_arch)

        public = src_dict.get("public", UNSET)

        if len(src_dict) == 0 + (name is not UNSET) + (arch is not UNSET) + (
            public is not UNSET
        ):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "name",
                    "arch",
                    "public",
                }
            }
        image_update = cls.__new__(cls)
        image_update.name = name
        image_update.arch = arch
        image_update.public = public

        image_update.additional_properties = d

        return image_update

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            name = src_dict.get("name", UNSET)

            _arch = src_dict.get("arch", UNSET)
            arch: ImageUpdateArch | Unset
            if isinstance(_arch, Unset):
                arch = UNSET
            else:
                arch = ImageUpdateArch(_arch)

            public = src_dict.get("public", UNSET)

            if len(src_dict) == 0 + (name is not UNSET) + (arch is not UNSET) + (
                public is not UNSET
            ):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "name",
                        "arch",
                        "public",
                    }
                }
            image_update = cls.__new__(cls)
            image_update.name = name
            image_update.arch = arch
            image_update.public = public

            image_update.additional_properties = d

            _append(image_update)
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
