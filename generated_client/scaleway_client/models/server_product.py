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

from ..models.server_product_arch import ServerProductArch

if TYPE_CHECKING:
    from ..models.server_product_network import ServerProductNetwork
    from ..models.server_product_volumes_constraint import (
        ServerProductVolumesConstraint,
    )


T = TypeVar("T", bound="ServerProduct")


@_attrs_define
class ServerProduct:
    """
    Attributes:
        baremetal (bool):
        monthly_price (float):
        hourly_price (float):
        ncpus (int):
        ram (int): Bytes.
        arch (ServerProductArch):
        alt_names (list[str]):
        volumes_constraint (ServerProductVolumesConstraint):
        network (ServerProductNetwork):
    """

    baremetal: bool
    monthly_price: float
    hourly_price: float
    ncpus: int
    ram: int
    arch: ServerProductArch
    alt_names: list[str]
    volumes_constraint: ServerProductVolumesConstraint
    network: ServerProductNetwork
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        baremetal = self.baremetal

        monthly_price = self.monthly_price

        hourly_price = self.hourly_price

        ncpus = self.ncpus

        ram = self.ram

        arch = self.arch.value

        alt_names = self.alt_names

        volumes_constraint = self.volumes_constraint.to_dict()

        network = self.network.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baremetal": baremetal,
                "monthly_price": monthly_price,
                "hourly_price": hourly_price,
                "ncpus": ncpus,
                "ram": ram,
                "arch": arch,
                "alt_names": alt_names,
                "volumes_constraint": volumes_constraint,
                "network": network,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_product_network import ServerProductNetwork
        from ..models.server_product_volumes_constraint import (
            ServerProductVolumesConstraint,
        )

        baremetal = src_dict["baremetal"]

        monthly_price = src_dict["monthly_price"]

        hourly_price = src_dict["hourly_price"]

        ncpus = src_dict["ncpus"]

        ram = src_dict["ram"]

        arch = ServerProductArch(src_dict["arch"])

        alt_names = cast(list[str], src_dict["alt_names"])

        volumes_constraint = ServerProductVolumesConstraint.from_dict(
            src_dict["volumes_constraint"]
        )

        network = ServerProductNetwork.from_dict(src_dict["network"])

        if len(src_dict) == 9:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "baremetal",
                    "monthly_price",
                    "hourly_price",
                    "ncpus",
                    "ram",
                    "arch",
                    "alt_names",
                    "volumes_constraint",
                    "network",
                }
            }
        server_product = cls.__new__(cls)
        server_product.baremetal = baremetal
        server_product.monthly_price = monthly_price
        server_product.hourly_price = hourly_price
        server_product.ncpus = ncpus
        server_product.ram = ram
        server_product.arch = arch
        server_product.alt_names = alt_names
        server_product.volumes_constraint = volumes_constraint
        server_product.network = network

        server_product.additional_properties = d

        return server_product

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.server_product_network import ServerProductNetwork
        from ..models.server_product_volumes_constraint import (
            ServerProductVolumesConstraint,
        )

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            baremetal = src_dict["baremetal"]

            monthly_price = src_dict["monthly_price"]

            hourly_price = src_dict["hourly_price"]

            ncpus = src_dict["ncpus"]

            ram = src_dict["ram"]

            arch = ServerProductArch(src_dict["arch"])

            alt_names = cast(list[str], src_dict["alt_names"])

            volumes_constraint = ServerProductVolumesConstraint.from_dict(
                src_dict["volumes_constraint"]
            )

            network = ServerProductNetwork.from_dict(src_dict["network"])

            if len(src_dict) == 9:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "baremetal",
                        "monthly_price",
                        "hourly_price",
                        "ncpus",
                        "ram",
                        "arch",
                        "alt_names",
                        "volumes_constraint",
                        "network",
                    }
                }
            server_product = cls.__new__(cls)
            server_product.baremetal = baremetal
            server_product.monthly_price = monthly_price
            server_product.hourly_price = hourly_price
            server_product.ncpus = ncpus
            server_product.ram = ram
            server_product.arch = arch
            server_product.alt_names = alt_names
            server_product.volumes_constraint = volumes_constraint
            server_product.network = network

            server_product.additional_properties = d

            _append(server_product)
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
