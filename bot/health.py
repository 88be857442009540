"""The heartbeat file a running bot keeps fresh, and the check a container's health probe runs on it.

A probe that opened the store and loaded the postings would test the files, not the bot, and cost a
full load every minute on a large folder. The heartbeat says the bot itself is up and connected to
Discord, and costs the probe one small file read. It lives beside the database, on the volume the bot
already writes to.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

# How often a connected bot refreshes its heartbeat, and how old one may be before the bot counts as down.
BEAT_SECONDS = 30.0
DEFAULT_MAX_AGE_SECONDS = 120.0
IN_MEMORY = ":memory:"


class HeartbeatError(Exception):
    """The heartbeat cannot be read: the message says why, for the probe's output."""


class Beat(NamedTuple):
    """One heartbeat: when, how many servers the bot was in, and its gateway latency (-1: not yet known)."""

    at: datetime
    servers: int
    latency_ms: float


def heartbeat_path(db_path: str) -> Path | None:
    """Return where the bot using this database writes its heartbeat; None for an in-memory database."""
    if db_path == IN_MEMORY:
        return None
    return Path(db_path).with_suffix(".heartbeat")


def write_beat(path: Path, beat: Beat) -> None:
    """Write the heartbeat whole: a probe reading at the same moment sees the old one or the new one."""
    record = {"at": beat.at.isoformat(), "servers": beat.servers, "latency_ms": round(beat.latency_ms, 1)}
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    partial.write_text(json.dumps(record), encoding="utf-8")
    partial.replace(path)


def read_beat(path: Path) -> Beat:
    """Read a heartbeat file, or raise HeartbeatError saying what is wrong with it."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        at = datetime.fromisoformat(record["at"])
        beat = Beat(at=at, servers=int(record["servers"]), latency_ms=float(record["latency_ms"]))
    except FileNotFoundError:
        raise HeartbeatError(f"no heartbeat at {path}: the bot is not running or not connected yet") from None
    except OSError as exc:
        raise HeartbeatError(f"cannot read the heartbeat at {path}: {exc.strerror or exc}") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise HeartbeatError(f"the heartbeat at {path} is not valid: {exc}") from None
    if at.tzinfo is None:
        raise HeartbeatError(f"the heartbeat at {path} has no time zone")
    return beat


def check_health(path: Path | None, *, max_age_seconds: float, now: datetime | None = None) -> str:
    """Return a one-line report when the heartbeat is fresh; raise HeartbeatError when it is not."""
    if path is None:
        raise HeartbeatError("the database is in memory (JOBBOT_DB_PATH=:memory:), so no heartbeat is kept")
    beat = read_beat(path)
    age = ((now or datetime.now(UTC)) - beat.at).total_seconds()
    if age > max_age_seconds:
        raise HeartbeatError(
            f"the last heartbeat is {age:.0f} s old (limit {max_age_seconds:.0f} s):"
            " the bot is stuck or offline"
        )
    latency = f"{beat.latency_ms:.0f} ms" if beat.latency_ms >= 0 else "not measured yet"
    return f"healthy: heartbeat {max(age, 0):.0f} s ago, in {beat.servers} servers, latency {latency}"
