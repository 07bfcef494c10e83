from __future__ import annotations

from collections.abc import Iterable, Mapping
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
        kernel = src_dict["kernel"]

        initrd = src_dict["initrd"]

        default = src_dict["default"]

        bootcmdargs = src_dict["bootcmdargs"]

        architecture = BootscriptArchitecture(src_dict["architecture"])

        title = src_dict["title"]

        dtb = src_dict["dtb"]

        organization = src_dict["organization"]

        id = src_dict["id"]

        public = src_dict["public"]

        if len(src_dict) == 10:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "kernel",
                    "initrd",
                    "default",
                    "bootcmdargs",
                    "architecture",
                    "title",
                    "dtb",
                    "organization",
                    "id",
                    "public",
                }
            }
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

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            kernel = src_dict["kernel"]

            initrd = src_dict["initrd"]

            default = src_dict["default"]

            bootcmdargs = src_dict["bootcmdargs"]

            architecture = BootscriptArchitecture(src_dict["architecture"])

            title = src_dict["title"]

            dtb = src_dict["dtb"]

            organization = src_dict["organization"]

            id = src_dict["id"]

            public = src_dict["public"]

            if len(src_dict) == 10:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "kernel",
                        "initrd",
                        "default",
                        "bootcmdargs",
                        "architecture",
                        "title",
                        "dtb",
                        "organization",
                        "id",
                        "public",
                    }
                }
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

            _append(bootscript)
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
