# generated from specs/egestor.yaml — do not edit
from enum import StrEnum


class AccessTokenRequestRefreshTokenGrantType(StrEnum):
    REFRESH_TOKEN = "refresh_token"

    def __str__(self) -> str:
        return str(self.value)
