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

T = TypeVar("T", bound="DailyGasUsageInUnits")


@_attrs_define
class DailyGasUsageInUnits:
    """One row of `/v2/gas/daily_gas_usage_in_units`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        total_gas_used (int): Total amount of resources (or units of gas) consumed to execute all messages on the
            blockchain in the last 24 hours.
        provecommit_sector_gas_used (int): Amount of gas units by ProveCommitSector in the last 24 hours.
        precommit_sector_gas_used (int): Amount of gas units by PreCommitSector in the last 24 hours.
        provecommit_aggregate_gas_used (int): Amount of gas units of ProveCommitAggregate in the last 24 hours.
        precommit_sector_batch_gas_used (int): Amount of gas units by PreCommitSectorBatch in the last 24 hours.
        publish_storage_deals_gas_used (int): Amount of gas units to publish storage deals in the last 24 hours.
        submit_windowed_post_gas_used (int): Amount of gas units to submit Proof of Storage (PoSt) in the last 24 hours.
    """

    stat_date: datetime.datetime
    total_gas_used: int
    provecommit_sector_gas_used: int
    precommit_sector_gas_used: int
    provecommit_aggregate_gas_used: int
    precommit_sector_batch_gas_used: int
    publish_storage_deals_gas_used: int
    submit_windowed_post_gas_used: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        total_gas_used = self.total_gas_used

        provecommit_sector_gas_used = self.provecommit_sector_gas_used

        precommit_sector_gas_used = self.precommit_sector_gas_used

        provecommit_aggregate_gas_used = self.provecommit_aggregate_gas_used

        precommit_sector_batch_gas_used = self.precommit_sector_batch_gas_used

        publish_storage_deals_gas_used = self.publish_storage_deals_gas_used

        submit_windowed_post_gas_used = self.submit_windowed_post_gas_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "total_gas_used": total_gas_used,
                "provecommit_sector_gas_used": provecommit_sector_gas_used,
                "precommit_sector_gas_used": precommit_sector_gas_used,
                "provecommit_aggregate_gas_used": provecommit_aggregate_gas_used,
                "precommit_sector_batch_gas_used": precommit_sector_batch_gas_used,
                "publish_storage_deals_gas_used": publish_storage_deals_gas_used,
                "submit_windowed_post_gas_used": submit_windowed_post_gas_used,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        total_gas_used = src_dict["total_gas_used"]

        provecommit_sector_gas_used = src_dict["provecommit_sector_gas_used"]

        precommit_sector_gas_used = src_dict["precommit_sector_gas_used"]

        provecommit_aggregate_gas_used = src_dict["provecommit_aggregate_gas_used"]

        precommit_sector_batch_gas_used = src_dict["precommit_sector_batch_gas_used"]

        publish_storage_deals_gas_used = src_dict["publish_storage_deals_gas_used"]

        submit_windowed_post_gas_used = src_dict["submit_windowed_post_gas_used"]

        if len(src_dict) == 8:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "total_gas_used",
                    "provecommit_sector_gas_used",
                    "precommit_sector_gas_used",
                    "provecommit_aggregate_gas_used",
                    "precommit_sector_batch_gas_used",
                    "publish_storage_deals_gas_used",
                    "submit_windowed_post_gas_used",
                }
            }
        daily_gas_usage_in_units = cls.__new__(cls)
        daily_gas_usage_in_units.stat_date = stat_date
        daily_gas_usage_in_units.total_gas_used = total_gas_used
        daily_gas_usage_in_units.provecommit_sector_gas_used = (
            provecommit_sector_gas_used
        )
        daily_gas_usage_in_units.precommit_sector_gas_used = precommit_sector_gas_used
        daily_gas_usage_in_units.provecommit_aggregate_gas_used = (
            provecommit_aggregate_gas_used
        )
        daily_gas_usage_in_units.precommit_sector_batch_gas_used = (
            precommit_sector_batch_gas_used
        )
        daily_gas_usage_in_units.publish_storage_deals_gas_used = (
            publish_storage_deals_gas_used
        )
        daily_gas_usage_in_units.submit_windowed_post_gas_used = (
            submit_windowed_post_gas_used
        )

        daily_gas_usage_in_units.additional_properties = d

        return daily_gas_usage_in_units

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            total_gas_used = src_dict["total_gas_used"]

            provecommit_sector_gas_used = src_dict["provecommit_sector_gas_used"]

            precommit_sector_gas_used = src_dict["precommit_sector_gas_used"]

            provecommit_aggregate_gas_used = src_dict["provecommit_aggregate_gas_used"]

            precommit_sector_batch_gas_used = src_dict[
                "precommit_sector_batch_gas_used"
            ]

            publish_storage_deals_gas_used = src_dict["publish_storage_deals_gas_used"]

            submit_windowed_post_gas_used = src_dict["submit_windowed_post_gas_used"]

            if len(src_dict) == 8:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "total_gas_used",
                        "provecommit_sector_gas_used",
                        "precommit_sector_gas_used",
                        "provecommit_aggregate_gas_used",
                        "precommit_sector_batch_gas_used",
                        "publish_storage_deals_gas_used",
                        "submit_windowed_post_gas_used",
                    }
                }
            daily_gas_usage_in_units = cls.__new__(cls)
            daily_gas_usage_in_units.stat_date = stat_date
            daily_gas_usage_in_units.total_gas_used = total_gas_used
            daily_gas_usage_in_units.provecommit_sector_gas_used = (
                provecommit_sector_gas_used
            )
            daily_gas_usage_in_units.precommit_sector_gas_used = (
                precommit_sector_gas_used
            )
            daily_gas_usage_in_units.provecommit_aggregate_gas_used = (
                provecommit_aggregate_gas_used
            )
            daily_gas_usage_in_units.precommit_sector_batch_gas_used = (
                precommit_sector_batch_gas_used
            )
            daily_gas_usage_in_units.publish_storage_deals_gas_used = (
                publish_storage_deals_gas_used
            )
            daily_gas_usage_in_units.submit_windowed_post_gas_used = (
                submit_windowed_post_gas_used
            )

            daily_gas_usage_in_units.additional_properties = d

            _append(daily_gas_usage_in_units)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("total_gas_used", "total_gas_used", "int", True),
        ("provecommit_sector_gas_used", "provecommit_sector_gas_used", "int", True),
        ("precommit_sector_gas_used", "precommit_sector_gas_used", "int", True),
        (
            "provecommit_aggregate_gas_used",
            "provecommit_aggregate_gas_used",
            "int",
            True,
        ),
        (
            "precommit_sector_batch_gas_used",
            "precommit_sector_batch_gas_used",
            "int",
            True,
        ),
        (
            "publish_storage_deals_gas_used",
            "publish_storage_deals_gas_used",
            "int",
            True,
        ),
        ("submit_windowed_post_gas_used", "submit_windowed_post_gas_used", "int", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            total_gas_used = _row.total_gas_used
            provecommit_sector_gas_used = _row.provecommit_sector_gas_used
            precommit_sector_gas_used = _row.precommit_sector_gas_used
            provecommit_aggregate_gas_used = _row.provecommit_aggregate_gas_used
            precommit_sector_batch_gas_used = _row.precommit_sector_batch_gas_used
            publish_storage_deals_gas_used = _row.publish_storage_deals_gas_used
            submit_windowed_post_gas_used = _row.submit_windowed_post_gas_used
            daily_gas_usage_in_units = cls.__new__(cls)
            daily_gas_usage_in_units.stat_date = stat_date
            daily_gas_usage_in_units.total_gas_used = total_gas_used
            daily_gas_usage_in_units.provecommit_sector_gas_used = (
                provecommit_sector_gas_used
            )
            daily_gas_usage_in_units.precommit_sector_gas_used = (
                precommit_sector_gas_used
            )
            daily_gas_usage_in_units.provecommit_aggregate_gas_used = (
                provecommit_aggregate_gas_used
            )
            daily_gas_usage_in_units.precommit_sector_batch_gas_used = (
                precommit_sector_batch_gas_used
            )
            daily_gas_usage_in_units.publish_storage_deals_gas_used = (
                publish_storage_deals_gas_used
            )
            daily_gas_usage_in_units.submit_windowed_post_gas_used = (
                submit_windowed_post_gas_used
            )
            daily_gas_usage_in_units.additional_properties = {}
            _append(daily_gas_usage_in_units)
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
