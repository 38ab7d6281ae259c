# generated from specs/egestor.yaml — do not edit
from enum import StrEnum


class AccessTokenRequestPersonalGrantType(StrEnum):
    PERSONAL = "personal"

    def __str__(self) -> str:
        return str(self.value)
