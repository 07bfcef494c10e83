from enum import StrEnum


class DealSnapshotDealStatus(StrEnum):
    ACTIVE = "active"
    EXPIRED = "expired"
    FAULTED = "faulted"
    TERMINATED = "terminated"

    def __str__(self) -> str:
        return str(self.value)
