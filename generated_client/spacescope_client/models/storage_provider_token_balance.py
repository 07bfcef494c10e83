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

T = TypeVar("T", bound="StorageProviderTokenBalance")


@_attrs_define
class StorageProviderTokenBalance:
    """One row of `/v2/storage_provider/token_balance`.

    Attributes:
        stat_date (datetime.datetime): Date the data was recorded. Documented as DATE but serialized as an RFC 3339
            timestamp at midnight UTC, e.g. 2022-07-01T00:00:00Z.
        miner_id (str): Unique ID of the storage provider (an ID address such as f0110804).
        balance (float): The storage provider's latest actor balance (including initial pledge, locked funds, precommit
            deposits, deal collateral) in FIL.
        initial_pledge (float): The storage provider's amount of FIL locked as initial pledge.
        locked_funds (float): The storage provider's amount of FIL locked due to the vesting schedule (when a storage
            provider receives block rewards, the tokens are locked and will be unlocked linearly over some future epochs.
            The unvested portion is considered as locked funds).
        pre_commit_deposits (float): The storage provider's amount of FIL locked due to it being used as a PreCommit
            deposit.
        provider_collateral (float): The storage provider's amount of FIL the provider has pledged as collateral for the
            deals.
        fee_debt (float): Absolute value of debt this storage provider owes from unpaid fees in FIL.
    """

    stat_date: datetime.datetime
    miner_id: str
    balance: float
    initial_pledge: float
    locked_funds: float
    pre_commit_deposits: float
    provider_collateral: float
    fee_debt: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stat_date = self.stat_date.isoformat()

        miner_id = self.miner_id

        balance = self.balance

        initial_pledge = self.initial_pledge

        locked_funds = self.locked_funds

        pre_commit_deposits = self.pre_commit_deposits

        provider_collateral = self.provider_collateral

        fee_debt = self.fee_debt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stat_date": stat_date,
                "miner_id": miner_id,
                "balance": balance,
                "initial_pledge": initial_pledge,
                "locked_funds": locked_funds,
                "pre_commit_deposits": pre_commit_deposits,
                "provider_collateral": provider_collateral,
                "fee_debt": fee_debt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

        miner_id = src_dict["miner_id"]

        balance = src_dict["balance"]

        initial_pledge = src_dict["initial_pledge"]

        locked_funds = src_dict["locked_funds"]

        pre_commit_deposits = src_dict["pre_commit_deposits"]

        provider_collateral = src_dict["provider_collateral"]

        fee_debt = src_dict["fee_debt"]

        if len(src_dict) == 8:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "stat_date",
                    "miner_id",
                    "balance",
                    "initial_pledge",
                    "locked_funds",
                    "pre_commit_deposits",
                    "provider_collateral",
                    "fee_debt",
                }
            }
        storage_provider_token_balance = cls.__new__(cls)
        storage_provider_token_balance.stat_date = stat_date
        storage_provider_token_balance.miner_id = miner_id
        storage_provider_token_balance.balance = balance
        storage_provider_token_balance.initial_pledge = initial_pledge
        storage_provider_token_balance.locked_funds = locked_funds
        storage_provider_token_balance.pre_commit_deposits = pre_commit_deposits
        storage_provider_token_balance.provider_collateral = provider_collateral
        storage_provider_token_balance.fee_debt = fee_debt

        storage_provider_token_balance.additional_properties = d

        return storage_provider_token_balance

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            stat_date = datetime.datetime.fromisoformat(src_dict["stat_date"])

            miner_id = src_dict["miner_id"]

            balance = src_dict["balance"]

            initial_pledge = src_dict["initial_pledge"]

            locked_funds = src_dict["locked_funds"]

            pre_commit_deposits = src_dict["pre_commit_deposits"]

            provider_collateral = src_dict["provider_collateral"]

            fee_debt = src_dict["fee_debt"]

            if len(src_dict) == 8:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "stat_date",
                        "miner_id",
                        "balance",
                        "initial_pledge",
                        "locked_funds",
                        "pre_commit_deposits",
                        "provider_collateral",
                        "fee_debt",
                    }
                }
            storage_provider_token_balance = cls.__new__(cls)
            storage_provider_token_balance.stat_date = stat_date
            storage_provider_token_balance.miner_id = miner_id
            storage_provider_token_balance.balance = balance
            storage_provider_token_balance.initial_pledge = initial_pledge
            storage_provider_token_balance.locked_funds = locked_funds
            storage_provider_token_balance.pre_commit_deposits = pre_commit_deposits
            storage_provider_token_balance.provider_collateral = provider_collateral
            storage_provider_token_balance.fee_debt = fee_debt

            storage_provider_token_balance.additional_properties = d

            _append(storage_provider_token_balance)
        return _built

    #: space-sdk: the fields on the wire (JSON name, attribute, Python type, required), for space_sdk's typed
    #: decoding of list answers: only these keys, each of its JSON type, or the rows go through from_dicts
    _wire_fields: ClassVar[tuple[tuple[str, str, str, bool], ...]] = (
        ("stat_date", "stat_date", "datetime.datetime", True),
        ("miner_id", "miner_id", "str", True),
        ("balance", "balance", "float", True),
        ("initial_pledge", "initial_pledge", "float", True),
        ("locked_funds", "locked_funds", "float", True),
        ("pre_commit_deposits", "pre_commit_deposits", "float", True),
        ("provider_collateral", "provider_collateral", "float", True),
        ("fee_debt", "fee_debt", "float", True),
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
            balance = _row.balance
            initial_pledge = _row.initial_pledge
            locked_funds = _row.locked_funds
            pre_commit_deposits = _row.pre_commit_deposits
            provider_collateral = _row.provider_collateral
            fee_debt = _row.fee_debt
            storage_provider_token_balance = cls.__new__(cls)
            storage_provider_token_balance.stat_date = stat_date
            storage_provider_token_balance.miner_id = miner_id
            storage_provider_token_balance.balance = balance
            storage_provider_token_balance.initial_pledge = initial_pledge
            storage_provider_token_balance.locked_funds = locked_funds
            storage_provider_token_balance.pre_commit_deposits = pre_commit_deposits
            storage_provider_token_balance.provider_collateral = provider_collateral
            storage_provider_token_balance.fee_debt = fee_debt
            storage_provider_token_balance.additional_properties = {}
            _append(storage_provider_token_balance)
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
