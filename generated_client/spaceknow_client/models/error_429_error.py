from enum import StrEnum


class Error429Error(StrEnum):
    TOO_MANY_REQUESTS = "TOO-MANY-REQUESTS"

    def __str__(self) -> str:
        return str(self.value)
