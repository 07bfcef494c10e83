from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Progress")


@_attrs_define
class Progress:
    """Where a PROCESSING pipeline is. An older doc version sent a plain string ("Downloading data from
    Planet"); this spec follows the current object form.

        Attributes:
            message (str): Unknown, Preparing analysis, Ordering data from provider, ... Finalizing analysis.
            step (int): Step of 6.
            provider (str | Unset):
    """

    message: str
    step: int
    provider: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        step = self.step

        provider = self.provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "step": step,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        message = src_dict["message"]

        step = src_dict["step"]

        provider = src_dict.get("provider", UNSET)

        if len(src_dict) == 2 + (provider is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "message",
                    "step",
                    "provider",
                }
            }
        progress = cls.__new__(cls)
        progress.message = message
        progress.step = step
        progress.provider = provider

        progress.additional_properties = d

        return progress

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            message = src_dict["message"]

            step = src_dict["step"]

            provider = src_dict.get("provider", UNSET)

            if len(src_dict) == 2 + (provider is not UNSET):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "message",
                        "step",
                        "provider",
                    }
                }
            progress = cls.__new__(cls)
            progress.message = message
            progress.step = step
            progress.provider = provider

            progress.additional_properties = d

            _append(progress)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("message", "message", "str", True),
        ("step", "step", "int", True),
        ("provider", "provider", "str", False),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            message = _row.message
            step = _row.step
            provider = _row.provider
            progress = cls.__new__(cls)
            progress.message = message
            progress.step = step
            progress.provider = provider
            progress.additional_properties = {}
            _append(progress)
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
