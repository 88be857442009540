"""Settings: defaults from config/default.toml, .env and JOBBOT_* overrides, clear errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.settings import SHIPPED_KNOWLEDGE_DIR, SettingsError, get_settings


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("DISCORD_TOKEN", "JOBBOT_TODAY", "JOBBOT_DB_PATH", "JOBBOT_GUILD_ID", "JOBBOT_CONFIG_FILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env from the working tree


def test_defaults_come_from_the_shipped_config() -> None:
    settings = get_settings()
    assert settings.knowledge_dir == SHIPPED_KNOWLEDGE_DIR
    assert settings.knowledge_postings_dir.is_dir()
    assert settings.db_path == "data/jobbot.db"
    assert settings.today is None
    assert settings.guild_id is None
    assert settings.discord_token is None
    assert settings.today_date() == dt.date.today()


def test_environment_overrides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOBBOT_TODAY", "2026-11-23")
    monkeypatch.setenv("JOBBOT_DB_PATH", ":memory:")
    monkeypatch.setenv("JOBBOT_GUILD_ID", "123456789012345678")
    monkeypatch.setenv("DISCORD_TOKEN", "abc.def")
    settings = get_settings()
    assert settings.today_date() == dt.date(2026, 11, 23)
    assert settings.db_path == ":memory:"
    assert settings.guild_id == 123456789012345678
    assert settings.discord_token is not None
    assert settings.discord_token.get_secret_value() == "abc.def"
    assert "abc.def" not in repr(settings)


def test_dotenv_file_is_read(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("JOBBOT_TODAY=2026-01-02\nDISCORD_TOKEN=from-dotenv\n")
    settings = get_settings()
    assert settings.today == dt.date(2026, 1, 2)
    assert settings.discord_token is not None


def test_wrong_value_names_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOBBOT_TODAY", "yesterday-ish")
    with pytest.raises(SettingsError, match="JOBBOT_TODAY"):
        get_settings()


def test_wrong_log_level_names_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOBBOT_LOG_LEVEL", "LOUD")
    with pytest.raises(SettingsError, match="JOBBOT_LOG_LEVEL"):
        get_settings()


def test_other_config_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    config = tmp_path / "other.toml"
    config.write_text('db_path = "elsewhere.db"\ncooldown_rate = 2\n')
    monkeypatch.setenv("JOBBOT_CONFIG_FILE", str(config))
    settings = get_settings()
    assert settings.db_path == "elsewhere.db"
    assert settings.cooldown_rate == 2


def test_missing_knowledge_folder_names_the_setting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("JOBBOT_KNOWLEDGE_DIR", str(tmp_path / "nowhere"))
    with pytest.raises(SettingsError, match="JOBBOT_KNOWLEDGE_DIR"):
        get_settings()


def test_reload_timeout_defaults_to_five_minutes_and_can_be_set(monkeypatch: pytest.MonkeyPatch) -> None:
    assert get_settings().reload_timeout_seconds == 300
    monkeypatch.setenv("JOBBOT_RELOAD_TIMEOUT_SECONDS", "42.5")
    assert get_settings().reload_timeout_seconds == 42.5


@pytest.mark.parametrize("value", ["0", "-1", "841", "soon"])
def test_a_reload_timeout_out_of_range_names_the_setting(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("JOBBOT_RELOAD_TIMEOUT_SECONDS", value)
    with pytest.raises(SettingsError, match="JOBBOT_RELOAD_TIMEOUT_SECONDS"):
        get_settings()
