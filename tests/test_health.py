"""The heartbeat file and `jobbot health`, the container's probe: fresh is healthy, anything else says why."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from bot.__main__ import cli
from bot.health import Beat, HeartbeatError, check_health, heartbeat_path, read_beat, write_beat

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
runner = CliRunner()


def test_the_heartbeat_lives_beside_a_database_file_and_nowhere_for_memory() -> None:
    assert heartbeat_path("data/jobbot.db") == Path("data/jobbot.heartbeat")
    assert heartbeat_path("/data/jobbot.db") == Path("/data/jobbot.heartbeat")
    assert heartbeat_path(":memory:") is None


@given(
    at=st.datetimes(timezones=st.just(UTC)),
    servers=st.integers(min_value=0, max_value=10**6),
    latency_ms=st.floats(min_value=0, max_value=10**6) | st.just(-1.0),
)
def test_a_written_beat_reads_back(
    tmp_path_factory: pytest.TempPathFactory, at: datetime, servers: int, latency_ms: float
) -> None:
    path = tmp_path_factory.mktemp("beat") / "jobbot.heartbeat"
    write_beat(path, Beat(at=at, servers=servers, latency_ms=latency_ms))
    read = read_beat(path)
    assert (read.at, read.servers) == (at, servers)
    assert read.latency_ms == pytest.approx(latency_ms, abs=0.05)
    assert [p.name for p in path.parent.iterdir()] == ["jobbot.heartbeat"]  # no partial file left


def test_a_fresh_beat_is_healthy_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "jobbot.heartbeat"
    write_beat(path, Beat(at=NOW - timedelta(seconds=20), servers=3, latency_ms=41.6))
    report = check_health(path, max_age_seconds=120, now=NOW)
    assert report == "healthy: heartbeat 20 s ago, in 3 servers, latency 42 ms"
    write_beat(path, Beat(at=NOW, servers=1, latency_ms=-1.0))
    assert "latency not measured yet" in check_health(path, max_age_seconds=120, now=NOW)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "not running"),
        ('{"at": "2026-11-23T11:50:00+00:00", "servers": 1, "latency_ms": 5}', "600 s old"),
        ("not json", "not valid"),
        ('{"at": "2026-11-23T11:59:00+00:00"}', "not valid"),
        ('{"at": "2026-11-23T11:59:00", "servers": 1, "latency_ms": 5}', "no time zone"),
    ],
)
def test_a_missing_stale_or_broken_heartbeat_is_unhealthy(
    tmp_path: Path, content: str | None, reason: str
) -> None:
    path = tmp_path / "jobbot.heartbeat"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(HeartbeatError, match=reason):
        check_health(path, max_age_seconds=120, now=NOW)


def test_an_in_memory_database_keeps_no_heartbeat_to_check() -> None:
    with pytest.raises(HeartbeatError, match="in memory"):
        check_health(None, max_age_seconds=120, now=NOW)


def test_the_health_command_exits_0_on_a_fresh_beat_and_1_otherwise(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.setenv("JOBBOT_DB_PATH", str(tmp_path / "jobbot.db"))
    monkeypatch.chdir(tmp_path)

    missing = runner.invoke(cli, ["health"])
    assert missing.exit_code == 1 and "unhealthy: no heartbeat" in missing.output

    write_beat(tmp_path / "jobbot.heartbeat", Beat(at=datetime.now(UTC), servers=2, latency_ms=30))
    fresh = runner.invoke(cli, ["health"])
    assert fresh.exit_code == 0 and fresh.output.startswith("healthy: heartbeat")

    write_beat(
        tmp_path / "jobbot.heartbeat",
        Beat(at=datetime.now(UTC) - timedelta(minutes=5), servers=2, latency_ms=30),
    )
    stale = runner.invoke(cli, ["health", "--max-age", "60"])
    assert stale.exit_code == 1 and "the bot is stuck or offline" in stale.output
    assert "Traceback" not in stale.output
