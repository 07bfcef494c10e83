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

from ..types import UNSET, Unset

T = TypeVar("T", bound="IpUpdate")


@_attrs_define
class IpUpdate:
    """
    Attributes:
        address (str):
        id (str):
        organization (str):
        server (None | str | Unset): The server to attach to; null detaches.
        reverse (None | str | Unset):
    """

    address: str
    id: str
    organization: str
    server: None | str | Unset = UNSET
    reverse: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        id = self.id

        organization = self.organization

        server: None | str | Unset
        if isinstance(self.server, Unset):
            server = UNSET
        else:
            server = self.server

        reverse: None | str | Unset
        if isinstance(self.reverse, Unset):
            reverse = UNSET
        else:
            reverse = self.reverse

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "id": id,
                "organization": organization,
            }
        )
        if server is not UNSET:
            field_dict["server"] = server
        if reverse is not UNSET:
            field_dict["reverse"] = reverse

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        address = src_dict["address"]

        id = src_dict["id"]

        organization = src_dict["organization"]

        def _parse_server(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server = _parse_server(src_dict.get("server", UNSET))

        def _parse_reverse(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reverse = _parse_reverse(src_dict.get("reverse", UNSET))

        if len(src_dict) == 3 + (server is not UNSET) + (reverse is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "address",
                    "id",
                    "organization",
                    "server",
                    "reverse",
                }
            }
        ip_update = cls.__new__(cls)
        ip_update.address = address
        ip_update.id = id
        ip_update.organization = organization
        ip_update.server = server
        ip_update.reverse = reverse

        ip_update.additional_properties = d

        return ip_update

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            address = src_dict["address"]

            id = src_dict["id"]

            organization = src_dict["organization"]

            def _parse_server(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            server = _parse_server(src_dict.get("server", UNSET))

            def _parse_reverse(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            reverse = _parse_reverse(src_dict.get("reverse", UNSET))

            if len(src_dict) == 3 + (server is not UNSET) + (reverse is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "address",
                        "id",
                        "organization",
                        "server",
                        "reverse",
                    }
                }
            ip_update = cls.__new__(cls)
            ip_update.address = address
            ip_update.id = id
            ip_update.organization = organization
            ip_update.server = server
            ip_update.reverse = reverse

            ip_update.additional_properties = d

            _append(ip_update)
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
