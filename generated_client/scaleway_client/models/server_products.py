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
    from ..models.server_products_servers import ServerProductsServers


T = TypeVar("T", bound="ServerProducts")


@_attrs_define
class ServerProducts:
    """
    Attributes:
        servers (ServerProductsServers): Commercial type -> offer.
    """

    servers: ServerProductsServers
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
        from ..models.server_products_servers import ServerProductsServers

        servers = ServerProductsServers.from_dict(src_dict["servers"])

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
        server_products = cls.__new__(cls)
        server_products.servers = servers

        server_products.additional_properties = d

        return server_products

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.server_products_servers import ServerProductsServers

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            servers = ServerProductsServers.from_dict(src_dict["servers"])

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
            server_products = cls.__new__(cls)
            server_products.servers = servers

            server_products.additional_properties = d

            _append(server_products)
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
