"""Access tokens and the thread-safe cache that holds the current one."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from erp_adapters.secrets import Secret

Clock = Callable[[], float]


@dataclass(frozen=True)
class Token:
    """An access token as returned by a vendor's login or token endpoint.

    Attributes:
        access: the value sent with each request.
        expires_at: when it stops being valid, on the cache's clock (``None``: unknown/never).
        refresh: the refresh token issued with it, if any (OAuth2).
        extra: other fields of the token response (scopes, token type, ...), for token stores.

    """

    access: Secret
    expires_at: float | None = None
    refresh: Secret | None = None
    extra: dict[str, object] = field(default_factory=dict, compare=False)

    @classmethod
    def issued(
        cls,
        access: str,
        lifetime: float | None,
        *,
        refresh: str | None = None,
        clock: Clock = time.monotonic,
        extra: dict[str, object] | None = None,
    ) -> Token:
        """A token received now that lives ``lifetime`` seconds (``None``: unknown)."""
        return cls(
            access=Secret(access),
            expires_at=None if lifetime is None else clock() + lifetime,
            refresh=Secret(refresh) if refresh else None,
            extra=extra or {},
        )


class TokenCache:
    """Holds the current token and says whether it is still good to send.

    A token counts as stale ``margin`` seconds before it expires, so that it is renewed before
    the server starts refusing it. All methods are thread-safe; single-flight renewal (one login
    however many requests are waiting) is the job of :class:`erp_adapters.auth.TokenAuth`.
    """

    def __init__(self, *, margin: float = 60.0, clock: Clock = time.monotonic) -> None:
        self.margin = margin
        self.clock = clock
        self._lock = threading.Lock()
        self._token: Token | None = None

    def fresh(self) -> Token | None:
        """The current token if it is not within ``margin`` of expiring, else ``None``."""
        with self._lock:
            token = self._token
        if token is None:
            return None
        if token.expires_at is not None and self.clock() >= token.expires_at - self.margin:
            return None
        return token

    def latest(self) -> Token | None:
        """The current token even if stale (e.g. to reuse its refresh token)."""
        with self._lock:
            return self._token

    def store(self, token: Token) -> None:
        """Make ``token`` the current one."""
        with self._lock:
            self._token = token

    def discard(self, token: Token) -> None:
        """Forget ``token`` if it is still the current one (it was refused by the server)."""
        with self._lock:
            if self._token is token:
                self._token = Token(access=token.access, expires_at=float("-inf"), refresh=token.refresh)
