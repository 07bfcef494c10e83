from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.storage_provider_deals_deal_count import StorageProviderDealsDealCount


T = TypeVar("T", bound="StorageProviderDealsDealCountEnvelope")


@_attrs_define
class StorageProviderDealsDealCountEnvelope:
    """Success envelope of `storage_provider_deals_deal_count`: `data` is an array of `StorageProviderDealsDealCount` rows.

    Attributes:
        request_id (str): Request id: a UUID, "#", and an integer, e.g. 4e14a4aa-2368-4029-a660-5a883c0c29f1#606. Kept a
            plain string.
        code (Literal[0]):
        message (str):
        data (list[StorageProviderDealsDealCount]):
    """

    request_id: str
    code: Literal[0]
    message: str
    data: list[StorageProviderDealsDealCount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        code = self.code

        message = self.message

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "code": code,
                "message": message,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.storage_provider_deals_deal_count import (
            StorageProviderDealsDealCount,
        )

        request_id = src_dict["request_id"]

        code = cast(Literal[0], src_dict["code"])
        if code != 0:
            raise ValueError(f"code must match const 0, got '{code}'")

        message = src_dict["message"]

        data = []
        _data = src_dict["data"]
        for data_item_data in _data:
            data_item = StorageProviderDealsDealCount.from_dict(data_item_data)

            data.append(data_item)

        if len(src_dict) == 4:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "request_id",
                    "code",
                    "message",
                    "data",
                }
            }
        storage_provider_deals_deal_count_envelope = cls.__new__(cls)
        storage_provider_deals_deal_count_envelope.request_id = request_id
        storage_provider_deals_deal_count_envelope.code = code
        storage_provider_deals_deal_count_envelope.message = message
        storage_provider_deals_deal_count_envelope.data = data

        storage_provider_deals_deal_count_envelope.additional_properties = d

        return storage_provider_deals_deal_count_envelope

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.storage_provider_deals_deal_count import (
            StorageProviderDealsDealCount,
        )

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            request_id = src_dict["request_id"]

            code = cast(Literal[0], src_dict["code"])
            if code != 0:
                raise ValueError(f"code must match const 0, got '{code}'")

            message = src_dict["message"]

            data = []
            _data = src_dict["data"]
            for data_item_data in _data:
                data_item = StorageProviderDealsDealCount.from_dict(data_item_data)

                data.append(data_item)

            if len(src_dict) == 4:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "request_id",
                        "code",
                        "message",
                        "data",
                    }
                }
            storage_provider_deals_deal_count_envelope = cls.__new__(cls)
            storage_provider_deals_deal_count_envelope.request_id = request_id
            storage_provider_deals_deal_count_envelope.code = code
            storage_provider_deals_deal_count_envelope.message = message
            storage_provider_deals_deal_count_envelope.data = data

            storage_provider_deals_deal_count_envelope.additional_properties = d

            _append(storage_provider_deals_deal_count_envelope)
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
