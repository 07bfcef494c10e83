from __future__ import annotations

import datetime
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
    from ..models.ref import Ref


T = TypeVar("T", bound="Snapshot")


@_attrs_define
class Snapshot:
    """
    Attributes:
        base_volume (Ref): A short reference to another resource.
        creation_date (datetime.datetime): ISO 8601 with microseconds and an offset, e.g.
            `2014-05-22T08:05:57.556385+00:00`.
        id (str):
        name (str):
        organization (str):
        size (int):
        state (str): e.g. `snapshotting`, then `available`.
        volume_type (str):
    """

    base_volume: Ref
    creation_date: datetime.datetime
    id: str
    name: str
    organization: str
    size: int
    state: str
    volume_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_volume = self.base_volume.to_dict()

        creation_date = self.creation_date.isoformat()

        id = self.id

        name = self.name

        organization = self.organization

        size = self.size

        state = self.state

        volume_type = self.volume_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base_volume": base_volume,
                "creation_date": creation_date,
                "id": id,
                "name": name,
                "organization": organization,
                "size": size,
                "state": state,
                "volume_type": volume_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ref import Ref

        base_volume = Ref.from_dict(src_dict["base_volume"])

        creation_date = datetime.datetime.fromisoformat(src_dict["creation_date"])

        id = src_dict["id"]

        name = src_dict["name"]

        organization = src_dict["organization"]

        size = src_dict["size"]

        state = src_dict["state"]

        volume_type = src_dict["volume_type"]

        if len(src_dict) == 8:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "base_volume",
                    "creation_date",
                    "id",
                    "name",
                    "organization",
                    "size",
                    "state",
                    "volume_type",
                }
            }
        snapshot = cls.__new__(cls)
        snapshot.base_volume = base_volume
        snapshot.creation_date = creation_date
        snapshot.id = id
        snapshot.name = name
        snapshot.organization = organization
        snapshot.size = size
        snapshot.state = state
        snapshot.volume_type = volume_type

        snapshot.additional_properties = d

        return snapshot

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.ref import Ref

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            base_volume = Ref.from_dict(src_dict["base_volume"])

            creation_date = datetime.datetime.fromisoformat(src_dict["creation_date"])

            id = src_dict["id"]

            name = src_dict["name"]

            organization = src_dict["organization"]

            size = src_dict["size"]

            state = src_dict["state"]

            volume_type = src_dict["volume_type"]

            if len(src_dict) == 8:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "base_volume",
                        "creation_date",
                        "id",
                        "name",
                        "organization",
                        "size",
                        "state",
                        "volume_type",
                    }
                }
            snapshot = cls.__new__(cls)
            snapshot.base_volume = base_volume
            snapshot.creation_date = creation_date
            snapshot.id = id
            snapshot.name = name
            snapshot.organization = organization
            snapshot.size = size
            snapshot.state = state
            snapshot.volume_type = volume_type

            snapshot.additional_properties = d

            _append(snapshot)
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
