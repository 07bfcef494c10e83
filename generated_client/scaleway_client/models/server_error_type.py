from enum import StrEnum


class ServerErrorType(StrEnum):
    API_ERROR = "api_error"

    def __str__(self) -> str:
        return str(self.value)
