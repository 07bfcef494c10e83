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
    from ..models.snapshot import Snapshot


T = TypeVar("T", bound="SnapshotResponse")


@_attrs_define
class SnapshotResponse:
    """
    Attributes:
        snapshot (Snapshot):
    """

    snapshot: Snapshot
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        snapshot = self.snapshot.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "snapshot": snapshot,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.snapshot import Snapshot

        snapshot = Snapshot.from_dict(src_dict["snapshot"])

        if len(src_dict) == 1:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "snapshot",
                }
            }
        snapshot_response = cls.__new__(cls)
        snapshot_response.snapshot = snapshot

        snapshot_response.additional_properties = d

        return snapshot_response

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.snapshot import Snapshot

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            snapshot = Snapshot.from_dict(src_dict["snapshot"])

            if len(src_dict) == 1:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "snapshot",
                    }
                }
            snapshot_response = cls.__new__(cls)
            snapshot_response.snapshot = snapshot

            snapshot_response.additional_properties = d

            _append(snapshot_response)
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
