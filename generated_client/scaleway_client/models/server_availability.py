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
    from ..models.server_availability_servers import ServerAvailabilityServers


T = TypeVar("T", bound="ServerAvailability")


@_attrs_define
class ServerAvailability:
    """
    Attributes:
        servers (ServerAvailabilityServers): Commercial type -> availability.
    """

    servers: ServerAvailabilityServers
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        servers = self.servers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "servers": servers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_availability_servers import ServerAvailabilityServers

        servers = ServerAvailabilityServers.from_dict(src_dict["servers"])

        if len(src_dict) == 1:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "servers",
                }
            }
        server_availability = cls.__new__(cls)
        server_availability.servers = servers

        server_availability.additional_properties = d

        return server_availability

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.server_availability_servers import ServerAvailabilityServers

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            servers = ServerAvailabilityServers.from_dict(src_dict["servers"])

            if len(src_dict) == 1:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "servers",
                    }
                }
            server_availability = cls.__new__(cls)
            server_availability.servers = servers

            server_availability.additional_properties = d

            _append(server_availability)
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
