"""The command line: errors are one clear line, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.__main__ import cli

runner = CliRunner()


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.setenv("JOBBOT_DB_PATH", str(tmp_path / "jobbot.db"))
    monkeypatch.setenv("JOBBOT_TODAY", "2026-11-23")
    monkeypatch.chdir(tmp_path)


def test_help_lists_every_command() -> None:
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in ("run", "ask", "chat", "postings", "ingest", "parse"):
        assert command in result.output


def test_run_without_token_explains_how_to_get_one() -> None:
    result = runner.invoke(cli, ["run"])
    assert result.exit_code == 2
    assert "DISCORD_TOKEN" in result.output
    assert "Traceback" not in result.output


def test_wrong_setting_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOBBOT_TODAY", "not-a-date")
    result = runner.invoke(cli, ["postings"])
    assert result.exit_code == 2
    assert "JOBBOT_TODAY" in result.output
    assert "Traceback" not in result.output
