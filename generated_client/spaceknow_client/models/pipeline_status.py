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

from ..models.pipeline_status_value import PipelineStatusValue
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.progress import Progress


T = TypeVar("T", bound="PipelineStatus")


@_attrs_define
class PipelineStatus:
    """
    Attributes:
        status (PipelineStatusValue):
        next_try (int | Unset): Seconds before the next check; only while NEW or PROCESSING.
        progress (Progress | Unset): Where a PROCESSING pipeline is. An older doc version sent a plain string
            ("Downloading data from
            Planet"); this spec follows the current object form.
    """

    status: PipelineStatusValue
    next_try: int | Unset = UNSET
    progress: Progress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        next_try = self.next_try

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if next_try is not UNSET:
            field_dict["nextTry"] = next_try
        if progress is not UNSET:
            field_dict["progress"] = progress

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.progress import Progress

        status = PipelineStatusValue(src_dict["status"])

        next_try = src_dict.get("nextTry", UNSET)

        _progress = src_dict.get("progress", UNSET)
        progress: Progress | Unset
        if isinstance(_progress, Unset):
            progress = UNSET
        else:
            progress = Progress.from_dict(_progress)

        if len(src_dict) == 1 + (next_try is not UNSET) + (progress is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "status",
                    "nextTry",
                    "progress",
                }
            }
        pipeline_status = cls.__new__(cls)
        pipeline_status.status = status
        pipeline_status.next_try = next_try
        pipeline_status.progress = progress

        pipeline_status.additional_properties = d

        return pipeline_status

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.progress import Progress

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            status = PipelineStatusValue(src_dict["status"])

            next_try = src_dict.get("nextTry", UNSET)

            _progress = src_dict.get("progress", UNSET)
            progress: Progress | Unset
            if isinstance(_progress, Unset):
                progress = UNSET
            else:
                progress = Progress.from_dict(_progress)

            if len(src_dict) == 1 + (next_try is not UNSET) + (progress is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "status",
                        "nextTry",
                        "progress",
                    }
                }
            pipeline_status = cls.__new__(cls)
            pipeline_status.status = status
            pipeline_status.next_try = next_try
            pipeline_status.progress = progress

            pipeline_status.additional_properties = d

            _append(pipeline_status)
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
