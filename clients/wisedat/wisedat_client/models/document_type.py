# generated from specs/wisedat.yaml — do not edit
from enum import IntEnum


class DocumentType(IntEnum):
    QUOTATION_REQUEST = 0
    QUOTATION = 1
    ORDER = 2
    STOCK_TRANSFER = 3
    FINANCIAL = 4

    def __str__(self) -> str:
        return str(self.value)
