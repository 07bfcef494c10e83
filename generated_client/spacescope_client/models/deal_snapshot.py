from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import (
    Any,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deal_snapshot_deal_status import DealSnapshotDealStatus

T = TypeVar("T", bound="DealSnapshot")


@_attrs_define
class DealSnapshot:
    """One row of `/v2/deals/deal_snapshot`.

    Attributes:
        deal_id (int): Unique ID of the deal.
        provider_id (str): Unique ID of the storage provider.
        provider_address (str): Address of the storage provider providing the services (value of "-" means the address
            is unknown).
        sector_id (str): Numeric ID of the sector where the deal is. Serialized as a string.
        is_verified (bool): Whether or not the deal is with a verified provider.
        client_id (str): Unique ID of the client.
        client_address (str): Address of the client proposing the deal (value of "-" means the address is unknown).
        piece_cid (str): CID of a sector piece. A Piece is an object that represents a whole or part of a File.
        padded_piece_size (int): The piece size in bytes with padding.
        unpadded_piece_size (int): The piece size in bytes without padding.
        sector_size (int): The sector size in bytes used by this storage provider for the deal.
        start_epoch (int): The epoch at which this deal will begin.
        end_epoch (int): The epoch at which this deal will end.
        start_timestamp (datetime.datetime): The timestamp at which this deal will begin.
        end_timestamp (datetime.datetime): The timestamp at which this deal will end.
        storage_price_per_epoch (str): The amount of FIL (in attoFIL) that will be transferred from the client to the
            storage provider every epoch this deal is active for. A decimal integer string (attoFIL), not a JSON number.
        provider_collateral (str): The amount of FIL (in attoFIL) the storage provider has pledged as collateral. A
            decimal integer string (attoFIL), not a JSON number.
        client_collateral (str): The amount of FIL (in attoFIL) the client has pledged as collateral. A decimal integer
            string (attoFIL), not a JSON number.
        activation_epoch (int): The epoch at which the sector is activated.
        expiration_epoch (int): The epoch at which the sector is scheduled to expire.
        is_first (bool): Whether or not this deal is recorded on the chain for the first time.
        termination_epoch (int): The epoch at which the sector is terminated (-1 if the deal is never terminated).
        snap_epoch (int): The epoch at which the sector is snapped (-1 if the deal is never snapped).
        last_faulted_epoch (int): The epoch at which the sector last faulted (-1 if the deal is never faulted).
        last_recovered_epoch (int): The epoch at which a faulted sector last recovered (-1 if the deal is never
            recovered).
        deal_status (DealSnapshotDealStatus): Current status of the Deal: active/terminated/faulted/expired.
        total_fault_num (int): Total number of faults for the sector associated with this deal.
        total_fault_days (float): Total fault duration (in days) for the sector associated with this deal. May be
            fractional.
        record_timestamp (datetime.datetime): The timestamp at which this record is updated. Millisecond precision, e.g.
            2022-11-23T06:11:46.614Z.
    """

    deal_id: int
    provider_id: str
    provider_address: str
    sector_id: str
    is_verified: bool
    client_id: str
    client_address: str
    piece_cid: str
    padded_piece_size: int
    unpadded_piece_size: int
    sector_size: int
    start_epoch: int
    end_epoch: int
    start_timestamp: datetime.datetime
    end_timestamp: datetime.datetime
    storage_price_per_epoch: str
    provider_collateral: str
    client_collateral: str
    activation_epoch: int
    expiration_epoch: int
    is_first: bool
    termination_epoch: int
    snap_epoch: int
    last_faulted_epoch: int
    last_recovered_epoch: int
    deal_status: DealSnapshotDealStatus
    total_fault_num: int
    total_fault_days: float
    record_timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deal_id = self.deal_id

        provider_id = self.provider_id

        provider_address = self.provider_address

        sector_id = self.sector_id

        is_verified = self.is_verified

        client_id = self.client_id

        client_address = self.client_address

        piece_cid = self.piece_cid

        padded_piece_size = self.padded_piece_size

        unpadded_piece_size = self.unpadded_piece_size

        sector_size = self.sector_size

        start_epoch = self.start_epoch

        end_epoch = self.end_epoch

        start_timestamp = self.start_timestamp.isoformat()

        end_timestamp = self.end_timestamp.isoformat()

        storage_price_per_epoch = self.storage_price_per_epoch

        provider_collateral = self.provider_collateral

        client_collateral = self.client_collateral

        activation_epoch = self.activation_epoch

        expiration_epoch = self.expiration_epoch

        is_first = self.is_first

        termination_epoch = self.termination_epoch

        snap_epoch = self.snap_epoch

        last_faulted_epoch = self.last_faulted_epoch

        last_recovered_epoch = self.last_recovered_epoch

        deal_status = self.deal_status.value

        total_fault_num = self.total_fault_num

        total_fault_days = self.total_fault_days

        record_timestamp = self.record_timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deal_id": deal_id,
                "provider_id": provider_id,
                "provider_address": provider_address,
                "sector_id": sector_id,
                "is_verified": is_verified,
                "client_id": client_id,
                "client_address": client_address,
                "piece_cid": piece_cid,
                "padded_piece_size": padded_piece_size,
                "unpadded_piece_size": unpadded_piece_size,
                "sector_size": sector_size,
                "start_epoch": start_epoch,
                "end_epoch": end_epoch,
                "start_timestamp": start_timestamp,
                "end_timestamp": end_timestamp,
                "storage_price_per_epoch": storage_price_per_epoch,
                "provider_collateral": provider_collateral,
                "client_collateral": client_collateral,
                "activation_epoch": activation_epoch,
                "expiration_epoch": expiration_epoch,
                "is_first": is_first,
                "termination_epoch": termination_epoch,
                "snap_epoch": snap_epoch,
                "last_faulted_epoch": last_faulted_epoch,
                "last_recovered_epoch": last_recovered_epoch,
                "deal_status": deal_status,
                "total_fault_num": total_fault_num,
                "total_fault_days": total_fault_days,
                "record_timestamp": record_timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        deal_id = src_dict["deal_id"]

        provider_id = src_dict["provider_id"]

        provider_address = src_dict["provider_address"]

        sector_id = src_dict["sector_id"]

        is_verified = src_dict["is_verified"]

        client_id = src_dict["client_id"]

        client_address = src_dict["client_address"]

        piece_cid = src_dict["piece_cid"]

        padded_piece_size = src_dict["padded_piece_size"]

        unpadded_piece_size = src_dict["unpadded_piece_size"]

        sector_size = src_dict["sector_size"]

        start_epoch = src_dict["start_epoch"]

        end_epoch = src_dict["end_epoch"]

        start_timestamp = datetime.datetime.fromisoformat(src_dict["start_timestamp"])

        end_timestamp = datetime.datetime.fromisoformat(src_dict["end_timestamp"])

        storage_price_per_epoch = src_dict["storage_price_per_epoch"]

        provider_collateral = src_dict["provider_collateral"]

        client_collateral = src_dict["client_collateral"]

        activation_epoch = src_dict["activation_epoch"]

        expiration_epoch = src_dict["expiration_epoch"]

        is_first = src_dict["is_first"]

        termination_epoch = src_dict["termination_epoch"]

        snap_epoch = src_dict["snap_epoch"]

        last_faulted_epoch = src_dict["last_faulted_epoch"]

        last_recovered_epoch = src_dict["last_recovered_epoch"]

        deal_status = DealSnapshotDealStatus(src_dict["deal_status"])

        total_fault_num = src_dict["total_fault_num"]

        total_fault_days = src_dict["total_fault_days"]

        record_timestamp = datetime.datetime.fromisoformat(src_dict["record_timestamp"])

        if len(src_dict) == 29:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "deal_id",
                    "provider_id",
                    "provider_address",
                    "sector_id",
                    "is_verified",
                    "client_id",
                    "client_address",
                    "piece_cid",
                    "padded_piece_size",
                    "unpadded_piece_size",
                    "sector_size",
                    "start_epoch",
                    "end_epoch",
                    "start_timestamp",
                    "end_timestamp",
                    "storage_price_per_epoch",
                    "provider_collateral",
                    "client_collateral",
                    "activation_epoch",
                    "expiration_epoch",
                    "is_first",
                    "termination_epoch",
                    "snap_epoch",
                    "last_faulted_epoch",
                    "last_recovered_epoch",
                    "deal_status",
                    "total_fault_num",
                    "total_fault_days",
                    "record_timestamp",
                }
            }
        deal_snapshot = cls.__new__(cls)
        deal_snapshot.deal_id = deal_id
        deal_snapshot.provider_id = provider_id
        deal_snapshot.provider_address = provider_address
        deal_snapshot.sector_id = sector_id
        deal_snapshot.is_verified = is_verified
        deal_snapshot.client_id = client_id
        deal_snapshot.client_address = client_address
        deal_snapshot.piece_cid = piece_cid
        deal_snapshot.padded_piece_size = padded_piece_size
        deal_snapshot.unpadded_piece_size = unpadded_piece_size
        deal_snapshot.sector_size = sector_size
        deal_snapshot.start_epoch = start_epoch
        deal_snapshot.end_epoch = end_epoch
        deal_snapshot.start_timestamp = start_timestamp
        deal_snapshot.end_timestamp = end_timestamp
        deal_snapshot.storage_price_per_epoch = storage_price_per_epoch
        deal_snapshot.provider_collateral = provider_collateral
        deal_snapshot.client_collateral = client_collateral
        deal_snapshot.activation_epoch = activation_epoch
        deal_snapshot.expiration_epoch = expiration_epoch
        deal_snapshot.is_first = is_first
        deal_snapshot.termination_epoch = termination_epoch
        deal_snapshot.snap_epoch = snap_epoch
        deal_snapshot.last_faulted_epoch = last_faulted_epoch
        deal_snapshot.last_recovered_epoch = last_recovered_epoch
        deal_snapshot.deal_status = deal_status
        deal_snapshot.total_fault_num = total_fault_num
        deal_snapshot.total_fault_days = total_fault_days
        deal_snapshot.record_timestamp = record_timestamp

        deal_snapshot.additional_properties = d

        return deal_snapshot

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            deal_id = src_dict["deal_id"]

            provider_id = src_dict["provider_id"]

            provider_address = src_dict["provider_address"]

            sector_id = src_dict["sector_id"]

            is_verified = src_dict["is_verified"]

            client_id = src_dict["client_id"]

            client_address = src_dict["client_address"]

            piece_cid = src_dict["piece_cid"]

            padded_piece_size = src_dict["padded_piece_size"]

            unpadded_piece_size = src_dict["unpadded_piece_size"]

            sector_size = src_dict["sector_size"]

            start_epoch = src_dict["start_epoch"]

            end_epoch = src_dict["end_epoch"]

            start_timestamp = datetime.datetime.fromisoformat(
                src_dict["start_timestamp"]
            )

            end_timestamp = datetime.datetime.fromisoformat(src_dict["end_timestamp"])

            storage_price_per_epoch = src_dict["storage_price_per_epoch"]

            provider_collateral = src_dict["provider_collateral"]

            client_collateral = src_dict["client_collateral"]

            activation_epoch = src_dict["activation_epoch"]

            expiration_epoch = src_dict["expiration_epoch"]

            is_first = src_dict["is_first"]

            termination_epoch = src_dict["termination_epoch"]

            snap_epoch = src_dict["snap_epoch"]

            last_faulted_epoch = src_dict["last_faulted_epoch"]

            last_recovered_epoch = src_dict["last_recovered_epoch"]

            deal_status = DealSnapshotDealStatus(src_dict["deal_status"])

            total_fault_num = src_dict["total_fault_num"]

            total_fault_days = src_dict["total_fault_days"]

            record_timestamp = datetime.datetime.fromisoformat(
                src_dict["record_timestamp"]
            )

            if len(src_dict) == 29:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "deal_id",
                        "provider_id",
                        "provider_address",
                        "sector_id",
                        "is_verified",
                        "client_id",
                        "client_address",
                        "piece_cid",
                        "padded_piece_size",
                        "unpadded_piece_size",
                        "sector_size",
                        "start_epoch",
                        "end_epoch",
                        "start_timestamp",
                        "end_timestamp",
                        "storage_price_per_epoch",
                        "provider_collateral",
                        "client_collateral",
                        "activation_epoch",
                        "expiration_epoch",
                        "is_first",
                        "termination_epoch",
                        "snap_epoch",
                        "last_faulted_epoch",
                        "last_recovered_epoch",
                        "deal_status",
                        "total_fault_num",
                        "total_fault_days",
                        "record_timestamp",
                    }
                }
            deal_snapshot = cls.__new__(cls)
            deal_snapshot.deal_id = deal_id
            deal_snapshot.provider_id = provider_id
            deal_snapshot.provider_address = provider_address
            deal_snapshot.sector_id = sector_id
            deal_snapshot.is_verified = is_verified
            deal_snapshot.client_id = client_id
            deal_snapshot.client_address = client_address
            deal_snapshot.piece_cid = piece_cid
            deal_snapshot.padded_piece_size = padded_piece_size
            deal_snapshot.unpadded_piece_size = unpadded_piece_size
            deal_snapshot.sector_size = sector_size
            deal_snapshot.start_epoch = start_epoch
            deal_snapshot.end_epoch = end_epoch
            deal_snapshot.start_timestamp = start_timestamp
            deal_snapshot.end_timestamp = end_timestamp
            deal_snapshot.storage_price_per_epoch = storage_price_per_epoch
            deal_snapshot.provider_collateral = provider_collateral
            deal_snapshot.client_collateral = client_collateral
            deal_snapshot.activation_epoch = activation_epoch
            deal_snapshot.expiration_epoch = expiration_epoch
            deal_snapshot.is_first = is_first
            deal_snapshot.termination_epoch = termination_epoch
            deal_snapshot.snap_epoch = snap_epoch
            deal_snapshot.last_faulted_epoch = last_faulted_epoch
            deal_snapshot.last_recovered_epoch = last_recovered_epoch
            deal_snapshot.deal_status = deal_status
            deal_snapshot.total_fault_num = total_fault_num
            deal_snapshot.total_fault_days = total_fault_days
            deal_snapshot.record_timestamp = record_timestamp

            deal_snapshot.additional_properties = d

            _append(deal_snapshot)
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
