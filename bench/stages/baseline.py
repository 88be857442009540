"""The BM25 baseline on the same postings and the same question mix as the engine."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.baseline_bm25 import ParagraphBM25
from bench.stages.common import unavailable
from bench.stages.serve import time_calls, timed_rounds
from bench.timing import peak_rss_mb, summarize_ms


def is_file(path: Path) -> bool:
    """Return whether ``path`` is an existing file."""
    return path.is_file()


def raw_texts(postings_dir: Path) -> list[tuple[str, str]]:
    """Return (file name, raw contents) of every file in ``postings_dir``, for when no parser exists."""
    return [(path.name, path.read_text(encoding="utf-8")) for path in sorted(postings_dir.iterdir())]


async def posting_texts(db_path: Path, postings_dir: Path) -> list[tuple[str, str]]:
    """Return (file name, plain text) of every posting: from the store when it exists, else raw files."""
    if unavailable("bot.store") is None and is_file(db_path):
        from bot.store import Store

        async with await Store.open(db_path) as store:
            postings = await store.all_postings()
        if postings:
            return [(Path(posting.source).name, posting.text) for posting in postings]
    return raw_texts(postings_dir)


async def measure_baseline(
    postings_dir: Path, db_path: Path, rows: Sequence[dict[str, Any]], *, seed: int, rounds: int
) -> dict[str, Any]:
    """Index every paragraph with BM25 and time best-paragraph answers to the timed question mix."""
    texts = await posting_texts(db_path, postings_dir)
    started = time.perf_counter()
    bm25 = ParagraphBM25(texts)
    build_seconds = time.perf_counter() - started
    seconds, _ = time_calls(timed_rounds(rows, seed, rounds), lambda q: bm25.best(q.text))
    return {
        "status": "ok",
        "postings": len(texts),
        "paragraphs": len(bm25.paragraphs),
        "build_seconds": build_seconds,
        "answer": summarize_ms(seconds),
        "peak_rss_mb": peak_rss_mb(),
    }
