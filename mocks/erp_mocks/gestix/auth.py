"""The server side of Gestix auth: API token -> session token, user login, and the nonce rule.

* ``GET /helo`` with ``Authorization: Bearer <API token>`` issues a session token (``xa-token``)
  for the account named in the URL; ``POST /auth`` does the same for a username and password.
* A session token works only for the account it was issued for, until it expires or the test
  control ``POST /_mock/expire-sessions`` drops every session.
* Every POST and PUT must carry ``nonce``: a positive integer greater than the last one accepted
  for that account. Anything else is refused before the request is processed, so a refused write
  changed nothing.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Credentials:
    """The API token of the accounts and one end user's login (the mock shares them across accounts)."""

    api_token: str
    username: str
    password: str


@dataclass
class NonceLedger:
    """The nonce state of one account."""

    last: int = 0
    accepted: int = 0
    refused: Counter[str] = field(default_factory=Counter)


class GestixAuthority:
    """Issues and checks session tokens and nonces for a set of accounts."""

    def __init__(
        self,
        credentials: Credentials,
        accounts: Iterable[str],
        *,
        session_lifetime: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.credentials = credentials
        self.accounts = frozenset(accounts)
        self.session_lifetime = session_lifetime
        self.clock = clock
        self.nonces = {account: NonceLedger() for account in self.accounts}
        self.sessions_issued = 0
        self._sessions: dict[str, tuple[str, float]] = {}
        self._lock = threading.Lock()

    def _issue(self, account: str) -> str:
        token = secrets.token_urlsafe(36)
        with self._lock:
            self._sessions[token] = (account, self.clock() + self.session_lifetime)
            self.sessions_issued += 1
        return token

    def api_token_valid(self, account: str, authorization: str | None) -> bool:
        """Whether ``authorization`` is ``Bearer <API token>`` for a known account."""
        return account in self.accounts and authorization == f"Bearer {self.credentials.api_token}"

    def helo(self, account: str, authorization: str | None) -> str | None:
        """A new session token if ``authorization`` is ``Bearer <API token>``, else None."""
        return self._issue(account) if self.api_token_valid(account, authorization) else None

    def login(self, account: str, username: str, password: str) -> str | None:
        """A new session token if the user's credentials match, else None."""
        expected = self.credentials
        if account not in self.accounts or (username, password) != (expected.username, expected.password):
            return None
        return self._issue(account)

    def session_valid(self, account: str, authorization: str | None) -> bool:
        """Whether ``authorization`` is ``Bearer <xa-token>`` of a live session of ``account``."""
        if not authorization or not authorization.startswith("Bearer "):
            return False
        with self._lock:
            session = self._sessions.get(authorization[len("Bearer ") :])
        return session is not None and session[0] == account and self.clock() < session[1]

    def expire_sessions(self) -> int:
        """Drop every session (as a server restart or a revoked API token would); returns how many."""
        with self._lock:
            dropped = len(self._sessions)
            self._sessions.clear()
        return dropped

    def check_nonce(self, account: str, raw: str | None) -> str | None:
        """Accept and record ``raw`` as the account's newest nonce; else return the refusal code."""
        ledger = self.nonces.get(account)
        if ledger is None:
            return "unknown_account"
        value = _positive_integer(raw)
        with self._lock:
            if value is None:
                code = "nonce_missing" if not raw else "nonce_invalid"
            elif value <= ledger.last:
                code = "nonce_not_increasing"
            else:
                ledger.last = value
                ledger.accepted += 1
                return None
            ledger.refused[code] += 1
        return code


def _positive_integer(raw: str | None) -> int | None:
    """``raw`` as a positive integer of at most 19 digits (a signed 64-bit value), else None."""
    if not raw or len(raw) > 19 or not raw.isascii() or not raw.isdigit():
        return None
    value = int(raw)
    return value if value > 0 else None
