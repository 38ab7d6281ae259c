# generated from specs/gks4.yaml — do not edit
from enum import StrEnum


class LanguageCode(StrEnum):
    EN = "en"
    NO = "no"
    SV = "sv"

    def __str__(self) -> str:
        return str(self.value)
