from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="SecurityGroup")


@_attrs_define
class SecurityGroup:
    """
    Attributes:
        description (str):
        enable_default_security (bool):
        id (str):
        name (str):
        organization (str):
        organization_default (bool):
        servers (list[Ref]):
    """

    description: str
    enable_default_security: bool
    id: str
    name: str
    organization: str
    organization_default: bool
    servers: list[Ref]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        enable_default_security = self.enable_default_security

        id = self.id

        name = self.name

        organization = self.organization

        organization_default = self.organization_default

        servers = []
        for servers_item_data in self.servers:
            servers_item = servers_item_data.to_dict()
            servers.append(servers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "enable_default_security": enable_default_security,
                "id": id,
                "name": name,
                "organization": organization,
                "organization_default": organization_default,
                "servers": servers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ref import Ref

        description = src_dict["description"]

        enable_default_security = src_dict["enable_default_security"]

        id = src_dict["id"]

        name = src_dict["name"]

        organization = src_dict["organization"]

        organization_default = src_dict["organization_default"]

        servers = []
        _servers = src_dict["servers"]
        for servers_item_data in _servers:
            servers_item = Ref.from_dict(servers_item_data)

            servers.append(servers_item)

        if len(src_dict) == 7:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "description",
                    "enable_default_security",
                    "id",
                    "name",
                    "organization",
                    "organization_default",
                    "servers",
                }
            }
        security_group = cls.__new__(cls)
        security_group.description = description
        security_group.enable_default_security = enable_default_security
        security_group.id = id
        security_group.name = name
        security_group.organization = organization
        security_group.organization_default = organization_default
        security_group.servers = servers

        security_group.additional_properties = d

        return security_group

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.ref import Ref

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            description = src_dict["description"]

            enable_default_security = src_dict["enable_default_security"]

            id = src_dict["id"]

            name = src_dict["name"]

            organization = src_dict["organization"]

            organization_default = src_dict["organization_default"]

            servers = []
            _servers = src_dict["servers"]
            for servers_item_data in _servers:
                servers_item = Ref.from_dict(servers_item_data)

                servers.append(servers_item)

            if len(src_dict) == 7:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "description",
                        "enable_default_security",
                        "id",
                        "name",
                        "organization",
                        "organization_default",
                        "servers",
                    }
                }
            security_group = cls.__new__(cls)
            security_group.description = description
            security_group.enable_default_security = enable_default_security
            security_group.id = id
            security_group.name = name
            security_group.organization = organization
            security_group.organization_default = organization_default
            security_group.servers = servers

            security_group.additional_properties = d

            _append(security_group)
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
