from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import (
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """
    Attributes:
        description (str): e.g. `server_poweroff`.
        href_from (str):
        id (str):
        progress (str): A percentage, as a string ("0" ... "100").
        status (str): `pending`, `started`, `success` or `failure`.
        started_at (datetime.datetime | None | Unset):
        terminated_at (datetime.datetime | None | Unset):
    """

    description: str
    href_from: str
    id: str
    progress: str
    status: str
    started_at: datetime.datetime | None | Unset = UNSET
    terminated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        href_from = self.href_from

        id = self.id

        progress = self.progress

        status = self.status

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        terminated_at: None | str | Unset
        if isinstance(self.terminated_at, Unset):
            terminated_at = UNSET
        elif isinstance(self.terminated_at, datetime.datetime):
            terminated_at = self.terminated_at.isoformat()
        else:
            terminated_at = self.terminated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "href_from": href_from,
                "id": id,
                "progress": progress,
                "status": status,
            }
        )
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if terminated_at is not UNSET:
            field_dict["terminated_at"] = terminated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        description = src_dict["description"]

        href_from = src_dict["href_from"]

        id = src_dict["id"]

        progress = src_dict["progress"]

        status = src_dict["status"]

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(src_dict.get("started_at", UNSET))

        def _parse_terminated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                terminated_at_type_0 = datetime.datetime.fromisoformat(data)

                return terminated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        terminated_at = _parse_terminated_at(src_dict.get("terminated_at", UNSET))

        if len(src_dict) == 5 + (started_at is not UNSET) + (
            terminated_at is not UNSET
        ):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "description",
                    "href_from",
                    "id",
                    "progress",
                    "status",
                    "started_at",
                    "terminated_at",
                }
            }
        task = cls.__new__(cls)
        task.description = description
        task.href_from = href_from
        task.id = id
        task.progress = progress
        task.status = status
        task.started_at = started_at
        task.terminated_at = terminated_at

        task.additional_properties = d

        return task

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            description = src_dict["description"]

            href_from = src_dict["href_from"]

            id = src_dict["id"]

            progress = src_dict["progress"]

            status = src_dict["status"]

            def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    started_at_type_0 = datetime.datetime.fromisoformat(data)

                    return started_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            started_at = _parse_started_at(src_dict.get("started_at", UNSET))

            def _parse_terminated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    terminated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return terminated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            terminated_at = _parse_terminated_at(src_dict.get("terminated_at", UNSET))

            if len(src_dict) == 5 + (started_at is not UNSET) + (
                terminated_at is not UNSET
            ):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "description",
                        "href_from",
                        "id",
                        "progress",
                        "status",
                        "started_at",
                        "terminated_at",
                    }
                }
            task = cls.__new__(cls)
            task.description = description
            task.href_from = href_from
            task.id = id
            task.progress = progress
            task.status = status
            task.started_at = started_at
            task.terminated_at = terminated_at

            task.additional_properties = d

            _append(task)
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
