from enum import IntEnum


class ErrorEnvelopeCode(IntEnum):
    VALUE_10011 = 10011
    VALUE_10012 = 10012
    VALUE_30001 = 30001
    VALUE_30002 = 30002
    VALUE_30003 = 30003
    VALUE_30004 = 30004

    def __str__(self) -> str:
        return str(self.value)
