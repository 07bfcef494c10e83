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
    from ..models.ip import Ip


T = TypeVar("T", bound="IpList")


@_attrs_define
class IpList:
    """
    Attributes:
        ips (list[Ip]):
    """

    ips: list[Ip]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ips = []
        for ips_item_data in self.ips:
            ips_item = ips_item_data.to_dict()
            ips.append(ips_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ips": ips,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ip import Ip

        ips = []
        _ips = src_dict["ips"]
        for ips_item_data in _ips:
            ips_item = Ip.from_dict(ips_item_data)

            ips.append(ips_item)

        if len(src_dict) == 1:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "ips",
                }
            }
        ip_list = cls.__new__(cls)
        ip_list.ips = ips

        ip_list.additional_properties = d

        return ip_list

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.ip import Ip

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            ips = []
            _ips = src_dict["ips"]
            for ips_item_data in _ips:
                ips_item = Ip.from_dict(ips_item_data)

                ips.append(ips_item)

            if len(src_dict) == 1:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "ips",
                    }
                }
            ip_list = cls.__new__(cls)
            ip_list.ips = ips

            ip_list.additional_properties = d

            _append(ip_list)
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
