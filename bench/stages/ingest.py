"""Ingestion: postings per second through parse + store into a fresh database, then an unchanged reload."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench.stages.common import remove_database, unavailable
from bench.timing import peak_rss_mb


def count_files(folder: Path) -> int:
    """Return how many files ``folder`` holds."""
    return sum(1 for path in folder.iterdir() if path.is_file())


async def measure_ingest(postings_dir: Path, db_path: Path) -> dict[str, Any]:
    """Load ``postings_dir`` into a new database at ``db_path``; time it and the reload that follows."""
    missing = unavailable("bot.store", "bot.postings.parse")
    if missing:
        return missing
    from bot.store import Store

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
    """Bring the database up to date with ``postings_dir`` (files re-parsed if the parser changed)."""
    missing = unavailable("bot.store")
    if missing:
        return missing
    from bot.store import Store

    async with await Store.open(db_path) as store:
        report = await store.load_directory(postings_dir)
    return {"status": "ok", "outcomes": dict(Counter(str(outcome.status) for outcome in report.outcomes))}
