# generated from specs/egestor.yaml — do not edit
from enum import IntEnum


class IndicadorIE(IntEnum):
    CONTRIBUINTE = 1
    ISENTO = 2
    NAO_CONTRIBUINTE = 9

    def __str__(self) -> str:
        return str(self.value)
