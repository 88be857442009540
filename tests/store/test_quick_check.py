"""A reload tells untouched files by their size and modification time, and reads only the others."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.storage import prepare
from bot.storage.prepare import SETTLE_NANOSECONDS, FileStat
from bot.store import LoadReport, Store

WritePosting = Callable[..., Path]
AN_HOUR_NS = 3_600 * 1_000_000_000


def _statuses(report: LoadReport) -> dict[str, str]:
    return {Path(outcome.path).name: outcome.status for outcome in report.outcomes}


def _settle(path: Path, *, hours_ago: int = 1) -> None:
    """Date a file's modification well before now, as for any file not written this very second."""
    past = time.time_ns() - hours_ago * AN_HOUR_NS
    os.utime(path, ns=(past, past))


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the name of every file the loader reads."""
    read: list[str] = []
    real_read = prepare._read_at_most

    def counting(path: Path, limit: int) -> tuple[bytes, os.stat_result]:
        read.append(path.name)
        return real_read(path, limit)

    monkeypatch.setattr(prepare, "_read_at_most", counting)
    return read


@pytest.fixture
def settled_postings(tmp_path: Path, write_posting: WritePosting) -> Path:
    folder = tmp_path / "postings"
    for name, title in (("a.txt", "Data Intern"), ("b.md", "ML Scientist"), ("c.txt", "Zebra Keeper")):
        _settle(write_posting(folder, name, title=title, summary=f"All about the {title}"))
    return folder


def _file_stats(folder: Path) -> dict[str, tuple[int, int]]:
    return {path.name: (path.stat().st_size, path.stat().st_mtime_ns) for path in folder.iterdir()}


async def _stored_stats(store: Store) -> dict[str, tuple[int, int]]:
    rows = await store._on_connection(
        lambda conn: conn.execute("SELECT source, file_size, file_mtime_ns FROM postings").fetchall()
    )
    return {Path(str(source)).name: (int(size), int(mtime)) for source, size, mtime in rows}


async def test_a_reload_reads_no_untouched_settled_file(
    store: Store, fake_parser: Any, settled_postings: Path, reads: list[str]
) -> None:
    await store.load_directory(settled_postings)
    assert sorted(reads) == ["a.txt", "b.md", "c.txt"]
    reads.clear()

    report = await store.load_directory(settled_postings)

    assert report.unchanged == 3 and reads == []
    assert await _stored_stats(store) == _file_stats(settled_postings)


async def test_a_file_changed_within_its_timestamp_tick_is_still_found_changed(
    store: Store, fake_parser: Any, tmp_path: Path, write_posting: WritePosting, reads: list[str]
) -> None:
    """A file modified just now may change again with the same size and time: its stat is not trusted."""
    path = write_posting(tmp_path / "postings", "a.txt", title="Data Intern", summary="Count the apples")
    first = path.stat()
    await store.load_directory(path.parent)
    assert (await _stored_stats(store))["a.txt"] == tuple(FileStat.unknown())

    path.write_text(path.read_text(encoding="utf-8").replace("apples", "pears!"), encoding="utf-8")
    os.utime(path, ns=(first.st_atime_ns, first.st_mtime_ns))  # same size, same time: only bytes differ
    assert path.stat().st_size == first.st_size
    report = await store.load_directory(path.parent)

    assert _statuses(report) == {"a.txt": "updated"} and reads == ["a.txt", "a.txt"]
    stored = await store.get("data-intern")
    assert stored is not None and stored.summary is not None and stored.summary.text == "Count the pears!"


async def test_a_touched_file_is_hashed_once_then_known_by_its_new_stat(
    store: Store, fake_parser: Any, settled_postings: Path, reads: list[str]
) -> None:
    await store.load_directory(settled_postings)
    _settle(settled_postings / "b.md", hours_ago=2)  # touched: new time, same bytes
    reads.clear()

    touched = await store.load_directory(settled_postings)
    assert touched.unchanged == 3 and reads == ["b.md"] and fake_parser.parsed.count("b.md") == 1
    reads.clear()

    again = await store.load_directory(settled_postings)
    assert again.unchanged == 3 and reads == []


async def test_a_settled_file_with_new_bytes_and_stat_is_parsed_again(
    store: Store, fake_parser: Any, settled_postings: Path, write_posting: WritePosting
) -> None:
    await store.load_directory(settled_postings)
    _settle(write_posting(settled_postings, "c.txt", title="Zebra Keeper", summary="Feed them"), hours_ago=3)

    report = await store.load_directory(settled_postings)

    assert _statuses(report) == {"a.txt": "unchanged", "b.md": "unchanged", "c.txt": "updated"}
    stored = await store.get("zebra-keeper")
    assert stored is not None and stored.summary is not None and stored.summary.text == "Feed them"


async def test_rows_without_a_stat_are_hashed_once_and_then_trusted(
    store: Store, fake_parser: Any, settled_postings: Path, reads: list[str]
) -> None:
    """Rows from before stats were kept (-1) hash every file once, store the stats, and parse nothing."""
    await store.load_directory(settled_postings)
    await store._on_connection(
        lambda conn: conn.execute("UPDATE postings SET file_size = -1, file_mtime_ns = -1")
    )
    parsed = len(fake_parser.parsed)
    reads.clear()

    first = await store.load_directory(settled_postings)
    assert first.unchanged == 3 and sorted(reads) == ["a.txt", "b.md", "c.txt"]
    reads.clear()
    second = await store.load_directory(settled_postings)

    assert second.unchanged == 3 and reads == [] and len(fake_parser.parsed) == parsed


def test_a_stat_is_kept_only_once_the_file_has_settled(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("title: A\n", encoding="utf-8")
    stat = path.stat()

    assert FileStat.settled(stat, now_ns=stat.st_mtime_ns + SETTLE_NANOSECONDS - 1) == FileStat.unknown()
    kept = FileStat.settled(stat, now_ns=stat.st_mtime_ns + SETTLE_NANOSECONDS)
    assert kept == FileStat(stat.st_size, stat.st_mtime_ns) and kept.matches(stat)
    assert not FileStat.unknown().matches(stat)
