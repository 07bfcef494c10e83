from enum import StrEnum


class ServerAvailabilityServersAdditionalPropertyAvailability(StrEnum):
    AVAILABLE = "available"
    SCARCE = "scarce"
    SHORTAGE = "shortage"

    def __str__(self) -> str:
        return str(self.value)
