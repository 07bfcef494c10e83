from enum import StrEnum


class AuthErrorType(StrEnum):
    INVALID_AUTH = "invalid_auth"

    def __str__(self) -> str:
        return str(self.value)
