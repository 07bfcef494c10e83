from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pipeline_status_value import PipelineStatusValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReleasePipeline")


@_attrs_define
class ReleasePipeline:
    """
    Attributes:
        pipeline_id (str):
        status (PipelineStatusValue):
        next_try (int):
        sub_geometry_id (str | Unset): Only when the request had a subGeometry.
    """

    pipeline_id: str
    status: PipelineStatusValue
    next_try: int
    sub_geometry_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pipeline_id = self.pipeline_id

        status = self.status.value

        next_try = self.next_try

        sub_geometry_id = self.sub_geometry_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pipelineId": pipeline_id,
                "status": status,
                "nextTry": next_try,
            }
        )
        if sub_geometry_id is not UNSET:
            field_dict["subGeometryId"] = sub_geometry_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        pipeline_id = src_dict["pipelineId"]

        status = PipelineStatusValue(src_dict["status"])

        next_try = src_dict["nextTry"]

        sub_geometry_id = src_dict.get("subGeometryId", UNSET)

        if len(src_dict) == 3 + (sub_geometry_id is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "pipelineId",
                    "status",
                    "nextTry",
                    "subGeometryId",
                }
            }
        release_pipeline = cls.__new__(cls)
        release_pipeline.pipeline_id = pipeline_id
        release_pipeline.status = status
        release_pipeline.next_try = next_try
        release_pipeline.sub_geometry_id = sub_geometry_id

        release_pipeline.additional_properties = d

        return release_pipeline

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            pipeline_id = src_dict["pipelineId"]

            status = PipelineStatusValue(src_dict["status"])

            next_try = src_dict["nextTry"]

            sub_geometry_id = src_dict.get("subGeometryId", UNSET)

            if len(src_dict) == 3 + (sub_geometry_id is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "pipelineId",
                        "status",
                        "nextTry",
                        "subGeometryId",
                    }
                }
            release_pipeline = cls.__new__(cls)
            release_pipeline.pipeline_id = pipeline_id
            release_pipeline.status = status
            release_pipeline.next_try = next_try
            release_pipeline.sub_geometry_id = sub_geometry_id

            release_pipeline.additional_properties = d

            _append(release_pipeline)
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
