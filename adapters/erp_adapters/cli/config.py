"""Where ``erp`` finds a vendor's settings and credentials: environment variables, then a config file.

The config file is TOML, one table per vendor (``~/.config/erp/config.toml``, or ``$ERP_CONFIG``,
or ``--config FILE``)::

    [egestor]
    base_url = "https://api.egestor.com.br/api/v1"
    client_id = "..."
    client_secret = "..."
    redirect_uri = "http://127.0.0.1:8765/callback"
    token_file = "~/.config/erp/egestor-token.json"

An environment variable ``ERP_<VENDOR>_<KEY>`` (``ERP_EGESTOR_CLIENT_SECRET``) wins over the
file. Credentials never come from the command line, where they would land in the shell history.
A config file that holds a secret must not be readable by group or others: ``erp`` refuses it.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from erp_adapters.errors import ERPError

VENDORS = ("wisedat", "egestor", "gestix", "gks4", "quickstart")
"""The vendors ``erp`` knows, as written on the command line."""

SECRET_KEYS = frozenset({"client_secret", "api_key", "password", "api_token", "personal_token"})
"""Settings that are credentials: masked, never printed, and a reason to refuse a readable file."""

KEYS: Mapping[str, tuple[str, ...]] = {
    "wisedat": ("base_url", "api_key", "user", "password"),
    "egestor": (
        "base_url",
        "client_id",
        "client_secret",
        "personal_token",
        "redirect_uri",
        "authorize_url",
        "token_url",
        "token_file",
    ),
    "gestix": ("account", "server", "api_token", "nonce_dir"),
    "gks4": ("base_url", "client_id", "client_secret", "token_url", "scope"),
    "quickstart": (
        "base_url",
        "client_id",
        "client_secret",
        "redirect_uri",
        "authorize_url",
        "token_url",
        "token_file",
    ),
}
"""The settings each vendor reads (the names of its table's keys and of the ``ERP_<VENDOR>_<KEY>`` variables)."""


class ConfigError(ERPError):
    """The settings are missing, unreadable or unsafe (the message names keys, never values)."""


@dataclass(frozen=True)
class Settings:
    """One vendor's settings, merged from the config file and the environment."""

    vendor: str
    values: Mapping[str, str]

    def get(self, key: str) -> str | None:
        """The setting ``key``, or None."""
        return self.values.get(key) or None

    def require(self, key: str) -> str:
        """The setting ``key``; :class:`ConfigError` naming the variable and table key when it is missing."""
        value = self.get(key)
        if value is None:
            raise ConfigError(
                f"{self.vendor}: set {env_name(self.vendor, key)}, "
                f"or {key!r} in the [{self.vendor}] table of the config file"
            )
        return value

    def __repr__(self) -> str:
        shown = {k: "********" if k in SECRET_KEYS else v for k, v in self.values.items()}
        return f"Settings({self.vendor!r}, {shown})"


def env_name(vendor: str, key: str) -> str:
    """The environment variable of a setting: ``ERP_EGESTOR_CLIENT_SECRET``."""
    return f"ERP_{vendor.upper()}_{key.upper()}"


def default_path(environ: Mapping[str, str]) -> Path:
    """``$ERP_CONFIG``, else ``$XDG_CONFIG_HOME/erp/config.toml`` (``~/.config/erp/config.toml``)."""
    if environ.get("ERP_CONFIG"):
        return Path(environ["ERP_CONFIG"]).expanduser()
    base = Path(environ["XDG_CONFIG_HOME"]) if environ.get("XDG_CONFIG_HOME") else Path.home() / ".config"
    return base / "erp" / "config.toml"


def _read_file(path: Path, *, explicit: bool) -> dict[str, object]:
    """The parsed config file; {} when the default file does not exist."""
    try:
        raw = path.read_bytes()
        mode = path.stat().st_mode
    except FileNotFoundError:
        if explicit:
            raise ConfigError(f"config file {str(path)!r} does not exist") from None
        return {}
    except OSError as exc:
        raise ConfigError(f"config file {str(path)!r} cannot be read ({type(exc).__name__})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        # The parser's message can quote a line of the file, which may hold a secret: give only its position.
        position = re.search(r"at line \d+, column \d+", str(exc))
        where = f" ({position.group(0)})" if position else ""
        raise ConfigError(f"config file {str(path)!r} is not valid TOML{where}") from None
    if _holds_secret(data) and mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(
            f"config file {str(path)!r} holds credentials but is readable by others (mode {stat.S_IMODE(mode):o}); "
            f"run: chmod 600 {path}"
        )
    return data


def _holds_secret(data: Mapping[str, object]) -> bool:
    return any(isinstance(table, dict) and SECRET_KEYS & table.keys() for table in data.values())


def load(vendor: str, *, path: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """``vendor``'s settings: the environment over the ``[vendor]`` table of the config file."""
    env = os.environ if environ is None else environ
    data = _read_file(path if path is not None else default_path(env), explicit=path is not None)
    table = data.get(vendor, {})
    if not isinstance(table, dict):
        raise ConfigError(f"config file: [{vendor}] must be a table")
    values: dict[str, str] = {}
    for key in KEYS[vendor]:
        if key in table:
            if not isinstance(table[key], str | int):
                raise ConfigError(f"config file: [{vendor}] {key} must be a string")
            values[key] = str(table[key])
        if env.get(env_name(vendor, key)):
            values[key] = env[env_name(vendor, key)]
    return Settings(vendor, values)
