from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.transaction import Transaction


T = TypeVar("T", bound="TransactionsPage")


@_attrs_define
class TransactionsPage:
    """
    Attributes:
        results (list[Transaction]):
        cursor (None | str):
    """

    results: list[Transaction]
    cursor: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        cursor: None | str
        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "cursor": cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transaction import Transaction

        results = []
        _results = src_dict["results"]
        for results_item_data in _results:
            results_item = Transaction.from_dict(results_item_data)

            results.append(results_item)

        def _parse_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cursor = _parse_cursor(src_dict["cursor"])

        if len(src_dict) == 2:
            d = {}
        else:
            d = {
                key: value
                for key, value in src_dict.items()
                if key
                not in {
                    "results",
                    "cursor",
                }
            }
        transactions_page = cls.__new__(cls)
        transactions_page.results = results
        transactions_page.cursor = cursor

        transactions_page.additional_properties = d

        return transactions_page

    @classmethod
    def from_dicts(cls, src_dicts: Iterable[Mapping[str, Any]]) -> list[Self]:
        """``from_dict`` of each one, in one loop: the rows of a list answer, without a call per row."""
        from ..models.transaction import Transaction

        _built: list[Self] = []
        _append = _built.append
        for src_dict in src_dicts:
            results = []
            _results = src_dict["results"]
            for results_item_data in _results:
                results_item = Transaction.from_dict(results_item_data)

                results.append(results_item)

            def _parse_cursor(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            cursor = _parse_cursor(src_dict["cursor"])

            if len(src_dict) == 2:
                d = {}
            else:
                d = {
                    key: value
                    for key, value in src_dict.items()
                    if key
                    not in {
                        "results",
                        "cursor",
                    }
                }
            transactions_page = cls.__new__(cls)
            transactions_page.results = results
            transactions_page.cursor = cursor

            transactions_page.additional_properties = d

            _append(transactions_page)
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
