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

T = TypeVar("T", bound="ServerProductNetworkInterfacesItem")


@_attrs_define
class ServerProductNetworkInterfacesItem:
    """
    Attributes:
        internal_bandwidth (int | None):
        internet_bandwidth (int | None):
    """

    internal_bandwidth: int | None
    internet_bandwidth: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_bandwidth: int | None
        internal_bandwidth = self.internal_bandwidth

        internet_bandwidth: int | None
        internet_bandwidth = self.internet_bandwidth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "internal_bandwidth": internal_bandwidth,
                "internet_bandwidth": internet_bandwidth,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        def _parse_internal_bandwidth(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        internal_bandwidth = _parse_internal_bandwidth(src_dict["internal_bandwidth"])

        def _parse_internet_bandwidth(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        internet_bandwidth = _parse_internet_bandwidth(src_dict["internet_bandwidth"])

        if len(src_dict) == 2:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "internal_bandwidth",
                    "internet_bandwidth",
                }
            }
        server_product_network_interfaces_item = cls.__new__(cls)
        server_product_network_interfaces_item.internal_bandwidth = internal_bandwidth
        server_product_network_interfaces_item.internet_bandwidth = internet_bandwidth

        server_product_network_interfaces_item.additional_properties = d

        return server_product_network_interfaces_item

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:

            def _parse_internal_bandwidth(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            internal_bandwidth = _parse_internal_bandwidth(
                src_dict["internal_bandwidth"]
            )

            def _parse_internet_bandwidth(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            internet_bandwidth = _parse_internet_bandwidth(
                src_dict["internet_bandwidth"]
            )

            if len(src_dict) == 2:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "internal_bandwidth",
                        "internet_bandwidth",
                    }
                }
            server_product_network_interfaces_item = cls.__new__(cls)
            server_product_network_interfaces_item.internal_bandwidth = (
                internal_bandwidth
            )
            server_product_network_interfaces_item.internet_bandwidth = (
                internet_bandwidth
            )

            server_product_network_interfaces_item.additional_properties = d

            _append(server_product_network_interfaces_item)
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
