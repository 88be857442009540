"""Ingestion: postings per second through parse + store into a fresh database, then an unchanged reload."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench.stages.common import build_engine, remove_database, unavailable
from bench.timing import peak_rss_mb


def count_files(folder: Path) -> int:
    """Return how many files ``folder`` holds."""
    return sum(1 for path in folder.iterdir() if path.is_file())


async def measure_ingest(postings_dir: Path, db_path: Path, *, one_process: bool = False) -> dict[str, Any]:
    """Load ``postings_dir`` into a new database at ``db_path``; time it and the reload that follows.

    ``one_process``: parse in one thread of this process whatever the file count, the simplest load,
    as the baseline the store's worker processes are compared with in the same run.
    """
    missing = unavailable("bot.store", "bot.postings.parse")
    if missing:
        return missing
    import bot.store
    from bot.store import Store

    if one_process:  # the threshold the store compares a load's file count with, out of reach
        vars(bot.store)["PARALLEL_THRESHOLD"] = 2**62

    remove_database(db_path)
    files = count_files(postings_dir)
    async with await Store.open(db_path) as store:
        started = time.perf_counter()
        first = await store.load_directory(postings_dir)
        load_seconds = time.perf_counter() - started
        started = time.perf_counter()
        second = await store.load_directory(postings_dir)
        reload_seconds = time.perf_counter() - started
        stored = await store.count()
    statuses = Counter(str(outcome.status) for outcome in first.outcomes)
    failures = [f"{Path(o.path).name}: {o.error}" for o in first.outcomes if str(o.status) == "failed"]
    return {
        "status": "ok",
        "files": files,
        "stored": stored,
        "outcomes": dict(statuses),
        "failures_sample": failures[:5],
        "load_seconds": load_seconds,
        "postings_per_second": files / load_seconds if load_seconds else 0.0,
        "reload_unchanged_seconds": reload_seconds,
        "reload_outcomes": dict(Counter(str(outcome.status) for outcome in second.outcomes)),
        "peak_rss_mb": peak_rss_mb(),
    }


async def sync_directory(postings_dir: Path, db_path: Path) -> dict[str, Any]:
    """Sync the database with ``postings_dir`` (re-parsing if the parser changed); time start-up steps."""
    missing = unavailable("bot.store")
    if missing:
        return missing
    from bot.store import Store

    async with await Store.open(db_path) as store:
        report = await store.load_directory(postings_dir)
    result: dict[str, Any] = {
        "status": "ok",
        "outcomes": dict(Counter(str(outcome.status) for outcome in report.outcomes)),
    }
    if unavailable("bot.answers.engine") is None:
        result["startup_steps"] = await _startup_steps(postings_dir, db_path)
    return result


async def _startup_steps(postings_dir: Path, db_path: Path) -> dict[str, float]:
    """Time each step of start-up on the synced database, to show which one dominates."""
    from bot.store import Store

    started = time.perf_counter()
    async with await Store.open(db_path) as store:
        opened = time.perf_counter()
        await store.load_directory(postings_dir)
        reloaded = time.perf_counter()
        postings = await store.all_postings()
        listed = time.perf_counter()
    build_engine(postings, postings_dir.parent)
    built = time.perf_counter()
    return {
        "open_seconds": opened - started,
        "reload_seconds": reloaded - opened,
        "all_postings_seconds": listed - reloaded,
        "engine_build_seconds": built - listed,
    }
