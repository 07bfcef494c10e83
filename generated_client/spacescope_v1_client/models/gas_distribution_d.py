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

T = TypeVar("T", bound="GasDistributionD")


@_attrs_define
class GasDistributionD:
    """One row of `/v1/network_core/transactions-usage/gas_distribution_d`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        metric_type (str): precommit_batch_distribution or provecommit_batch_distribution .
        distribution_key (str): Buckets in size of 10.
        distribution_value (int): Number of PreCommitSectorBatch count or ProveCommitAggregate count in the bucket.
    """

    stat_date: datetime.datetime
    metric_type: str
    distribution_key: str
    distribution_value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        metric_type = self.metric_type

        distribution_key = self.distribution_key

        distribution_value = self.distribution_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "metric_type": metric_type,
                "distribution_key": distribution_key,
                "distribution_value": distribution_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        metric_type = src_dict["metric_type"]

        distribution_key = src_dict["distribution_key"]

        distribution_value = src_dict["distribution_value"]

        if len(src_dict) == 4:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "metric_type",
                    "distribution_key",
                    "distribution_value",
                }
            }
        gas_distribution_d = cls.__new__(cls)
        gas_distribution_d.stat_date = stat_date
        gas_distribution_d.metric_type = metric_type
        gas_distribution_d.distribution_key = distribution_key
        gas_distribution_d.distribution_value = distribution_value

        gas_distribution_d.additional_properties = d

        return gas_distribution_d

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            metric_type = src_dict["metric_type"]

            distribution_key = src_dict["distribution_key"]

            distribution_value = src_dict["distribution_value"]

            if len(src_dict) == 4:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "metric_type",
                        "distribution_key",
                        "distribution_value",
                    }
                }
            gas_distribution_d = cls.__new__(cls)
            gas_distribution_d.stat_date = stat_date
            gas_distribution_d.metric_type = metric_type
            gas_distribution_d.distribution_key = distribution_key
            gas_distribution_d.distribution_value = distribution_value

            gas_distribution_d.additional_properties = d

            _append(gas_distribution_d)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("metric_type", "metric_type", "str", True),
        ("distribution_key", "distribution_key", "str", True),
        ("distribution_value", "distribution_value", "int", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            metric_type = _row.metric_type
            distribution_key = _row.distribution_key
            distribution_value = _row.distribution_value
            gas_distribution_d = cls.__new__(cls)
            gas_distribution_d.stat_date = stat_date
            gas_distribution_d.metric_type = metric_type
            gas_distribution_d.distribution_key = distribution_key
            gas_distribution_d.distribution_value = distribution_value
            gas_distribution_d.additional_properties = {}
            _append(gas_distribution_d)
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
