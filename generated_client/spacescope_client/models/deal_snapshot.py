from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deal_snapshot_deal_status import DealSnapshotDealStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DealSnapshot")


@_attrs_define
class DealSnapshot:
    """One row of `/v2/deals/deal_snapshot`.

    Attributes:
        deal_id (int): Unique ID of the deal.
        provider_id (str | Unset): Unique ID of the storage provider.
        provider_address (str | Unset): Address of the storage provider providing the services (value of "-" means the
            address is unknown).
        sector_id (str | Unset): Numeric ID of the sector where the deal is. Serialized as a string.
        is_verified (bool | Unset): Whether or not the deal is with a verified provider.
        client_id (str | Unset): Unique ID of the client.
        client_address (str | Unset): Address of the client proposing the deal (value of "-" means the address is
            unknown).
        piece_cid (str | Unset): CID of a sector piece. A Piece is an object that represents a whole or part of a File.
        padded_piece_size (int | Unset): The piece size in bytes with padding.
        unpadded_piece_size (int | Unset): The piece size in bytes without padding.
        sector_size (int | Unset): The sector size in bytes used by this storage provider for the deal.
        start_epoch (int | Unset): The epoch at which this deal will begin.
        end_epoch (int | Unset): The epoch at which this deal will end.
        start_timestamp (datetime.datetime | Unset): The timestamp at which this deal will begin.
        end_timestamp (datetime.datetime | Unset): The timestamp at which this deal will end.
        storage_price_per_epoch (str | Unset): The amount of FIL (in attoFIL) that will be transferred from the client
            to the storage provider every epoch this deal is active for. A decimal integer string (attoFIL), not a JSON
            number.
        provider_collateral (str | Unset): The amount of FIL (in attoFIL) the storage provider has pledged as
            collateral. A decimal integer string (attoFIL), not a JSON number.
        client_collateral (str | Unset): The amount of FIL (in attoFIL) the client has pledged as collateral. A decimal
            integer string (attoFIL), not a JSON number.
        activation_epoch (int | Unset): The epoch at which the sector is activated.
        expiration_epoch (int | Unset): The epoch at which the sector is scheduled to expire.
        is_first (bool | Unset): Whether or not this deal is recorded on the chain for the first time.
        termination_epoch (int | Unset): The epoch at which the sector is terminated (-1 if the deal is never
            terminated).
        snap_epoch (int | Unset): The epoch at which the sector is snapped (-1 if the deal is never snapped).
        last_faulted_epoch (int | Unset): The epoch at which the sector last faulted (-1 if the deal is never faulted).
        last_recovered_epoch (int | Unset): The epoch at which a faulted sector last recovered (-1 if the deal is never
            recovered).
        deal_status (DealSnapshotDealStatus | Unset): Current status of the Deal: active/terminated/faulted/expired.
        total_fault_num (int | Unset): Total number of faults for the sector associated with this deal.
        total_fault_days (float | Unset): Total fault duration (in days) for the sector associated with this deal. May
            be fractional.
        record_timestamp (datetime.datetime | Unset): The timestamp at which this record is updated. Millisecond
            precision, e.g. 2022-11-23T06:11:46.614Z.
    """

    deal_id: int
    provider_id: str | Unset = UNSET
    provider_address: str | Unset = UNSET
    sector_id: str | Unset = UNSET
    is_verified: bool | Unset = UNSET
    client_id: str | Unset = UNSET
    client_address: str | Unset = UNSET
    piece_cid: str | Unset = UNSET
    padded_piece_size: int | Unset = UNSET
    unpadded_piece_size: int | Unset = UNSET
    sector_size: int | Unset = UNSET
    start_epoch: int | Unset = UNSET
    end_epoch: int | Unset = UNSET
    start_timestamp: datetime.datetime | Unset = UNSET
    end_timestamp: datetime.datetime | Unset = UNSET
    storage_price_per_epoch: str | Unset = UNSET
    provider_collateral: str | Unset = UNSET
    client_collateral: str | Unset = UNSET
    activation_epoch: int | Unset = UNSET
    expiration_epoch: int | Unset = UNSET
    is_first: bool | Unset = UNSET
    termination_epoch: int | Unset = UNSET
    snap_epoch: int | Unset = UNSET
    last_faulted_epoch: int | Unset = UNSET
    last_recovered_epoch: int | Unset = UNSET
    deal_status: DealSnapshotDealStatus | Unset = UNSET
    total_fault_num: int | Unset = UNSET
    total_fault_days: float | Unset = UNSET
    record_timestamp: datetime.datetime | Unset = UNSET
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

        start_timestamp: str | Unset = UNSET
        if not isinstance(self.start_timestamp, Unset):
            start_timestamp = self.start_timestamp.isoformat()

        end_timestamp: str | Unset = UNSET
        if not isinstance(self.end_timestamp, Unset):
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

        deal_status: str | Unset = UNSET
        if not isinstance(self.deal_status, Unset):
            deal_status = self.deal_status.value

        total_fault_num = self.total_fault_num

        total_fault_days = self.total_fault_days

        record_timestamp: str | Unset = UNSET
        if not isinstance(self.record_timestamp, Unset):
            record_timestamp = self.record_timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deal_id": deal_id,
            }
        )
        if provider_id is not UNSET:
            field_dict["provider_id"] = provider_id
        if provider_address is not UNSET:
            field_dict["provider_address"] = provider_address
        if sector_id is not UNSET:
            field_dict["sector_id"] = sector_id
        if is_verified is not UNSET:
            field_dict["is_verified"] = is_verified
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_address is not UNSET:
            field_dict["client_address"] = client_address
        if piece_cid is not UNSET:
            field_dict["piece_cid"] = piece_cid
        if padded_piece_size is not UNSET:
            field_dict["padded_piece_size"] = padded_piece_size
        if unpadded_piece_size is not UNSET:
            field_dict["unpadded_piece_size"] = unpadded_piece_size
        if sector_size is not UNSET:
            field_dict["sector_size"] = sector_size
        if start_epoch is not UNSET:
            field_dict["start_epoch"] = start_epoch
        if end_epoch is not UNSET:
            field_dict["end_epoch"] = end_epoch
        if start_timestamp is not UNSET:
            field_dict["start_timestamp"] = start_timestamp
        if end_timestamp is not UNSET:
            field_dict["end_timestamp"] = end_timestamp
        if storage_price_per_epoch is not UNSET:
            field_dict["storage_price_per_epoch"] = storage_price_per_epoch
        if provider_collateral is not UNSET:
            field_dict["provider_collateral"] = provider_collateral
        if client_collateral is not UNSET:
            field_dict["client_collateral"] = client_collateral
        if activation_epoch is not UNSET:
            field_dict["activation_epoch"] = activation_epoch
        if expiration_epoch is not UNSET:
            field_dict["expiration_epoch"] = expiration_epoch
        if is_first is not UNSET:
            field_dict["is_first"] = is_first
        if termination_epoch is not UNSET:
            field_dict["termination_epoch"] = termination_epoch
        if snap_epoch is not UNSET:
            field_dict["snap_epoch"] = snap_epoch
        if last_faulted_epoch is not UNSET:
            field_dict["last_faulted_epoch"] = last_faulted_epoch
        if last_recovered_epoch is not UNSET:
            field_dict["last_recovered_epoch"] = last_recovered_epoch
        if deal_status is not UNSET:
            field_dict["deal_status"] = deal_status
        if total_fault_num is not UNSET:
            field_dict["total_fault_num"] = total_fault_num
        if total_fault_days is not UNSET:
            field_dict["total_fault_days"] = total_fault_days
        if record_timestamp is not UNSET:
            field_dict["record_timestamp"] = record_timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        deal_id = d.pop("deal_id")

        provider_id = d.pop("provider_id", UNSET)

        provider_address = d.pop("provider_address", UNSET)

        sector_id = d.pop("sector_id", UNSET)

        is_verified = d.pop("is_verified", UNSET)

        client_id = d.pop("client_id", UNSET)

        client_address = d.pop("client_address", UNSET)

        piece_cid = d.pop("piece_cid", UNSET)

        padded_piece_size = d.pop("padded_piece_size", UNSET)

        unpadded_piece_size = d.pop("unpadded_piece_size", UNSET)

        sector_size = d.pop("sector_size", UNSET)

        start_epoch = d.pop("start_epoch", UNSET)

        end_epoch = d.pop("end_epoch", UNSET)

        _start_timestamp = d.pop("start_timestamp", UNSET)
        start_timestamp: datetime.datetime | Unset
        if isinstance(_start_timestamp, Unset):
            start_timestamp = UNSET
        else:
            start_timestamp = datetime.datetime.fromisoformat(_start_timestamp)

        _end_timestamp = d.pop("end_timestamp", UNSET)
        end_timestamp: datetime.datetime | Unset
        if isinstance(_end_timestamp, Unset):
            end_timestamp = UNSET
        else:
            end_timestamp = datetime.datetime.fromisoformat(_end_timestamp)

        storage_price_per_epoch = d.pop("storage_price_per_epoch", UNSET)

        provider_collateral = d.pop("provider_collateral", UNSET)

        client_collateral = d.pop("client_collateral", UNSET)

        activation_epoch = d.pop("activation_epoch", UNSET)

        expiration_epoch = d.pop("expiration_epoch", UNSET)

        is_first = d.pop("is_first", UNSET)

        termination_epoch = d.pop("termination_epoch", UNSET)

        snap_epoch = d.pop("snap_epoch", UNSET)

        last_faulted_epoch = d.pop("last_faulted_epoch", UNSET)

        last_recovered_epoch = d.pop("last_recovered_epoch", UNSET)

        _deal_status = d.pop("deal_status", UNSET)
        deal_status: DealSnapshotDealStatus | Unset
        if isinstance(_deal_status, Unset):
            deal_status = UNSET
        else:
            deal_status = DealSnapshotDealStatus(_deal_status)

        total_fault_num = d.pop("total_fault_num", UNSET)

        total_fault_days = d.pop("total_fault_days", UNSET)

        _record_timestamp = d.pop("record_timestamp", UNSET)
        record_timestamp: datetime.datetime | Unset
        if isinstance(_record_timestamp, Unset):
            record_timestamp = UNSET
        else:
            record_timestamp = datetime.datetime.fromisoformat(_record_timestamp)

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
