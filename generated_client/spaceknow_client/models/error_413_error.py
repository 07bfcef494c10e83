from enum import StrEnum


class Error413Error(StrEnum):
    PAYLOAD_TOO_LARGE = "PAYLOAD-TOO-LARGE"

    def __str__(self) -> str:
        return str(self.value)
