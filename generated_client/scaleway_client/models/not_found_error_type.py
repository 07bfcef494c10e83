from enum import StrEnum


class NotFoundErrorType(StrEnum):
    UNKNOWN_RESOURCE = "unknown_resource"

    def __str__(self) -> str:
        return str(self.value)
