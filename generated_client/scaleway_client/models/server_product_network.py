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

if TYPE_CHECKING:
    from ..models.server_product_network_interfaces_item import (
        ServerProductNetworkInterfacesItem,
    )


T = TypeVar("T", bound="ServerProductNetwork")


@_attrs_define
class ServerProductNetwork:
    """
    Attributes:
        interfaces (list[ServerProductNetworkInterfacesItem]):
        sum_internal_bandwidth (int | None):
        sum_internet_bandwidth (int | None):
        ipv6_support (bool):
    """

    interfaces: list[ServerProductNetworkInterfacesItem]
    sum_internal_bandwidth: int | None
    sum_internet_bandwidth: int | None
    ipv6_support: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interfaces = []
        for interfaces_item_data in self.interfaces:
            interfaces_item = interfaces_item_data.to_dict()
            interfaces.append(interfaces_item)

        sum_internal_bandwidth: int | None
        sum_internal_bandwidth = self.sum_internal_bandwidth

        sum_internet_bandwidth: int | None
        sum_internet_bandwidth = self.sum_internet_bandwidth

        ipv6_support = self.ipv6_support

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interfaces": interfaces,
                "sum_internal_bandwidth": sum_internal_bandwidth,
                "sum_internet_bandwidth": sum_internet_bandwidth,
                "ipv6_support": ipv6_support,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_product_network_interfaces_item import (
            ServerProductNetworkInterfacesItem,
        )

        interfaces = []
        _interfaces = src_dict["interfaces"]
        for interfaces_item_data in _interfaces:
            interfaces_item = ServerProductNetworkInterfacesItem.from_dict(
                interfaces_item_data
            )

            interfaces.append(interfaces_item)

        def _parse_sum_internal_bandwidth(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        sum_internal_bandwidth = _parse_sum_internal_bandwidth(
            src_dict["sum_internal_bandwidth"]
        )

        def _parse_sum_internet_bandwidth(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        sum_internet_bandwidth = _parse_sum_internet_bandwidth(
            src_dict["sum_internet_bandwidth"]
        )

        ipv6_support = src_dict["ipv6_support"]

        if len(src_dict) == 4:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "interfaces",
                    "sum_internal_bandwidth",
                    "sum_internet_bandwidth",
                    "ipv6_support",
                }
            }
        server_product_network = cls.__new__(cls)
        server_product_network.interfaces = interfaces
        server_product_network.sum_internal_bandwidth = sum_internal_bandwidth
        server_product_network.sum_internet_bandwidth = sum_internet_bandwidth
        server_product_network.ipv6_support = ipv6_support

        server_product_network.additional_properties = d

        return server_product_network

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.server_product_network_interfaces_item import (
            ServerProductNetworkInterfacesItem,
        )

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            interfaces = []
            _interfaces = src_dict["interfaces"]
            for interfaces_item_data in _interfaces:
                interfaces_item = ServerProductNetworkInterfacesItem.from_dict(
                    interfaces_item_data
                )

                interfaces.append(interfaces_item)

            def _parse_sum_internal_bandwidth(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            sum_internal_bandwidth = _parse_sum_internal_bandwidth(
                src_dict["sum_internal_bandwidth"]
            )

            def _parse_sum_internet_bandwidth(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            sum_internet_bandwidth = _parse_sum_internet_bandwidth(
                src_dict["sum_internet_bandwidth"]
            )

            ipv6_support = src_dict["ipv6_support"]

            if len(src_dict) == 4:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "interfaces",
                        "sum_internal_bandwidth",
                        "sum_internet_bandwidth",
                        "ipv6_support",
                    }
                }
            server_product_network = cls.__new__(cls)
            server_product_network.interfaces = interfaces
            server_product_network.sum_internal_bandwidth = sum_internal_bandwidth
            server_product_network.sum_internet_bandwidth = sum_internet_bandwidth
            server_product_network.ipv6_support = ipv6_support

            server_product_network.additional_properties = d

            _append(server_product_network)
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
