from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServerLocation")


@_attrs_define
class ServerLocation:
    """
    Attributes:
        platform_id (str):
        hypervisor_id (str):
        node_id (str):
        cluster_id (str):
        zone_id (str):
    """

    platform_id: str
    hypervisor_id: str
    node_id: str
    cluster_id: str
    zone_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        platform_id = self.platform_id

        hypervisor_id = self.hypervisor_id

        node_id = self.node_id

        cluster_id = self.cluster_id

        zone_id = self.zone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "platform_id": platform_id,
                "hypervisor_id": hypervisor_id,
                "node_id": node_id,
                "cluster_id": cluster_id,
                "zone_id": zone_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        platform_id = d.pop("platform_id")

        hypervisor_id = d.pop("hypervisor_id")

        node_id = d.pop("node_id")

        cluster_id = d.pop("cluster_id")

        zone_id = d.pop("zone_id")

        server_location = cls.__new__(cls)
        server_location.platform_id = platform_id
        server_location.hypervisor_id = hypervisor_id
        server_location.node_id = node_id
        server_location.cluster_id = cluster_id
        server_location.zone_id = zone_id

        server_location.additional_properties = d
        return server_location

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
