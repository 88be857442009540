"""The command line: errors are one clear line, never a traceback."""

from __future__ import annotations

import json
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
    for command in ("run", "ask", "chat", "postings", "ingest", "parse", "health"):
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


SHIPPED = Path(__file__).resolve().parent.parent / "knowledge" / "postings"
EXTRA = Path(__file__).resolve().parent / "data" / "postings"


def _json_lines(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_ask_answers_offline_from_the_shipped_postings() -> None:
    result = runner.invoke(cli, ["ask", "what does the mle intern pay?"])
    assert result.exit_code == 0, result.output
    assert "$45" in result.output


def test_ask_json_has_the_stable_keys() -> None:
    result = runner.invoke(cli, ["ask", "--json", "pay for the mle intern"])
    assert result.exit_code == 0, result.output
    [record] = _json_lines(result.output)
    assert set(record) == {"question", "intent", "postings", "text", "embeds"}
    assert record["intent"] == "pay"
    assert "$45 hourly" in str(record["text"])
    assert isinstance(record["embeds"], list) and record["embeds"]


def test_ask_stdin_keeps_one_context_and_each_drops_it() -> None:
    lines = "benefits for the mle intern\nand the pay?\n"
    together = _json_lines(runner.invoke(cli, ["ask", "-", "--json"], input=lines).output)
    assert [r["intent"] for r in together] == ["benefits", "pay"]
    assert together[0]["postings"] == together[1]["postings"]
    assert "$45" in str(together[1]["text"])

    apart = _json_lines(runner.invoke(cli, ["ask", "-", "--json", "--each"], input=lines).output)
    assert len(apart) == 2
    assert apart[1]["postings"] != apart[0]["postings"]  # no posting remembered: it covers all of them


def test_chat_answers_until_quit() -> None:
    result = runner.invoke(cli, ["chat", "--json"], input="pay for the mle intern\nand benefits?\nquit\n")
    assert result.exit_code == 0, result.output
    records = _json_lines(result.output)
    assert [r["intent"] for r in records] == ["pay", "benefits"]


def test_postings_lists_every_shipped_posting() -> None:
    result = runner.invoke(cli, ["postings", "--json"])
    assert result.exit_code == 0, result.output
    postings = json.loads(result.output)
    assert len(postings) == len(list(SHIPPED.glob("*.txt")))
    assert all({"id", "source", "title", "pay"} <= set(p) for p in postings)


def test_parse_reports_a_broken_file_and_still_parses_the_rest(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"")
    good = sorted(SHIPPED.glob("*.txt"))[0]
    result = runner.invoke(cli, ["parse", "--json", str(good), str(broken)])
    assert result.exit_code == 1
    assert "broken.txt" in result.output
    assert "Traceback" not in result.output


def test_ingest_reports_each_file(tmp_path: Path) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "bad.txt").write_bytes(b"\x00\x01binary")
    markdown = next(EXTRA.glob("*.md"))
    (folder / markdown.name).write_bytes(markdown.read_bytes())
    result = runner.invoke(cli, ["ingest", "--json", str(folder)])
    assert result.exit_code == 1  # one file failed; the other was still added
    outcomes = json.loads(result.output)
    statuses = {Path(o["path"]).name: o["status"] for o in outcomes}
    assert statuses == {"bad.txt": "failed", markdown.name: "added"}


def test_missing_knowledge_folder_is_one_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("JOBBOT_KNOWLEDGE_DIR", str(tmp_path / "nowhere"))
    result = runner.invoke(cli, ["ask", "pay?"])
    assert result.exit_code == 2
    assert "JOBBOT_KNOWLEDGE_DIR" in result.output
    assert "Traceback" not in result.output
