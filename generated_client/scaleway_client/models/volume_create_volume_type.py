from enum import StrEnum


class VolumeCreateVolumeType(StrEnum):
    L_SSD = "l_ssd"

    def __str__(self) -> str:
        return str(self.value)
