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

T = TypeVar("T", bound="StorageProviderGasNetworkFee")


@_attrs_define
class StorageProviderGasNetworkFee:
    """One row of `/v2/storage_provider/gas/network_fee`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        miner_id (str): Unique ID of the storage provider (an ID address such as f0110804).
        base_tx_fee (int): The cumulative amount in attoFIL burned as base fee (including batch fee) by the storage
            provider.
        over_estimation_burn (int): The cumulative amount in attoFIL burned as overestimation burn by the storage
            provider.
        batch_fee (int): The cumulative amount in attoFIL burned as PreCommit or ProveCommit Batch Fee by the storage
            provider.
        miner_tip (int): The cumulative amount in attoFIL the storage provider has received for executing blockchain
            messages.
        windowpost_gas_fee (int): The cumulative amount in attoFIL of SubmitWindowedPoSt fees paid by the storage
            provider.
    """

    stat_date: datetime.datetime
    miner_id: str
    base_tx_fee: int
    over_estimation_burn: int
    batch_fee: int
    miner_tip: int
    windowpost_gas_fee: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        miner_id = self.miner_id

        base_tx_fee = self.base_tx_fee

        over_estimation_burn = self.over_estimation_burn

        batch_fee = self.batch_fee

        miner_tip = self.miner_tip

        windowpost_gas_fee = self.windowpost_gas_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "miner_id": miner_id,
                "base_tx_fee": base_tx_fee,
                "over_estimation_burn": over_estimation_burn,
                "batch_fee": batch_fee,
                "miner_tip": miner_tip,
                "windowpost_gas_fee": windowpost_gas_fee,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        miner_id = src_dict["miner_id"]

        base_tx_fee = src_dict["base_tx_fee"]

        over_estimation_burn = src_dict["over_estimation_burn"]

        batch_fee = src_dict["batch_fee"]

        miner_tip = src_dict["miner_tip"]

        windowpost_gas_fee = src_dict["windowpost_gas_fee"]

        if len(src_dict) == 7:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "miner_id",
                    "base_tx_fee",
                    "over_estimation_burn",
                    "batch_fee",
                    "miner_tip",
                    "windowpost_gas_fee",
                }
            }
        storage_provider_gas_network_fee = cls.__new__(cls)
        storage_provider_gas_network_fee.stat_date = stat_date
        storage_provider_gas_network_fee.miner_id = miner_id
        storage_provider_gas_network_fee.base_tx_fee = base_tx_fee
        storage_provider_gas_network_fee.over_estimation_burn = over_estimation_burn
        storage_provider_gas_network_fee.batch_fee = batch_fee
        storage_provider_gas_network_fee.miner_tip = miner_tip
        storage_provider_gas_network_fee.windowpost_gas_fee = windowpost_gas_fee

        storage_provider_gas_network_fee.additional_properties = d

        return storage_provider_gas_network_fee

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            miner_id = src_dict["miner_id"]

            base_tx_fee = src_dict["base_tx_fee"]

            over_estimation_burn = src_dict["over_estimation_burn"]

            batch_fee = src_dict["batch_fee"]

            miner_tip = src_dict["miner_tip"]

            windowpost_gas_fee = src_dict["windowpost_gas_fee"]

            if len(src_dict) == 7:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "miner_id",
                        "base_tx_fee",
                        "over_estimation_burn",
                        "batch_fee",
                        "miner_tip",
                        "windowpost_gas_fee",
                    }
                }
            storage_provider_gas_network_fee = cls.__new__(cls)
            storage_provider_gas_network_fee.stat_date = stat_date
            storage_provider_gas_network_fee.miner_id = miner_id
            storage_provider_gas_network_fee.base_tx_fee = base_tx_fee
            storage_provider_gas_network_fee.over_estimation_burn = over_estimation_burn
            storage_provider_gas_network_fee.batch_fee = batch_fee
            storage_provider_gas_network_fee.miner_tip = miner_tip
            storage_provider_gas_network_fee.windowpost_gas_fee = windowpost_gas_fee

            storage_provider_gas_network_fee.additional_properties = d

            _append(storage_provider_gas_network_fee)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("miner_id", "miner_id", "str", True),
        ("base_tx_fee", "base_tx_fee", "int", True),
        ("over_estimation_burn", "over_estimation_burn", "int", True),
        ("batch_fee", "batch_fee", "int", True),
        ("miner_tip", "miner_tip", "int", True),
        ("windowpost_gas_fee", "windowpost_gas_fee", "int", True),
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
            base_tx_fee = _row.base_tx_fee
            over_estimation_burn = _row.over_estimation_burn
            batch_fee = _row.batch_fee
            miner_tip = _row.miner_tip
            windowpost_gas_fee = _row.windowpost_gas_fee
            storage_provider_gas_network_fee = cls.__new__(cls)
            storage_provider_gas_network_fee.stat_date = stat_date
            storage_provider_gas_network_fee.miner_id = miner_id
            storage_provider_gas_network_fee.base_tx_fee = base_tx_fee
            storage_provider_gas_network_fee.over_estimation_burn = over_estimation_burn
            storage_provider_gas_network_fee.batch_fee = batch_fee
            storage_provider_gas_network_fee.miner_tip = miner_tip
            storage_provider_gas_network_fee.windowpost_gas_fee = windowpost_gas_fee
            storage_provider_gas_network_fee.additional_properties = {}
            _append(storage_provider_gas_network_fee)
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
