"""Typed configuration from the environment (prefix ``HAVRE_``) or a ``.env`` file.

Every setting has a safe default except the Discord token, which only ``run`` needs. Invalid values stop
the bot at start-up with a message that names the setting and what is wrong (see ``load_settings``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.domain.resources import packaged

DISCORD_API_BASE = "https://discord.com/api/v10"
DISCORD_GATEWAY = "wss://gateway.discord.gg/"
DEV_SECRET = "havre-dev-secret-change-me"  # noqa: S105 - a marker for the unsafe default, not a secret


class ConfigError(Exception):
    """A configuration problem, with a message meant for the person starting the bot."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="HAVRE_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    token: SecretStr | None = Field(default=None, description="Discord bot token")
    data_dir: Path = Field(default=Path("data"), description="where the SQLite file and keys live")
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy async URL; default sqlite+aiosqlite:///<data_dir>/havre.sqlite3",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["json", "text"] = "text"
    discord_api_base: str = DISCORD_API_BASE
    discord_gateway_url: str = DISCORD_GATEWAY
    detoxify_model: str = Field(
        default="multilingual",
        description="original | unbiased | multilingual | original-small | unbiased-small | checkpoint path",
    )
    detoxify_config_dir: Path | None = Field(
        default=None, description="Hugging Face config/tokenizer folder for an offline checkpoint"
    )
    detoxify_engine: Literal["torch", "torch-int8", "onnx", "onnx-int8"] = Field(
        default="onnx-int8",
        description="inference engine; int8 engines fall back to float if scores drift past a tolerance",
    )
    model_enabled: bool = True
    pseudonym_secret: SecretStr = SecretStr(DEV_SECRET)
    master_key: SecretStr = SecretStr(DEV_SECRET)
    signing_key_path: Path | None = Field(default=None, description="Ed25519 key; default <data_dir>/keys/")
    shard_ids: Annotated[tuple[int, ...] | None, NoDecode] = None
    shard_count: int | None = Field(default=None, ge=1)
    policy: str = Field(default="patient", description="preset name or path of the default policy")
    policies_dir: Path = Field(
        default_factory=lambda: packaged("policies"),
        description="presets, samples and knowledge base; default: the ones shipped inside the package",
    )
    sync_commands: bool = True
    db_pool_size: int = Field(default=5, ge=1, le=100)
    db_max_overflow: int = Field(default=10, ge=0, le=100)
    web_enabled: bool = Field(default=True, description="serve the dashboard with the bot")
    web_host: str = Field(default="127.0.0.1", description="the dashboard's address (local by default)")
    web_port: int = Field(default=8765, ge=0, le=65535, description="the dashboard's port (0: any free one)")
    web_public_url: str | None = Field(
        default=None,
        description="the dashboard's address as browsers reach it (https://… behind a proxy); "
        "default http://<web_host>:<web_port>; the OAuth2 redirect is <this>/auth/callback",
    )
    oauth_client_id: str | None = Field(
        default=None, description="the Discord application's id (default: asked of Discord with the token)"
    )
    oauth_client_secret: SecretStr | None = Field(
        default=None, description="the Discord application's OAuth2 secret (the dashboard's login)"
    )
    unsafe_debug_libraries: bool = Field(
        default=False,
        description="let discord.py, aiosqlite and SQLAlchemy log at DEBUG: their payloads and query "
        "parameters carry members' messages; for a developer's own test server only",
    )

    @field_validator("shard_ids", mode="before")
    @classmethod
    def _parse_shards(cls, value: object) -> object:
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:
                return tuple(int(part) for part in value.replace(" ", "").split(",") if part)
            except ValueError as exc:
                raise ValueError("must be a comma-separated list of shard numbers, e.g. 0,1") from exc
        return value

    @field_validator("discord_api_base", "discord_gateway_url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://", "ws://", "wss://")):
            raise ValueError("must be a http(s):// or ws(s):// URL")
        return value.rstrip("/") if value.startswith("http") else value

    @field_validator("database_url")
    @classmethod
    def _db_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if value.startswith(("postgresql://", "postgres://")):
            return "postgresql+asyncpg://" + value.split("://", 1)[1]
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError(
                "must start with sqlite+aiosqlite:// or postgresql+asyncpg:// (or postgresql://)"
            )
        return value

    @model_validator(mode="after")
    def _shards(self) -> Settings:
        if self.shard_ids and self.shard_count is None:
            raise ValueError("HAVRE_SHARD_COUNT must be set when HAVRE_SHARD_IDS is set")
        if self.shard_ids and self.shard_count and max(self.shard_ids) >= self.shard_count:
            raise ValueError("every shard id must be smaller than HAVRE_SHARD_COUNT")
        return self

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'havre.sqlite3').as_posix()}"

    @property
    def is_sqlite(self) -> bool:
        return self.effective_database_url.startswith("sqlite")

    @property
    def effective_signing_key_path(self) -> Path:
        return self.signing_key_path or self.data_dir / "keys" / "governance-ed25519.pem"

    @property
    def uses_dev_secrets(self) -> bool:
        return bool(self.default_secret_names)

    @property
    def default_secret_names(self) -> tuple[str, ...]:
        """The secrets still set to the public development default (fine for the sandbox and tests)."""
        pairs = (("HAVRE_PSEUDONYM_SECRET", self.pseudonym_secret), ("HAVRE_MASTER_KEY", self.master_key))
        return tuple(name for name, value in pairs if DEV_SECRET in value.get_secret_value())


def describe_validation_error(exc: ValidationError) -> str:
    lines = ["Havre cannot start: the configuration is invalid."]
    for err in exc.errors():
        loc = ".".join(str(part) for part in err["loc"]) or "(settings)"
        name = f"HAVRE_{loc.upper()}" if err["loc"] else "settings"
        lines.append(f"  - {name}: {err['msg']}")
    lines.append("Set these in the environment or in a .env file (see README.md, 'Configuration').")
    return "\n".join(lines)


def load_settings(**overrides: object) -> Settings:
    """Read the settings; raise ConfigError with a readable message when one is invalid."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise ConfigError(describe_validation_error(exc)) from exc


HOW_TO_CONNECT = """\
Havre needs a Discord bot token to connect to Discord, and none is set.

  To get one: open https://discord.com/developers/applications, create an application, open "Bot",
  press "Reset Token", and copy it. Then start Havre with:

      HAVRE_TOKEN=your-token-here ./run.sh

  (or put HAVRE_TOKEN=... in a .env file next to README.md; never commit it.)

  To try Havre without a token, run the local sandbox: a Discord emulator with a seeded server,
  a scripted scenario and an interactive mode:

      .venv/bin/python -m bot sandbox
"""


DEFAULT_SECRETS_REFUSED = """\
Havre will not connect to Discord with the public default value of {names}.
Anyone who has read Havre's source code knows it: with it, pseudonyms in the governance log can be
reversed and sealed member texts can be read from a copy of the database.

  Make fresh secrets once, keep them in the .env file next to README.md (never commit it):

      .venv/bin/havre secrets new >> .env

  and keep a copy of that file apart from the database (a password manager): losing HAVRE_MASTER_KEY
  makes every sealed text unreadable. See docs/SECURITY.md, "Secrets".

  The sandbox and the tests keep the defaults: .venv/bin/python -m bot sandbox
"""
