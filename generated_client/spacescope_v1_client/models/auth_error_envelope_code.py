from enum import IntEnum


class AuthErrorEnvelopeCode(IntEnum):
    VALUE_10011 = 10011
    VALUE_10012 = 10012

    def __str__(self) -> str:
        return str(self.value)
