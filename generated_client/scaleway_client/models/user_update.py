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
    from ..models.ssh_key import SshKey


T = TypeVar("T", bound="UserUpdate")


@_attrs_define
class UserUpdate:
    """
    Attributes:
        ssh_public_keys (list[SshKey]):
    """

    ssh_public_keys: list[SshKey]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ssh_public_keys = []
        for ssh_public_keys_item_data in self.ssh_public_keys:
            ssh_public_keys_item = ssh_public_keys_item_data.to_dict()
            ssh_public_keys.append(ssh_public_keys_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ssh_public_keys": ssh_public_keys,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ssh_key import SshKey

        ssh_public_keys = []
        _ssh_public_keys = src_dict["ssh_public_keys"]
        for ssh_public_keys_item_data in _ssh_public_keys:
            ssh_public_keys_item = SshKey.from_dict(ssh_public_keys_item_data)

            ssh_public_keys.append(ssh_public_keys_item)

        if len(src_dict) == 1:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "ssh_public_keys",
                }
            }
        user_update = cls.__new__(cls)
        user_update.ssh_public_keys = ssh_public_keys

        user_update.additional_properties = d

        return user_update

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.ssh_key import SshKey

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            ssh_public_keys = []
            _ssh_public_keys = src_dict["ssh_public_keys"]
            for ssh_public_keys_item_data in _ssh_public_keys:
                ssh_public_keys_item = SshKey.from_dict(ssh_public_keys_item_data)

                ssh_public_keys.append(ssh_public_keys_item)

            if len(src_dict) == 1:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "ssh_public_keys",
                    }
                }
            user_update = cls.__new__(cls)
            user_update.ssh_public_keys = ssh_public_keys

            user_update.additional_properties = d

            _append(user_update)
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
