"""Settings: config/default.toml, overridden by a git-ignored .env, overridden by JOBBOT_* variables.

Built by ``get_settings()`` on demand, never at import time, so tests and the offline commands need no token.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from pydantic import AliasChoices, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHIPPED_KNOWLEDGE_DIR = PROJECT_ROOT / "knowledge"
DEFAULT_CONFIG_FILE = PROJECT_ROOT / "config" / "default.toml"


class SettingsError(Exception):
    """A setting has a wrong value; the message names it."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="JOBBOT_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
    )

    knowledge_dir: Path = SHIPPED_KNOWLEDGE_DIR
    db_path: str = "data/jobbot.db"
    today: dt.date | None = None
    guild_id: int | None = None
    discord_token: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("DISCORD_TOKEN", "JOBBOT_DISCORD_TOKEN")
    )
    max_posting_bytes: int = Field(default=1_000_000, gt=0)
    context_ttl_seconds: float = Field(default=900, ge=0)
    max_question_chars: int = Field(default=500, gt=0, le=4000)
    cooldown_rate: int = Field(default=5, gt=0)
    cooldown_seconds: float = Field(default=10.0, gt=0)
    # Discord lets a deferred reply be edited for 15 minutes: past 14 the admin could not be told.
    reload_timeout_seconds: float = Field(default=300.0, gt=0, le=840)
    log_level: str = "INFO"

    @field_validator("today", "guild_id", "discord_token", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("knowledge_dir", mode="before")
    @classmethod
    def _empty_is_shipped(cls, value: Any) -> Any:
        return SHIPPED_KNOWLEDGE_DIR if isinstance(value, str) and not value.strip() else value

    @field_validator("knowledge_dir")
    @classmethod
    def _holds_postings(cls, value: Path) -> Path:
        if not (value / "postings").is_dir():
            raise ValueError(f"must be a folder holding a postings/ folder; {value / 'postings'} is not one")
        return value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
        return level

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        config_file = Path(os.environ.get("JOBBOT_CONFIG_FILE") or DEFAULT_CONFIG_FILE)
        return (
            init_settings,
            env_settings,
            dotenv_settings,
            TomlConfigSettingsSource(settings_cls, toml_file=config_file),
        )

    def today_date(self) -> dt.date:
        """Return the pinned date if set, else the real one."""
        return self.today or dt.date.today()

    @property
    def knowledge_postings_dir(self) -> Path:
        return self.knowledge_dir / "postings"


_ENV_NAMES = {"discord_token": "DISCORD_TOKEN"}


def get_settings(**overrides: Any) -> Settings:
    """Build the settings, turning a validation failure into one message per wrong setting."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            name = str(error["loc"][0]) if error["loc"] else "?"
            env_name = _ENV_NAMES.get(name, f"JOBBOT_{name.upper()}")
            problems.append(f"{env_name}: {error['msg']} (got {error.get('input')!r})")
        raise SettingsError("invalid setting " + "; ".join(problems)) from None
