from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StorageState")


@_attrs_define
class StorageState:
    """One row of `/v2/power/storage_state`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        active_fault_rbp (float): The total raw bytes storage power in TiB of outstanding faulted sectors that are not
            recovered or terminated.
        avg_days_active_fault (float): Average days that a sector fault remains active on the Filecoin Network during
            the past 24 hours.
        daily_new_fault_rbp (float): Daily new faulted sector raw bytes power in TiB.
        daily_new_recover_rbp (float): Daily new recovered sector raw bytes power in TiB.
        daily_new_terminate_rbp (float): Daily new terminated sector raw bytes power in TiB.
        daily_new_active_terminate_rbp (float): Daily raw bytes power in TiB of sectors that are terminated actively by
            SPs.
        daily_new_passive_terminate_rbp (float): Daily raw bytes power in TiB of sectors that are terminated passively
            after 42 days in fault.
        daily_new_extend_rbp (float): Daily raw bytes power in TiB of sectors that are extended.
        daily_new_extend_qap (float): Daily quality-adjusted power in TiB of Sectors that are extended.
    """

    stat_date: datetime.datetime
    active_fault_rbp: float
    avg_days_active_fault: float
    daily_new_fault_rbp: float
    daily_new_recover_rbp: float
    daily_new_terminate_rbp: float
    daily_new_active_terminate_rbp: float
    daily_new_passive_terminate_rbp: float
    daily_new_extend_rbp: float
    daily_new_extend_qap: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        active_fault_rbp = self.active_fault_rbp

        avg_days_active_fault = self.avg_days_active_fault

        daily_new_fault_rbp = self.daily_new_fault_rbp

        daily_new_recover_rbp = self.daily_new_recover_rbp

        daily_new_terminate_rbp = self.daily_new_terminate_rbp

        daily_new_active_terminate_rbp = self.daily_new_active_terminate_rbp

        daily_new_passive_terminate_rbp = self.daily_new_passive_terminate_rbp

        daily_new_extend_rbp = self.daily_new_extend_rbp

        daily_new_extend_qap = self.daily_new_extend_qap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "active_fault_rbp": active_fault_rbp,
                "avg_days_active_fault": avg_days_active_fault,
                "daily_new_fault_rbp": daily_new_fault_rbp,
                "daily_new_recover_rbp": daily_new_recover_rbp,
                "daily_new_terminate_rbp": daily_new_terminate_rbp,
                "daily_new_active_terminate_rbp": daily_new_active_terminate_rbp,
                "daily_new_passive_terminate_rbp": daily_new_passive_terminate_rbp,
                "daily_new_extend_rbp": daily_new_extend_rbp,
                "daily_new_extend_qap": daily_new_extend_qap,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        active_fault_rbp = src_dict["active_fault_rbp"]

        avg_days_active_fault = src_dict["avg_days_active_fault"]

        daily_new_fault_rbp = src_dict["daily_new_fault_rbp"]

        daily_new_recover_rbp = src_dict["daily_new_recover_rbp"]

        daily_new_terminate_rbp = src_dict["daily_new_terminate_rbp"]

        daily_new_active_terminate_rbp = src_dict["daily_new_active_terminate_rbp"]

        daily_new_passive_terminate_rbp = src_dict["daily_new_passive_terminate_rbp"]

        daily_new_extend_rbp = src_dict["daily_new_extend_rbp"]

        daily_new_extend_qap = src_dict["daily_new_extend_qap"]

        if len(src_dict) == 10:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "active_fault_rbp",
                    "avg_days_active_fault",
                    "daily_new_fault_rbp",
                    "daily_new_recover_rbp",
                    "daily_new_terminate_rbp",
                    "daily_new_active_terminate_rbp",
                    "daily_new_passive_terminate_rbp",
                    "daily_new_extend_rbp",
                    "daily_new_extend_qap",
                }
            }
        storage_state = cls.__new__(cls)
        storage_state.stat_date = stat_date
        storage_state.active_fault_rbp = active_fault_rbp
        storage_state.avg_days_active_fault = avg_days_active_fault
        storage_state.daily_new_fault_rbp = daily_new_fault_rbp
        storage_state.daily_new_recover_rbp = daily_new_recover_rbp
        storage_state.daily_new_terminate_rbp = daily_new_terminate_rbp
        storage_state.daily_new_active_terminate_rbp = daily_new_active_terminate_rbp
        storage_state.daily_new_passive_terminate_rbp = daily_new_passive_terminate_rbp
        storage_state.daily_new_extend_rbp = daily_new_extend_rbp
        storage_state.daily_new_extend_qap = daily_new_extend_qap

        storage_state.additional_properties = d

        return storage_state

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            active_fault_rbp = src_dict["active_fault_rbp"]

            avg_days_active_fault = src_dict["avg_days_active_fault"]

            daily_new_fault_rbp = src_dict["daily_new_fault_rbp"]

            daily_new_recover_rbp = src_dict["daily_new_recover_rbp"]

            daily_new_terminate_rbp = src_dict["daily_new_terminate_rbp"]

            daily_new_active_terminate_rbp = src_dict["daily_new_active_terminate_rbp"]

            daily_new_passive_terminate_rbp = src_dict[
                "daily_new_passive_terminate_rbp"
            ]

            daily_new_extend_rbp = src_dict["daily_new_extend_rbp"]

            daily_new_extend_qap = src_dict["daily_new_extend_qap"]

            if len(src_dict) == 10:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "active_fault_rbp",
                        "avg_days_active_fault",
                        "daily_new_fault_rbp",
                        "daily_new_recover_rbp",
                        "daily_new_terminate_rbp",
                        "daily_new_active_terminate_rbp",
                        "daily_new_passive_terminate_rbp",
                        "daily_new_extend_rbp",
                        "daily_new_extend_qap",
                    }
                }
            storage_state = cls.__new__(cls)
            storage_state.stat_date = stat_date
            storage_state.active_fault_rbp = active_fault_rbp
            storage_state.avg_days_active_fault = avg_days_active_fault
            storage_state.daily_new_fault_rbp = daily_new_fault_rbp
            storage_state.daily_new_recover_rbp = daily_new_recover_rbp
            storage_state.daily_new_terminate_rbp = daily_new_terminate_rbp
            storage_state.daily_new_active_terminate_rbp = (
                daily_new_active_terminate_rbp
            )
            storage_state.daily_new_passive_terminate_rbp = (
                daily_new_passive_terminate_rbp
            )
            storage_state.daily_new_extend_rbp = daily_new_extend_rbp
            storage_state.daily_new_extend_qap = daily_new_extend_qap

            storage_state.additional_properties = d

            _append(storage_state)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("active_fault_rbp", "active_fault_rbp", "float", True),
        ("avg_days_active_fault", "avg_days_active_fault", "float", True),
        ("daily_new_fault_rbp", "daily_new_fault_rbp", "float", True),
        ("daily_new_recover_rbp", "daily_new_recover_rbp", "float", True),
        ("daily_new_terminate_rbp", "daily_new_terminate_rbp", "float", True),
        (
            "daily_new_active_terminate_rbp",
            "daily_new_active_terminate_rbp",
            "float",
            True,
        ),
        (
            "daily_new_passive_terminate_rbp",
            "daily_new_passive_terminate_rbp",
            "float",
            True,
        ),
        ("daily_new_extend_rbp", "daily_new_extend_rbp", "float", True),
        ("daily_new_extend_qap", "daily_new_extend_qap", "float", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            active_fault_rbp = _row.active_fault_rbp
            avg_days_active_fault = _row.avg_days_active_fault
            daily_new_fault_rbp = _row.daily_new_fault_rbp
            daily_new_recover_rbp = _row.daily_new_recover_rbp
            daily_new_terminate_rbp = _row.daily_new_terminate_rbp
            daily_new_active_terminate_rbp = _row.daily_new_active_terminate_rbp
            daily_new_passive_terminate_rbp = _row.daily_new_passive_terminate_rbp
            daily_new_extend_rbp = _row.daily_new_extend_rbp
            daily_new_extend_qap = _row.daily_new_extend_qap
            storage_state = cls.__new__(cls)
            storage_state.stat_date = stat_date
            storage_state.active_fault_rbp = active_fault_rbp
            storage_state.avg_days_active_fault = avg_days_active_fault
            storage_state.daily_new_fault_rbp = daily_new_fault_rbp
            storage_state.daily_new_recover_rbp = daily_new_recover_rbp
            storage_state.daily_new_terminate_rbp = daily_new_terminate_rbp
            storage_state.daily_new_active_terminate_rbp = (
                daily_new_active_terminate_rbp
            )
            storage_state.daily_new_passive_terminate_rbp = (
                daily_new_passive_terminate_rbp
            )
            storage_state.daily_new_extend_rbp = daily_new_extend_rbp
            storage_state.daily_new_extend_qap = daily_new_extend_qap
            storage_state.additional_properties = {}
            _append(storage_state)
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
