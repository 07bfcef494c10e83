from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.server_create_boot_type import ServerCreateBootType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_create_volumes import ServerCreateVolumes


T = TypeVar("T", bound="ServerCreate")


@_attrs_define
class ServerCreate:
    """`volumes` is listed as required by the Blueprint's attribute table but its own request example omits
    it (the image brings the root volume): optional here.

        Attributes:
            name (str):
            organization (str):
            image (str): Image unique identifier.
            volumes (ServerCreateVolumes | Unset): Volumes to create with the server, by position. `"0"` is the root volume,
                made from the image's
                (`x-derive`); a template given for `"0"` overrides its fields, and `{size}` alone resizes it, as
                scaleway-cli v1.20 sends for every server it creates ("leverage compute image resizing").
            commercial_type (str | Unset): START1-XS/S/M/L, C1, C2S/M/L, VC1S, ...
            tags (list[str] | Unset):
            enable_ipv6 (bool | Unset):
            boot_type (ServerCreateBootType | Unset):
    """

    name: str
    organization: str
    image: str
    volumes: ServerCreateVolumes | Unset = UNSET
    commercial_type: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    enable_ipv6: bool | Unset = UNSET
    boot_type: ServerCreateBootType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        organization = self.organization

        image = self.image

        volumes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.volumes, Unset):
            volumes = self.volumes.to_dict()

        commercial_type = self.commercial_type

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        enable_ipv6 = self.enable_ipv6

        boot_type: str | Unset = UNSET
        if not isinstance(self.boot_type, Unset):
            boot_type = self.boot_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "organization": organization,
                "image": image,
            }
        )
        if volumes is not UNSET:
            field_dict["volumes"] = volumes
        if commercial_type is not UNSET:
            field_dict["commercial_type"] = commercial_type
        if tags is not UNSET:
            field_dict["tags"] = tags
        if enable_ipv6 is not UNSET:
            field_dict["enable_ipv6"] = enable_ipv6
        if boot_type is not UNSET:
            field_dict["boot_type"] = boot_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_create_volumes import ServerCreateVolumes

        name = src_dict["name"]

        organization = src_dict["organization"]

        image = src_dict["image"]

        _volumes = src_dict.get("volumes", UNSET)
        volumes: ServerCreateVolumes | Unset
        if isinstance(_volumes, Unset):
            volumes = UNSET
        else:
            volumes = ServerCreateVolumes.from_dict(_volumes)

        commercial_type = src_dict.get("commercial_type", UNSET)

        tags = cast(list[str], src_dict.get("tags", UNSET))

        enable_ipv6 = src_dict.get("enable_ipv6", UNSET)

        _boot_type = src_dict.get("boot_type", UNSET)
        boot_type: ServerCreateBootType | Unset
        if isinstance(_boot_type, Unset):
            boot_type = UNSET
        else:
            boot_type = ServerCreateBootType(_boot_type)

        if len(src_dict) == 3 + (volumes is not UNSET) + (
            commercial_type is not UNSET
        ) + (tags is not UNSET) + (enable_ipv6 is not UNSET) + (boot_type is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "name",
                    "organization",
                    "image",
                    "volumes",
                    "commercial_type",
                    "tags",
                    "enable_ipv6",
                    "boot_type",
                }
            }
        server_create = cls.__new__(cls)
        server_create.name = name
        server_create.organization = organization
        server_create.image = image
        server_create.volumes = volumes
        server_create.commercial_type = commercial_type
        server_create.tags = tags
        server_create.enable_ipv6 = enable_ipv6
        server_create.boot_type = boot_type

        server_create.additional_properties = d

        return server_create

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.server_create_volumes import ServerCreateVolumes

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            name = src_dict["name"]

            organization = src_dict["organization"]

            image = src_dict["image"]

            _volumes = src_dict.get("volumes", UNSET)
            volumes: ServerCreateVolumes | Unset
            if isinstance(_volumes, Unset):
                volumes = UNSET
            else:
                volumes = ServerCreateVolumes.from_dict(_volumes)

            commercial_type = src_dict.get("commercial_type", UNSET)

            tags = cast(list[str], src_dict.get("tags", UNSET))

            enable_ipv6 = src_dict.get("enable_ipv6", UNSET)

            _boot_type = src_dict.get("boot_type", UNSET)
            boot_type: ServerCreateBootType | Unset
            if isinstance(_boot_type, Unset):
                boot_type = UNSET
            else:
                boot_type = ServerCreateBootType(_boot_type)

            if len(src_dict) == 3 + (volumes is not UNSET) + (
                commercial_type is not UNSET
            ) + (tags is not UNSET) + (enable_ipv6 is not UNSET) + (
                boot_type is not UNSET
            ):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "name",
                        "organization",
                        "image",
                        "volumes",
                        "commercial_type",
                        "tags",
                        "enable_ipv6",
                        "boot_type",
                    }
                }
            server_create = cls.__new__(cls)
            server_create.name = name
            server_create.organization = organization
            server_create.image = image
            server_create.volumes = volumes
            server_create.commercial_type = commercial_type
            server_create.tags = tags
            server_create.enable_ipv6 = enable_ipv6
            server_create.boot_type = boot_type

            server_create.additional_properties = d

            _append(server_create)
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
