# generated from specs/egestor.yaml — do not edit
from enum import StrEnum


class AccessTokenRequestAuthorizationCodeGrantType(StrEnum):
    AUTHORIZATION_CODE = "authorization_code"

    def __str__(self) -> str:
        return str(self.value)
