from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bootscript_architecture import BootscriptArchitecture

T = TypeVar("T", bound="Bootscript")


@_attrs_define
class Bootscript:
    """
    Attributes:
        kernel (str):
        initrd (str):
        default (bool):
        bootcmdargs (str):
        architecture (BootscriptArchitecture):
        title (str):
        dtb (str):
        organization (str):
        id (str):
        public (bool):
    """

    kernel: str
    initrd: str
    default: bool
    bootcmdargs: str
    architecture: BootscriptArchitecture
    title: str
    dtb: str
    organization: str
    id: str
    public: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kernel = self.kernel

        initrd = self.initrd

        default = self.default

        bootcmdargs = self.bootcmdargs

        architecture = self.architecture.value

        title = self.title

        dtb = self.dtb

        organization = self.organization

        id = self.id

        public = self.public

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kernel": kernel,
                "initrd": initrd,
                "default": default,
                "bootcmdargs": bootcmdargs,
                "architecture": architecture,
                "title": title,
                "dtb": dtb,
                "organization": organization,
                "id": id,
                "public": public,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        kernel = d.pop("kernel")

        initrd = d.pop("initrd")

        default = d.pop("default")

        bootcmdargs = d.pop("bootcmdargs")

        architecture = BootscriptArchitecture(d.pop("architecture"))

        title = d.pop("title")

        dtb = d.pop("dtb")

        organization = d.pop("organization")

        id = d.pop("id")

        public = d.pop("public")

        bootscript = cls.__new__(cls)
        bootscript.kernel = kernel
        bootscript.initrd = initrd
        bootscript.default = default
        bootscript.bootcmdargs = bootcmdargs
        bootscript.architecture = architecture
        bootscript.title = title
        bootscript.dtb = dtb
        bootscript.organization = organization
        bootscript.id = id
        bootscript.public = public

        bootscript.additional_properties = d
        return bootscript

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
