from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self, TypeVar

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
        platform_id = src_dict["platform_id"]

        hypervisor_id = src_dict["hypervisor_id"]

        node_id = src_dict["node_id"]

        cluster_id = src_dict["cluster_id"]

        zone_id = src_dict["zone_id"]

        if len(src_dict) == 5:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "platform_id",
                    "hypervisor_id",
                    "node_id",
                    "cluster_id",
                    "zone_id",
                }
            }
        server_location = cls.__new__(cls)
        server_location.platform_id = platform_id
        server_location.hypervisor_id = hypervisor_id
        server_location.node_id = node_id
        server_location.cluster_id = cluster_id
        server_location.zone_id = zone_id

        server_location.additional_properties = d

        return server_location

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            platform_id = src_dict["platform_id"]

            hypervisor_id = src_dict["hypervisor_id"]

            node_id = src_dict["node_id"]

            cluster_id = src_dict["cluster_id"]

            zone_id = src_dict["zone_id"]

            if len(src_dict) == 5:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "platform_id",
                        "hypervisor_id",
                        "node_id",
                        "cluster_id",
                        "zone_id",
                    }
                }
            server_location = cls.__new__(cls)
            server_location.platform_id = platform_id
            server_location.hypervisor_id = hypervisor_id
            server_location.node_id = node_id
            server_location.cluster_id = cluster_id
            server_location.zone_id = zone_id

            server_location.additional_properties = d

            _append(server_location)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("platform_id", "platform_id", "str", True),
        ("hypervisor_id", "hypervisor_id", "str", True),
        ("node_id", "node_id", "str", True),
        ("cluster_id", "cluster_id", "str", True),
        ("zone_id", "zone_id", "str", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            platform_id = _row.platform_id
            hypervisor_id = _row.hypervisor_id
            node_id = _row.node_id
            cluster_id = _row.cluster_id
            zone_id = _row.zone_id
            server_location = cls.__new__(cls)
            server_location.platform_id = platform_id
            server_location.hypervisor_id = hypervisor_id
            server_location.node_id = node_id
            server_location.cluster_id = cluster_id
            server_location.zone_id = zone_id
            server_location.additional_properties = {}
            _append(server_location)
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
