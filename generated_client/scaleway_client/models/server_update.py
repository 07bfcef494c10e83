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

from ..models.server_update_boot_type import ServerUpdateBootType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerUpdate")


@_attrs_define
class ServerUpdate:
    """
    Attributes:
        name (str | Unset):
        tags (list[str] | Unset):
        enable_ipv6 (bool | Unset):
        dynamic_ip_required (bool | Unset):
        boot_type (ServerUpdateBootType | Unset):
        commercial_type (str | Unset):
    """

    name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    enable_ipv6: bool | Unset = UNSET
    dynamic_ip_required: bool | Unset = UNSET
    boot_type: ServerUpdateBootType | Unset = UNSET
    commercial_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        enable_ipv6 = self.enable_ipv6

        dynamic_ip_required = self.dynamic_ip_required

        boot_type: str | Unset = UNSET
        if not isinstance(self.boot_type, Unset):
            boot_type = self.boot_type.value

        commercial_type = self.commercial_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if enable_ipv6 is not UNSET:
            field_dict["enable_ipv6"] = enable_ipv6
        if dynamic_ip_required is not UNSET:
            field_dict["dynamic_ip_required"] = dynamic_ip_required
        if boot_type is not UNSET:
            field_dict["boot_type"] = boot_type
        if commercial_type is not UNSET:
            field_dict["commercial_type"] = commercial_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        name = src_dict.get("name", UNSET)

        tags = cast(list[str], src_dict.get("tags", UNSET))

        enable_ipv6 = src_dict.get("enable_ipv6", UNSET)

        dynamic_ip_required = src_dict.get("dynamic_ip_required", UNSET)

        _boot_type = src_dict.get("boot_type", UNSET)
        boot_type: ServerUpdateBootType | Unset
        if isinstance(_boot_type, Unset):
            boot_type = UNSET
        else:
            boot_type = ServerUpdateBootType(_boot_type)

        commercial_type = src_dict.get("commercial_type", UNSET)

        if len(src_dict) == 0 + (name is not UNSET) + (tags is not UNSET) + (
            enable_ipv6 is not UNSET
        ) + (dynamic_ip_required is not UNSET) + (boot_type is not UNSET) + (
            commercial_type is not UNSET
        ):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "name",
                    "tags",
                    "enable_ipv6",
                    "dynamic_ip_required",
                    "boot_type",
                    "commercial_type",
                }
            }
        server_update = cls.__new__(cls)
        server_update.name = name
        server_update.tags = tags
        server_update.enable_ipv6 = enable_ipv6
        server_update.dynamic_ip_required = dynamic_ip_required
        server_update.boot_type = boot_type
        server_update.commercial_type = commercial_type

        server_update.additional_properties = d

        return server_update

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            name = src_dict.get("name", UNSET)

            tags = cast(list[str], src_dict.get("tags", UNSET))

            enable_ipv6 = src_dict.get("enable_ipv6", UNSET)

            dynamic_ip_required = src_dict.get("dynamic_ip_required", UNSET)

            _boot_type = src_dict.get("boot_type", UNSET)
            boot_type: ServerUpdateBootType | Unset
            if isinstance(_boot_type, Unset):
                boot_type = UNSET
            else:
                boot_type = ServerUpdateBootType(_boot_type)

            commercial_type = src_dict.get("commercial_type", UNSET)

            if len(src_dict) == 0 + (name is not UNSET) + (tags is not UNSET) + (
                enable_ipv6 is not UNSET
            ) + (dynamic_ip_required is not UNSET) + (boot_type is not UNSET) + (
                commercial_type is not UNSET
            ):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "name",
                        "tags",
                        "enable_ipv6",
                        "dynamic_ip_required",
                        "boot_type",
                        "commercial_type",
                    }
                }
            server_update = cls.__new__(cls)
            server_update.name = name
            server_update.tags = tags
            server_update.enable_ipv6 = enable_ipv6
            server_update.dynamic_ip_required = dynamic_ip_required
            server_update.boot_type = boot_type
            server_update.commercial_type = commercial_type

            server_update.additional_properties = d

            _append(server_update)
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
