from enum import StrEnum


class ServerActionAction(StrEnum):
    POWEROFF = "poweroff"
    POWERON = "poweron"
    REBOOT = "reboot"
    TERMINATE = "terminate"

    def __str__(self) -> str:
        return str(self.value)
