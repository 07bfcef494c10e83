from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pipeline_status_value import PipelineStatusValue

T = TypeVar("T", bound="Pipeline")


@_attrs_define
class Pipeline:
    """
    Attributes:
        pipeline_id (str): The pipeline's id, for get-status and retrieve.
        status (PipelineStatusValue):
        next_try (int): Recommended seconds before the first status check.
    """

    pipeline_id: str
    status: PipelineStatusValue
    next_try: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pipeline_id = self.pipeline_id

        status = self.status.value

        next_try = self.next_try

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pipelineId": pipeline_id,
                "status": status,
                "nextTry": next_try,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        pipeline_id = src_dict["pipelineId"]

        status = PipelineStatusValue(src_dict["status"])

        next_try = src_dict["nextTry"]

        if len(src_dict) == 3:
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
                }
            }
        pipeline = cls.__new__(cls)
        pipeline.pipeline_id = pipeline_id
        pipeline.status = status
        pipeline.next_try = next_try

        pipeline.additional_properties = d

        return pipeline

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            pipeline_id = src_dict["pipelineId"]

            status = PipelineStatusValue(src_dict["status"])

            next_try = src_dict["nextTry"]

            if len(src_dict) == 3:
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
                    }
                }
            pipeline = cls.__new__(cls)
            pipeline.pipeline_id = pipeline_id
            pipeline.status = status
            pipeline.next_try = next_try

            pipeline.additional_properties = d

            _append(pipeline)
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
