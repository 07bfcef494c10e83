from enum import StrEnum


class Error404Error(StrEnum):
    NON_EXISTENT_ENDPOINT = "NON-EXISTENT-ENDPOINT"
    NON_EXISTENT_PIPELINE = "NON-EXISTENT-PIPELINE"
    NON_EXISTING_SCENE = "NON-EXISTING-SCENE"
    NO_VALID_BINDING = "NO-VALID-BINDING"

    def __str__(self) -> str:
        return str(self.value)
