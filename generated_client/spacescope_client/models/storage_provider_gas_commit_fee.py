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

T = TypeVar("T", bound="StorageProviderGasCommitFee")


@_attrs_define
class StorageProviderGasCommitFee:
    """One row of `/v2/storage_provider/gas/commit_fee`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        miner_id (str): Unique ID of the storage provider (an ID address such as f0110804).
        total_sealing_gas_fee (int): Cumulative gas fee in attoFIL paid by the storage provider for sealing sectors.
        precommit_gas_fee (int): Cumulative gas fee in attoFIL paid by the storage provider for using the
            PreCommitSector method.
        precommit_batch_gas_fee (int): Cumulative gas fee in attoFIL paid by the storage provider for using the
            PreCommitSectorBatch method.
        precommit_batch_fee (int): Cumulative gas fee in attoFIL paid by the storage provider for PreCommit batching.
        provecommit_gas_fee (int): Cumulative gas fee in attoFIL paid by the storage provider for using the
            ProveCommitSector method.
        provecommit_batch_gas_fee (int): Cumulative gas fee in attoFIL paid by the storage provider for using the
            ProveCommitAggregate method.
        provecommit_batch_fee (int): Cumulative gas fee in attoFIL paid by the storage provider for ProveCommit
            batching.
    """

    stat_date: datetime.datetime
    miner_id: str
    total_sealing_gas_fee: int
    precommit_gas_fee: int
    precommit_batch_gas_fee: int
    precommit_batch_fee: int
    provecommit_gas_fee: int
    provecommit_batch_gas_fee: int
    provecommit_batch_fee: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        miner_id = self.miner_id

        total_sealing_gas_fee = self.total_sealing_gas_fee

        precommit_gas_fee = self.precommit_gas_fee

        precommit_batch_gas_fee = self.precommit_batch_gas_fee

        precommit_batch_fee = self.precommit_batch_fee

        provecommit_gas_fee = self.provecommit_gas_fee

        provecommit_batch_gas_fee = self.provecommit_batch_gas_fee

        provecommit_batch_fee = self.provecommit_batch_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "miner_id": miner_id,
                "total_sealing_gas_fee": total_sealing_gas_fee,
                "precommit_gas_fee": precommit_gas_fee,
                "precommit_batch_gas_fee": precommit_batch_gas_fee,
                "precommit_batch_fee": precommit_batch_fee,
                "provecommit_gas_fee": provecommit_gas_fee,
                "provecommit_batch_gas_fee": provecommit_batch_gas_fee,
                "provecommit_batch_fee": provecommit_batch_fee,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        miner_id = src_dict["miner_id"]

        total_sealing_gas_fee = src_dict["total_sealing_gas_fee"]

        precommit_gas_fee = src_dict["precommit_gas_fee"]

        precommit_batch_gas_fee = src_dict["precommit_batch_gas_fee"]

        precommit_batch_fee = src_dict["precommit_batch_fee"]

        provecommit_gas_fee = src_dict["provecommit_gas_fee"]

        provecommit_batch_gas_fee = src_dict["provecommit_batch_gas_fee"]

        provecommit_batch_fee = src_dict["provecommit_batch_fee"]

        if len(src_dict) == 9:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "miner_id",
                    "total_sealing_gas_fee",
                    "precommit_gas_fee",
                    "precommit_batch_gas_fee",
                    "precommit_batch_fee",
                    "provecommit_gas_fee",
                    "provecommit_batch_gas_fee",
                    "provecommit_batch_fee",
                }
            }
        storage_provider_gas_commit_fee = cls.__new__(cls)
        storage_provider_gas_commit_fee.stat_date = stat_date
        storage_provider_gas_commit_fee.miner_id = miner_id
        storage_provider_gas_commit_fee.total_sealing_gas_fee = total_sealing_gas_fee
        storage_provider_gas_commit_fee.precommit_gas_fee = precommit_gas_fee
        storage_provider_gas_commit_fee.precommit_batch_gas_fee = (
            precommit_batch_gas_fee
        )
        storage_provider_gas_commit_fee.precommit_batch_fee = precommit_batch_fee
        storage_provider_gas_commit_fee.provecommit_gas_fee = provecommit_gas_fee
        storage_provider_gas_commit_fee.provecommit_batch_gas_fee = (
            provecommit_batch_gas_fee
        )
        storage_provider_gas_commit_fee.provecommit_batch_fee = provecommit_batch_fee

        storage_provider_gas_commit_fee.additional_properties = d

        return storage_provider_gas_commit_fee

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            miner_id = src_dict["miner_id"]

            total_sealing_gas_fee = src_dict["total_sealing_gas_fee"]

            precommit_gas_fee = src_dict["precommit_gas_fee"]

            precommit_batch_gas_fee = src_dict["precommit_batch_gas_fee"]

            precommit_batch_fee = src_dict["precommit_batch_fee"]

            provecommit_gas_fee = src_dict["provecommit_gas_fee"]

            provecommit_batch_gas_fee = src_dict["provecommit_batch_gas_fee"]

            provecommit_batch_fee = src_dict["provecommit_batch_fee"]

            if len(src_dict) == 9:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "miner_id",
                        "total_sealing_gas_fee",
                        "precommit_gas_fee",
                        "precommit_batch_gas_fee",
                        "precommit_batch_fee",
                        "provecommit_gas_fee",
                        "provecommit_batch_gas_fee",
                        "provecommit_batch_fee",
                    }
                }
            storage_provider_gas_commit_fee = cls.__new__(cls)
            storage_provider_gas_commit_fee.stat_date = stat_date
            storage_provider_gas_commit_fee.miner_id = miner_id
            storage_provider_gas_commit_fee.total_sealing_gas_fee = (
                total_sealing_gas_fee
            )
            storage_provider_gas_commit_fee.precommit_gas_fee = precommit_gas_fee
            storage_provider_gas_commit_fee.precommit_batch_gas_fee = (
                precommit_batch_gas_fee
            )
            storage_provider_gas_commit_fee.precommit_batch_fee = precommit_batch_fee
            storage_provider_gas_commit_fee.provecommit_gas_fee = provecommit_gas_fee
            storage_provider_gas_commit_fee.provecommit_batch_gas_fee = (
                provecommit_batch_gas_fee
            )
            storage_provider_gas_commit_fee.provecommit_batch_fee = (
                provecommit_batch_fee
            )

            storage_provider_gas_commit_fee.additional_properties = d

            _append(storage_provider_gas_commit_fee)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("miner_id", "miner_id", "str", True),
        ("total_sealing_gas_fee", "total_sealing_gas_fee", "int", True),
        ("precommit_gas_fee", "precommit_gas_fee", "int", True),
        ("precommit_batch_gas_fee", "precommit_batch_gas_fee", "int", True),
        ("precommit_batch_fee", "precommit_batch_fee", "int", True),
        ("provecommit_gas_fee", "provecommit_gas_fee", "int", True),
        ("provecommit_batch_gas_fee", "provecommit_batch_gas_fee", "int", True),
        ("provecommit_batch_fee", "provecommit_batch_fee", "int", True),
    )

    @classmethod
    def from_wire(cls, rows: Iterable[Any]) -> list[Self]:
        """Rows decoded against ``_wire_fields`` (an attribute per field, ``UNSET`` when absent), built with
        ``from_dict``'s code for each field; none has an undocumented key."""
        _built: list[Self] = []
        _append = _built.append
        for _row in rows:
            stat_date = datetime.datetime.fromisoformat(_row.stat_date)

            miner_id = _row.miner_id
            total_sealing_gas_fee = _row.total_sealing_gas_fee
            precommit_gas_fee = _row.precommit_gas_fee
            precommit_batch_gas_fee = _row.precommit_batch_gas_fee
            precommit_batch_fee = _row.precommit_batch_fee
            provecommit_gas_fee = _row.provecommit_gas_fee
            provecommit_batch_gas_fee = _row.provecommit_batch_gas_fee
            provecommit_batch_fee = _row.provecommit_batch_fee
            storage_provider_gas_commit_fee = cls.__new__(cls)
            storage_provider_gas_commit_fee.stat_date = stat_date
            storage_provider_gas_commit_fee.miner_id = miner_id
            storage_provider_gas_commit_fee.total_sealing_gas_fee = (
                total_sealing_gas_fee
            )
            storage_provider_gas_commit_fee.precommit_gas_fee = precommit_gas_fee
            storage_provider_gas_commit_fee.precommit_batch_gas_fee = (
                precommit_batch_gas_fee
            )
            storage_provider_gas_commit_fee.precommit_batch_fee = precommit_batch_fee
            storage_provider_gas_commit_fee.provecommit_gas_fee = provecommit_gas_fee
            storage_provider_gas_commit_fee.provecommit_batch_gas_fee = (
                provecommit_batch_gas_fee
            )
            storage_provider_gas_commit_fee.provecommit_batch_fee = (
                provecommit_batch_fee
            )
            storage_provider_gas_commit_fee.additional_properties = {}
            _append(storage_provider_gas_commit_fee)
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
