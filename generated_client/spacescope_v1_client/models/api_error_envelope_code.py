from enum import IntEnum


class ApiErrorEnvelopeCode(IntEnum):
    VALUE_30001 = 30001
    VALUE_30002 = 30002
    VALUE_30003 = 30003
    VALUE_30004 = 30004

    def __str__(self) -> str:
        return str(self.value)
