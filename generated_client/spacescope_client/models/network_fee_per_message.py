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

from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkFeePerMessage")


@_attrs_define
class NetworkFeePerMessage:
    """One row of `/v2/gas/network_fee_per_message`. Field names follow the docs' example response; the schema table spells
    some differently (see each field).

        Attributes:
            stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
                timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
            avg_storage_deal_publishing_fee_per_message (float): The average gas cost of publishing a storage deal in the
                last 24 hours. Unit: FIL (inferred from the values; the docs name no unit).
            avg_overestimation_fee_per_message (float): The average gas overestimation cost per message in the last 24
                hours. Unit: FIL (inferred from the values; the docs name no unit).
            avg_miner_tip_per_message (float): The average amount of FIL the miner receives for executing the message in the
                last 24 hours. Unit: FIL (inferred from the values; the docs name no unit).
            avg_precommit_fee_per_message (float): The average cost of the PreCommitSector method in the last 24 hours.
                Unit: FIL (inferred from the values; the docs name no unit).
            avg_provecommit_fee_per_message (float): The average cost of the ProveCommitSector method in the last 24 hours.
                Unit: FIL (inferred from the values; the docs name no unit).
            avg_sector_sealing_cost_per_message (float | Unset): The average gas cost of sealing a sector in the last 24
                hours. Unit: FIL (inferred from the values; the docs name no unit). The docs' schema table calls this field
                `avg_sealing_cost_per_sector`; the docs' example response (followed here) uses
                `avg_sector_sealing_cost_per_message`. Optional, because the docs' schema table and example response give it
                different names.
            avg_precommit_batch_fee_per_message (float | Unset): The average cost per sector of the PreCommitSecotorBatch
                method, including corresponding batch fees in the last 24 hours. Unit: FIL (inferred from the values; the docs
                name no unit). The docs' schema table calls this field `avg_precommit_batch_fee_per_sector`; the docs' example
                response (followed here) uses `avg_precommit_batch_fee_per_message`. Optional, because the docs' schema table
                and example response give it different names.
            avg_provecommit_batch_fee_per_message (float | Unset): The average cost per sector of the ProveCommitAggregate
                method, including corresponding batch fees in the last 24 hours. Unit: FIL (inferred from the values; the docs
                name no unit). The docs' schema table calls this field `avg_provecommit_batch_fee_per_sector`; the docs' example
                response (followed here) uses `avg_provecommit_batch_fee_per_message`. Optional, because the docs' schema table
                and example response give it different names.
    """

    stat_date: datetime.datetime
    avg_storage_deal_publishing_fee_per_message: float
    avg_overestimation_fee_per_message: float
    avg_miner_tip_per_message: float
    avg_precommit_fee_per_message: float
    avg_provecommit_fee_per_message: float
    avg_sector_sealing_cost_per_message: float | Unset = UNSET
    avg_precommit_batch_fee_per_message: float | Unset = UNSET
    avg_provecommit_batch_fee_per_message: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        avg_storage_deal_publishing_fee_per_message = (
            self.avg_storage_deal_publishing_fee_per_message
        )

        avg_overestimation_fee_per_message = self.avg_overestimation_fee_per_message

        avg_miner_tip_per_message = self.avg_miner_tip_per_message

        avg_precommit_fee_per_message = self.avg_precommit_fee_per_message

        avg_provecommit_fee_per_message = self.avg_provecommit_fee_per_message

        avg_sector_sealing_cost_per_message = self.avg_sector_sealing_cost_per_message

        avg_precommit_batch_fee_per_message = self.avg_precommit_batch_fee_per_message

        avg_provecommit_batch_fee_per_message = (
            self.avg_provecommit_batch_fee_per_message
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "avg_storage_deal_publishing_fee_per_message": avg_storage_deal_publishing_fee_per_message,
                "avg_overestimation_fee_per_message": avg_overestimation_fee_per_message,
                "avg_miner_tip_per_message": avg_miner_tip_per_message,
                "avg_precommit_fee_per_message": avg_precommit_fee_per_message,
                "avg_provecommit_fee_per_message": avg_provecommit_fee_per_message,
            }
        )
        if avg_sector_sealing_cost_per_message is not UNSET:
            field_dict["avg_sector_sealing_cost_per_message"] = (
                avg_sector_sealing_cost_per_message
            )
        if avg_precommit_batch_fee_per_message is not UNSET:
            field_dict["avg_precommit_batch_fee_per_message"] = (
                avg_precommit_batch_fee_per_message
            )
        if avg_provecommit_batch_fee_per_message is not UNSET:
            field_dict["avg_provecommit_batch_fee_per_message"] = (
                avg_provecommit_batch_fee_per_message
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        avg_storage_deal_publishing_fee_per_message = src_dict[
            "avg_storage_deal_publishing_fee_per_message"
        ]

        avg_overestimation_fee_per_message = src_dict[
            "avg_overestimation_fee_per_message"
        ]

        avg_miner_tip_per_message = src_dict["avg_miner_tip_per_message"]

        avg_precommit_fee_per_message = src_dict["avg_precommit_fee_per_message"]

        avg_provecommit_fee_per_message = src_dict["avg_provecommit_fee_per_message"]

        avg_sector_sealing_cost_per_message = src_dict.get(
            "avg_sector_sealing_cost_per_message", UNSET
        )

        avg_precommit_batch_fee_per_message = src_dict.get(
            "avg_precommit_batch_fee_per_message", UNSET
        )

        avg_provecommit_batch_fee_per_message = src_dict.get(
            "avg_provecommit_batch_fee_per_message", UNSET
        )

        if len(src_dict) == 6 + (avg_sector_sealing_cost_per_message is not UNSET) + (
            avg_precommit_batch_fee_per_message is not UNSET
        ) + (avg_provecommit_batch_fee_per_message is not UNSET):
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "avg_storage_deal_publishing_fee_per_message",
                    "avg_overestimation_fee_per_message",
                    "avg_miner_tip_per_message",
                    "avg_precommit_fee_per_message",
                    "avg_provecommit_fee_per_message",
                    "avg_sector_sealing_cost_per_message",
                    "avg_precommit_batch_fee_per_message",
                    "avg_provecommit_batch_fee_per_message",
                }
            }
        network_fee_per_message = cls.__new__(cls)
        network_fee_per_message.stat_date = stat_date
        network_fee_per_message.avg_storage_deal_publishing_fee_per_message = (
            avg_storage_deal_publishing_fee_per_message
        )
        network_fee_per_message.avg_overestimation_fee_per_message = (
            avg_overestimation_fee_per_message
        )
        network_fee_per_message.avg_miner_tip_per_message = avg_miner_tip_per_message
        network_fee_per_message.avg_precommit_fee_per_message = (
            avg_precommit_fee_per_message
        )
        network_fee_per_message.avg_provecommit_fee_per_message = (
            avg_provecommit_fee_per_message
        )
        network_fee_per_message.avg_sector_sealing_cost_per_message = (
            avg_sector_sealing_cost_per_message
        )
        network_fee_per_message.avg_precommit_batch_fee_per_message = (
            avg_precommit_batch_fee_per_message
        )
        network_fee_per_message.avg_provecommit_batch_fee_per_message = (
            avg_provecommit_batch_fee_per_message
        )

        network_fee_per_message.additional_properties = d

        return network_fee_per_message

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            avg_storage_deal_publishing_fee_per_message = src_dict[
                "avg_storage_deal_publishing_fee_per_message"
            ]

            avg_overestimation_fee_per_message = src_dict[
                "avg_overestimation_fee_per_message"
            ]

            avg_miner_tip_per_message = src_dict["avg_miner_tip_per_message"]

            avg_precommit_fee_per_message = src_dict["avg_precommit_fee_per_message"]

            avg_provecommit_fee_per_message = src_dict[
                "avg_provecommit_fee_per_message"
            ]

            avg_sector_sealing_cost_per_message = src_dict.get(
                "avg_sector_sealing_cost_per_message", UNSET
            )

            avg_precommit_batch_fee_per_message = src_dict.get(
                "avg_precommit_batch_fee_per_message", UNSET
            )

            avg_provecommit_batch_fee_per_message = src_dict.get(
                "avg_provecommit_batch_fee_per_message", UNSET
            )

            if len(src_dict) == 6 + (
                avg_sector_sealing_cost_per_message is not UNSET
            ) + (avg_precommit_batch_fee_per_message is not UNSET) + (
                avg_provecommit_batch_fee_per_message is not UNSET
            ):
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "avg_storage_deal_publishing_fee_per_message",
                        "avg_overestimation_fee_per_message",
                        "avg_miner_tip_per_message",
                        "avg_precommit_fee_per_message",
                        "avg_provecommit_fee_per_message",
                        "avg_sector_sealing_cost_per_message",
                        "avg_precommit_batch_fee_per_message",
                        "avg_provecommit_batch_fee_per_message",
                    }
                }
            network_fee_per_message = cls.__new__(cls)
            network_fee_per_message.stat_date = stat_date
            network_fee_per_message.avg_storage_deal_publishing_fee_per_message = (
                avg_storage_deal_publishing_fee_per_message
            )
            network_fee_per_message.avg_overestimation_fee_per_message = (
                avg_overestimation_fee_per_message
            )
            network_fee_per_message.avg_miner_tip_per_message = (
                avg_miner_tip_per_message
            )
            network_fee_per_message.avg_precommit_fee_per_message = (
                avg_precommit_fee_per_message
            )
            network_fee_per_message.avg_provecommit_fee_per_message = (
                avg_provecommit_fee_per_message
            )
            network_fee_per_message.avg_sector_sealing_cost_per_message = (
                avg_sector_sealing_cost_per_message
            )
            network_fee_per_message.avg_precommit_batch_fee_per_message = (
                avg_precommit_batch_fee_per_message
            )
            network_fee_per_message.avg_provecommit_batch_fee_per_message = (
                avg_provecommit_batch_fee_per_message
            )

            network_fee_per_message.additional_properties = d

            _append(network_fee_per_message)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        (
            "avg_storage_deal_publishing_fee_per_message",
            "avg_storage_deal_publishing_fee_per_message",
            "float",
            True,
        ),
        (
            "avg_overestimation_fee_per_message",
            "avg_overestimation_fee_per_message",
            "float",
            True,
        ),
        ("avg_miner_tip_per_message", "avg_miner_tip_per_message", "float", True),
        (
            "avg_precommit_fee_per_message",
            "avg_precommit_fee_per_message",
            "float",
            True,
        ),
        (
            "avg_provecommit_fee_per_message",
            "avg_provecommit_fee_per_message",
            "float",
            True,
        ),
        (
            "avg_sector_sealing_cost_per_message",
            "avg_sector_sealing_cost_per_message",
            "float",
            False,
        ),
        (
            "avg_precommit_batch_fee_per_message",
            "avg_precommit_batch_fee_per_message",
            "float",
            False,
        ),
        (
            "avg_provecommit_batch_fee_per_message",
            "avg_provecommit_batch_fee_per_message",
            "float",
            False,
        ),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            avg_storage_deal_publishing_fee_per_message = (
                _row.avg_storage_deal_publishing_fee_per_message
            )
            avg_overestimation_fee_per_message = _row.avg_overestimation_fee_per_message
            avg_miner_tip_per_message = _row.avg_miner_tip_per_message
            avg_precommit_fee_per_message = _row.avg_precommit_fee_per_message
            avg_provecommit_fee_per_message = _row.avg_provecommit_fee_per_message
            avg_sector_sealing_cost_per_message = (
                _row.avg_sector_sealing_cost_per_message
            )
            avg_precommit_batch_fee_per_message = (
                _row.avg_precommit_batch_fee_per_message
            )
            avg_provecommit_batch_fee_per_message = (
                _row.avg_provecommit_batch_fee_per_message
            )
            network_fee_per_message = cls.__new__(cls)
            network_fee_per_message.stat_date = stat_date
            network_fee_per_message.avg_storage_deal_publishing_fee_per_message = (
                avg_storage_deal_publishing_fee_per_message
            )
            network_fee_per_message.avg_overestimation_fee_per_message = (
                avg_overestimation_fee_per_message
            )
            network_fee_per_message.avg_miner_tip_per_message = (
                avg_miner_tip_per_message
            )
            network_fee_per_message.avg_precommit_fee_per_message = (
                avg_precommit_fee_per_message
            )
            network_fee_per_message.avg_provecommit_fee_per_message = (
                avg_provecommit_fee_per_message
            )
            network_fee_per_message.avg_sector_sealing_cost_per_message = (
                avg_sector_sealing_cost_per_message
            )
            network_fee_per_message.avg_precommit_batch_fee_per_message = (
                avg_precommit_batch_fee_per_message
            )
            network_fee_per_message.avg_provecommit_batch_fee_per_message = (
                avg_provecommit_batch_fee_per_message
            )
            network_fee_per_message.additional_properties = {}
            _append(network_fee_per_message)
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
