from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PublicIp")


@_attrs_define
class PublicIp:
    """
    Attributes:
        dynamic (bool):
        id (str):
        address (str):
    """

    dynamic: bool
    id: str
    address: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dynamic = self.dynamic

        id = self.id

        address = self.address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dynamic": dynamic,
                "id": id,
                "address": address,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        dynamic = src_dict["dynamic"]

        id = src_dict["id"]

        address = src_dict["address"]

        if len(src_dict) == 3:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "dynamic",
                    "id",
                    "address",
                }
            }
        public_ip = cls.__new__(cls)
        public_ip.dynamic = dynamic
        public_ip.id = id
        public_ip.address = address

        public_ip.additional_properties = d

        return public_ip

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            dynamic = src_dict["dynamic"]

            id = src_dict["id"]

            address = src_dict["address"]

            if len(src_dict) == 3:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "dynamic",
                        "id",
                        "address",
                    }
                }
            public_ip = cls.__new__(cls)
            public_ip.dynamic = dynamic
            public_ip.id = id
            public_ip.address = address

            public_ip.additional_properties = d

            _append(public_ip)
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
