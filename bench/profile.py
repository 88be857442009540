"""Find where the time goes when a target is missed: cProfile over one stage, plus the slowest questions.

    python -m bench.profile answer --corpus bench/results/corpus-10000-seed20260302
    python -m bench.profile startup --corpus ...
    python -m bench.profile parse --corpus ... [--limit 2000]
    python -m bench.profile store --corpus ... [--limit 2000]

``answer`` and ``startup`` use the corpus's database (``bench.db``, left by ``bench.run``); ``parse`` runs
the parser alone on the main thread (the store parses in a worker thread, which cProfile does not see);
``store`` runs the store's own prepare (hash + parse) and write steps one after the other on the main
thread, into a fresh temporary database, timing each.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import pstats
import time
from pathlib import Path
from typing import Any

from bench.generate import POSTINGS_DIR_NAME
from bench.stages.common import build_engine
from bench.stages.serve import time_calls, timed_rounds
from bench.worker import read_manifest


async def _postings(corpus: Path) -> list[Any]:
    from bot.store import Store

    async with await Store.open(corpus / "bench.db") as store:
        await store.load_directory(corpus / POSTINGS_DIR_NAME)
        return await store.all_postings()


def _print_stats(profile: cProfile.Profile, top: int) -> None:
    stats = pstats.Stats(profile)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(r"/bot/", top)


def profile_answer(corpus: Path, top: int, rounds: int) -> None:
    """Profile answering the timed mix, then list the slowest questions."""
    engine = build_engine(asyncio.run(_postings(corpus)), corpus)
    mixes = timed_rounds(read_manifest(corpus), 1, rounds)
    profile = cProfile.Profile()
    profile.enable()
    time_calls(mixes, lambda q: engine.answer(q.text, "p-" + q.user))
    profile.disable()
    _print_stats(profile, top)
    slowest: list[tuple[float, str, str]] = []
    for mix in timed_rounds(read_manifest(corpus), 1, rounds):
        for question in mix:
            started = time.perf_counter()
            engine.answer(question.text, "s-" + question.user)
            slowest.append((time.perf_counter() - started, question.kind, question.text))
    for seconds, kind, text in sorted(slowest, reverse=True)[:top]:
        print(f"{seconds * 1000:9.2f} ms  {kind:24} {text[:110]}")


def profile_startup(corpus: Path, top: int) -> None:
    """Profile reading every posting from the store and building the engine."""
    profile = cProfile.Profile()
    profile.enable()
    build_engine(asyncio.run(_postings(corpus)), corpus)
    profile.disable()
    _print_stats(profile, top)


def profile_parse(corpus: Path, top: int, limit: int) -> None:
    """Profile the parser alone over the corpus files and print its rate."""
    from bot.postings.parse import parse_file

    paths = sorted((corpus / POSTINGS_DIR_NAME).iterdir())[:limit]
    profile = cProfile.Profile()
    started = time.perf_counter()
    profile.enable()
    for path in paths:
        parse_file(path)
    profile.disable()
    elapsed = time.perf_counter() - started
    _print_stats(profile, top)
    print(f"parsed {len(paths)} files in {elapsed:.2f} s under the profiler ({len(paths) / elapsed:.0f}/s)")


def profile_store(corpus: Path, top: int, limit: int) -> None:
    """Profile the store's prepare and write steps on the main thread, timing each."""
    import sqlite3
    import tempfile
    from datetime import UTC, datetime

    from bot.storage import schema
    from bot.storage.fingerprint import code_fingerprint
    from bot.storage.prepare import prepare_batch
    from bot.storage.writes import write_prepared

    paths = sorted((corpus / POSTINGS_DIR_NAME).iterdir())[:limit]
    with tempfile.TemporaryDirectory() as folder:
        conn = sqlite3.connect(Path(folder) / "profile.db", isolation_level=None)
        schema.configure(conn, file_backed=True)
        schema.migrate(conn)
        profile = cProfile.Profile()
        profile.enable()
        started = time.perf_counter()
        prepared = prepare_batch(paths, {}, fingerprint=code_fingerprint(), max_bytes=1_000_000)
        parsed = time.perf_counter()
        write_prepared(conn, items=prepared, ingested_at=datetime.now(UTC))
        written = time.perf_counter()
        profile.disable()
        conn.close()
    _print_stats(profile, top)
    count = len(paths)
    print(f"prepare (read, hash, parse): {(parsed - started) / count * 1000:.2f} ms/file under the profiler")
    print(f"write (one transaction each): {(written - parsed) / count * 1000:.2f} ms/file under the profiler")


def main(argv: list[str] | None = None) -> None:
    """Parse arguments and profile the chosen stage."""
    parser = argparse.ArgumentParser(description="Profile one benchmark stage.")
    parser.add_argument("stage", choices=("answer", "startup", "parse", "store"))
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--limit", type=int, default=2000, help="files parsed by the parse stage")
    args = parser.parse_args(argv)
    if args.stage == "answer":
        profile_answer(args.corpus, args.top, args.rounds)
    elif args.stage == "startup":
        profile_startup(args.corpus, args.top)
    elif args.stage == "parse":
        profile_parse(args.corpus, args.top, args.limit)
    else:
        profile_store(args.corpus, args.top, args.limit)


if __name__ == "__main__":
    main()
