from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetStatusRequest")


@_attrs_define
class GetStatusRequest:
    """
    Attributes:
        pipeline_id (str):
        get_progress (bool | Unset): Ask for `progress` while PROCESSING.
    """

    pipeline_id: str
    get_progress: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pipeline_id = self.pipeline_id

        get_progress = self.get_progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pipelineId": pipeline_id,
            }
        )
        if get_progress is not UNSET:
            field_dict["getProgress"] = get_progress

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        pipeline_id = src_dict["pipelineId"]

        get_progress = src_dict.get("getProgress", UNSET)

        if len(src_dict) == 1 + (get_progress is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "pipelineId",
                    "getProgress",
                }
            }
        get_status_request = cls.__new__(cls)
        get_status_request.pipeline_id = pipeline_id
        get_status_request.get_progress = get_progress

        get_status_request.additional_properties = d

        return get_status_request

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            pipeline_id = src_dict["pipelineId"]

            get_progress = src_dict.get("getProgress", UNSET)

            if len(src_dict) == 1 + (get_progress is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "pipelineId",
                        "getProgress",
                    }
                }
            get_status_request = cls.__new__(cls)
            get_status_request.pipeline_id = pipeline_id
            get_status_request.get_progress = get_progress

            get_status_request.additional_properties = d

            _append(get_status_request)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("pipelineId", "pipeline_id", "str", True),
        ("getProgress", "get_progress", "bool", False),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            pipeline_id = _row.pipeline_id
            get_progress = _row.get_progress
            get_status_request = cls.__new__(cls)
            get_status_request.pipeline_id = pipeline_id
            get_status_request.get_progress = get_progress
            get_status_request.additional_properties = {}
            _append(get_status_request)
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
