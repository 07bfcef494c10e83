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
    from ..models.server_availability_servers_additional_property import (
        ServerAvailabilityServersAdditionalProperty,
    )


T = TypeVar("T", bound="ServerAvailabilityServers")


@_attrs_define
class ServerAvailabilityServers:
    """Commercial type -> availability."""

    additional_properties: dict[str, ServerAvailabilityServersAdditionalProperty] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_availability_servers_additional_property import (
            ServerAvailabilityServersAdditionalProperty,
        )

        d = dict(src_dict)
        server_availability_servers = cls.__new__(cls)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ServerAvailabilityServersAdditionalProperty.from_dict(
                prop_dict
            )

            additional_properties[prop_name] = additional_property

        server_availability_servers.additional_properties = additional_properties

        return server_availability_servers

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.server_availability_servers_additional_property import (
            ServerAvailabilityServersAdditionalProperty,
        )

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            d = dict(src_dict)
            server_availability_servers = cls.__new__(cls)

            additional_properties = {}
            for prop_name, prop_dict in d.items():
                additional_property = (
                    ServerAvailabilityServersAdditionalProperty.from_dict(prop_dict)
                )

                additional_properties[prop_name] = additional_property

            server_availability_servers.additional_properties = additional_properties

            _append(server_availability_servers)
        return _built

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ServerAvailabilityServersAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: ServerAvailabilityServersAdditionalProperty
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
