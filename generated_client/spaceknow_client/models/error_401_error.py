from enum import StrEnum


class Error401Error(StrEnum):
    INVALID_AUTHORIZATION_HEADER = "INVALID-AUTHORIZATION-HEADER"
    INVALID_JWT = "INVALID-JWT"
    NOT_AUTHORIZED = "NOT-AUTHORIZED"

    def __str__(self) -> str:
        return str(self.value)
