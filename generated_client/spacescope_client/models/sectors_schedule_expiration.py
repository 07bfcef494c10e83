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

T = TypeVar("T", bound="SectorsScheduleExpiration")


@_attrs_define
class SectorsScheduleExpiration:
    """One row of `/v2/power/sectors_schedule_expiration`.

    Attributes:
        interest_date (datetime.datetime): Date of interest, serialized as an RFC 3339 timestamp at midnight UTC. May be
            a future date (projected expiration).
        schedule_expire_bytes (int): The total raw byte power (in bytes) of sectors scheduled to expire on the date of
            interest.
        schedule_expire_bytes_qap (float): The total quality adjusted power (in bytes) of sectors scheduled to expire on
            the date of interest. Typed DOUBLE in the docs, so a number (may be fractional) rather than an integer.
        extended_bytes (int): The total raw byte power (in bytes) of sectors that have been extended.
        extended_bytes_qap (float): The total quality adjusted power (in bytes) of sectors that have been extended.
            Typed DOUBLE in the docs, so a number (may be fractional) rather than an integer.
        terminated_bytes (int): The total raw byte power (in bytes) of sectors that have been terminated.
        terminated_bytes_qap (float): The total quality adjusted power (in bytes) of sectors that have been terminated.
            Typed DOUBLE in the docs, so a number (may be fractional) rather than an integer.
        expired_bytes (int): The total raw byte power (in bytes) of sectors that have expired or will potentially
            expire.
        expired_bytes_qap (float): The total quality adjusted power (in bytes) of sectors that have expired or will
            potentially expire. Typed DOUBLE in the docs, so a number (may be fractional) rather than an integer.
        schedule_expire_pledge (float): The total initial pledge of sectors that have been scheduled to expire. Unit:
            FIL.
        extended_pledge (float): The total initial pledge of sectors that have been extended. Unit: FIL.
        terminated_pledge (float): The total initial pledge of sectors that have been terminated. Unit: FIL.
        expired_pledge (float): The total initial pledge of sectors that have expired or will potentially expire. Unit:
            FIL.
    """

    interest_date: datetime.datetime
    schedule_expire_bytes: int
    schedule_expire_bytes_qap: float
    extended_bytes: int
    extended_bytes_qap: float
    terminated_bytes: int
    terminated_bytes_qap: float
    expired_bytes: int
    expired_bytes_qap: float
    schedule_expire_pledge: float
    extended_pledge: float
    terminated_pledge: float
    expired_pledge: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interest_date = self.interest_date.isoformat()

        schedule_expire_bytes = self.schedule_expire_bytes

        schedule_expire_bytes_qap = self.schedule_expire_bytes_qap

        extended_bytes = self.extended_bytes

        extended_bytes_qap = self.extended_bytes_qap

        terminated_bytes = self.terminated_bytes

        terminated_bytes_qap = self.terminated_bytes_qap

        expired_bytes = self.expired_bytes

        expired_bytes_qap = self.expired_bytes_qap

        schedule_expire_pledge = self.schedule_expire_pledge

        extended_pledge = self.extended_pledge

        terminated_pledge = self.terminated_pledge

        expired_pledge = self.expired_pledge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "interest_date": interest_date,
                "schedule_expire_bytes": schedule_expire_bytes,
                "schedule_expire_bytes_qap": schedule_expire_bytes_qap,
                "extended_bytes": extended_bytes,
                "extended_bytes_qap": extended_bytes_qap,
                "terminated_bytes": terminated_bytes,
                "terminated_bytes_qap": terminated_bytes_qap,
                "expired_bytes": expired_bytes,
                "expired_bytes_qap": expired_bytes_qap,
                "schedule_expire_pledge": schedule_expire_pledge,
                "extended_pledge": extended_pledge,
                "terminated_pledge": terminated_pledge,
                "expired_pledge": expired_pledge,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        interest_date = datetime.datetime.fromisoformat(src_dict["interest_date"])

        schedule_expire_bytes = src_dict["schedule_expire_bytes"]

        schedule_expire_bytes_qap = src_dict["schedule_expire_bytes_qap"]

        extended_bytes = src_dict["extended_bytes"]

        extended_bytes_qap = src_dict["extended_bytes_qap"]

        terminated_bytes = src_dict["terminated_bytes"]

        terminated_bytes_qap = src_dict["terminated_bytes_qap"]

        expired_bytes = src_dict["expired_bytes"]

        expired_bytes_qap = src_dict["expired_bytes_qap"]

        schedule_expire_pledge = src_dict["schedule_expire_pledge"]

        extended_pledge = src_dict["extended_pledge"]

        terminated_pledge = src_dict["terminated_pledge"]

        expired_pledge = src_dict["expired_pledge"]

        if len(src_dict) == 13:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "interest_date",
                    "schedule_expire_bytes",
                    "schedule_expire_bytes_qap",
                    "extended_bytes",
                    "extended_bytes_qap",
                    "terminated_bytes",
                    "terminated_bytes_qap",
                    "expired_bytes",
                    "expired_bytes_qap",
                    "schedule_expire_pledge",
                    "extended_pledge",
                    "terminated_pledge",
                    "expired_pledge",
                }
            }
        sectors_schedule_expiration = cls.__new__(cls)
        sectors_schedule_expiration.interest_date = interest_date
        sectors_schedule_expiration.schedule_expire_bytes = schedule_expire_bytes
        sectors_schedule_expiration.schedule_expire_bytes_qap = (
            schedule_expire_bytes_qap
        )
        sectors_schedule_expiration.extended_bytes = extended_bytes
        sectors_schedule_expiration.extended_bytes_qap = extended_bytes_qap
        sectors_schedule_expiration.terminated_bytes = terminated_bytes
        sectors_schedule_expiration.terminated_bytes_qap = terminated_bytes_qap
        sectors_schedule_expiration.expired_bytes = expired_bytes
        sectors_schedule_expiration.expired_bytes_qap = expired_bytes_qap
        sectors_schedule_expiration.schedule_expire_pledge = schedule_expire_pledge
        sectors_schedule_expiration.extended_pledge = extended_pledge
        sectors_schedule_expiration.terminated_pledge = terminated_pledge
        sectors_schedule_expiration.expired_pledge = expired_pledge

        sectors_schedule_expiration.additional_properties = d

        return sectors_schedule_expiration

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            interest_date = datetime.datetime.fromisoformat(src_dict["interest_date"])

            schedule_expire_bytes = src_dict["schedule_expire_bytes"]

            schedule_expire_bytes_qap = src_dict["schedule_expire_bytes_qap"]

            extended_bytes = src_dict["extended_bytes"]

            extended_bytes_qap = src_dict["extended_bytes_qap"]

            terminated_bytes = src_dict["terminated_bytes"]

            terminated_bytes_qap = src_dict["terminated_bytes_qap"]

            expired_bytes = src_dict["expired_bytes"]

            expired_bytes_qap = src_dict["expired_bytes_qap"]

            schedule_expire_pledge = src_dict["schedule_expire_pledge"]

            extended_pledge = src_dict["extended_pledge"]

            terminated_pledge = src_dict["terminated_pledge"]

            expired_pledge = src_dict["expired_pledge"]

            if len(src_dict) == 13:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "interest_date",
                        "schedule_expire_bytes",
                        "schedule_expire_bytes_qap",
                        "extended_bytes",
                        "extended_bytes_qap",
                        "terminated_bytes",
                        "terminated_bytes_qap",
                        "expired_bytes",
                        "expired_bytes_qap",
                        "schedule_expire_pledge",
                        "extended_pledge",
                        "terminated_pledge",
                        "expired_pledge",
                    }
                }
            sectors_schedule_expiration = cls.__new__(cls)
            sectors_schedule_expiration.interest_date = interest_date
            sectors_schedule_expiration.schedule_expire_bytes = schedule_expire_bytes
            sectors_schedule_expiration.schedule_expire_bytes_qap = (
                schedule_expire_bytes_qap
            )
            sectors_schedule_expiration.extended_bytes = extended_bytes
            sectors_schedule_expiration.extended_bytes_qap = extended_bytes_qap
            sectors_schedule_expiration.terminated_bytes = terminated_bytes
            sectors_schedule_expiration.terminated_bytes_qap = terminated_bytes_qap
            sectors_schedule_expiration.expired_bytes = expired_bytes
            sectors_schedule_expiration.expired_bytes_qap = expired_bytes_qap
            sectors_schedule_expiration.schedule_expire_pledge = schedule_expire_pledge
            sectors_schedule_expiration.extended_pledge = extended_pledge
            sectors_schedule_expiration.terminated_pledge = terminated_pledge
            sectors_schedule_expiration.expired_pledge = expired_pledge

            sectors_schedule_expiration.additional_properties = d

            _append(sectors_schedule_expiration)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("interest_date", "interest_date", "datetime.datetime", True),
        ("schedule_expire_bytes", "schedule_expire_bytes", "int", True),
        ("schedule_expire_bytes_qap", "schedule_expire_bytes_qap", "float", True),
        ("extended_bytes", "extended_bytes", "int", True),
        ("extended_bytes_qap", "extended_bytes_qap", "float", True),
        ("terminated_bytes", "terminated_bytes", "int", True),
        ("terminated_bytes_qap", "terminated_bytes_qap", "float", True),
        ("expired_bytes", "expired_bytes", "int", True),
        ("expired_bytes_qap", "expired_bytes_qap", "float", True),
        ("schedule_expire_pledge", "schedule_expire_pledge", "float", True),
        ("extended_pledge", "extended_pledge", "float", True),
        ("terminated_pledge", "terminated_pledge", "float", True),
        ("expired_pledge", "expired_pledge", "float", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            interest_date = datetime.datetime.fromisoformat(_row.interest_date)

            schedule_expire_bytes = _row.schedule_expire_bytes
            schedule_expire_bytes_qap = _row.schedule_expire_bytes_qap
            extended_bytes = _row.extended_bytes
            extended_bytes_qap = _row.extended_bytes_qap
            terminated_bytes = _row.terminated_bytes
            terminated_bytes_qap = _row.terminated_bytes_qap
            expired_bytes = _row.expired_bytes
            expired_bytes_qap = _row.expired_bytes_qap
            schedule_expire_pledge = _row.schedule_expire_pledge
            extended_pledge = _row.extended_pledge
            terminated_pledge = _row.terminated_pledge
            expired_pledge = _row.expired_pledge
            sectors_schedule_expiration = cls.__new__(cls)
            sectors_schedule_expiration.interest_date = interest_date
            sectors_schedule_expiration.schedule_expire_bytes = schedule_expire_bytes
            sectors_schedule_expiration.schedule_expire_bytes_qap = (
                schedule_expire_bytes_qap
            )
            sectors_schedule_expiration.extended_bytes = extended_bytes
            sectors_schedule_expiration.extended_bytes_qap = extended_bytes_qap
            sectors_schedule_expiration.terminated_bytes = terminated_bytes
            sectors_schedule_expiration.terminated_bytes_qap = terminated_bytes_qap
            sectors_schedule_expiration.expired_bytes = expired_bytes
            sectors_schedule_expiration.expired_bytes_qap = expired_bytes_qap
            sectors_schedule_expiration.schedule_expire_pledge = schedule_expire_pledge
            sectors_schedule_expiration.extended_pledge = extended_pledge
            sectors_schedule_expiration.terminated_pledge = terminated_pledge
            sectors_schedule_expiration.expired_pledge = expired_pledge
            sectors_schedule_expiration.additional_properties = {}
            _append(sectors_schedule_expiration)
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
