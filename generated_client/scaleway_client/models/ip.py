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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="Ip")


@_attrs_define
class Ip:
    """
    Attributes:
        address (str):
        id (str):
        organization (str):
        server (None | Ref):
        reverse (None | str | Unset): Only shown once a reverse is set.
    """

    address: str
    id: str
    organization: str
    server: None | Ref
    reverse: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref

        address = self.address

        id = self.id

        organization = self.organization

        server: dict[str, Any] | None
        if isinstance(self.server, Ref):
            server = self.server.to_dict()
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
                "server": server,
            }
        )
        if reverse is not UNSET:
            field_dict["reverse"] = reverse

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ref import Ref

        address = src_dict["address"]

        id = src_dict["id"]

        organization = src_dict["organization"]

        def _parse_server(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                server_type_0 = Ref.from_dict(data)

                return server_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        server = _parse_server(src_dict["server"])

        def _parse_reverse(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reverse = _parse_reverse(src_dict.get("reverse", UNSET))

        if len(src_dict) == 4 + (reverse is not UNSET):
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
        ip = cls.__new__(cls)
        ip.address = address
        ip.id = id
        ip.organization = organization
        ip.server = server
        ip.reverse = reverse

        ip.additional_properties = d

        return ip

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.ref import Ref

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            address = src_dict["address"]

            id = src_dict["id"]

            organization = src_dict["organization"]

            def _parse_server(data: object) -> None | Ref:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    server_type_0 = Ref.from_dict(data)

                    return server_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Ref, data)

            server = _parse_server(src_dict["server"])

            def _parse_reverse(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            reverse = _parse_reverse(src_dict.get("reverse", UNSET))

            if len(src_dict) == 4 + (reverse is not UNSET):
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
            ip = cls.__new__(cls)
            ip.address = address
            ip.id = id
            ip.organization = organization
            ip.server = server
            ip.reverse = reverse

            ip.additional_properties = d

            _append(ip)
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
