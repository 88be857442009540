"""Large loads parse in worker processes: the result must be exactly what a one-thread load stores."""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from bot.settings import SHIPPED_KNOWLEDGE_DIR
from bot.storage import parallel
from bot.storage.prepare import Failed, Prepared, StoredFile, prepare_batch
from bot.store import LoadReport, Store

SHIPPED = SHIPPED_KNOWLEDGE_DIR / "postings"


@pytest.fixture
def many_postings(tmp_path: Path) -> Path:
    """Copy the shipped postings into three subfolders (same ids, so suffixes), plus two bad files."""
    folder = tmp_path / "postings"
    for copy in ("a", "b", "c"):
        shutil.copytree(SHIPPED, folder / copy)
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "empty.md").write_text("", encoding="utf-8")
    return folder


def _use_processes(monkeypatch: pytest.MonkeyPatch, enabled: bool) -> None:
    """Send every load to two worker processes, or none, whatever the machine and the file count."""
    monkeypatch.setattr("bot.store.PARALLEL_THRESHOLD", 1 if enabled else 10**9)
    monkeypatch.setattr("bot.store.worker_count", lambda: 2)


async def _load(folder: Path, database: Path) -> tuple[LoadReport, list[dict[str, object]], list[object]]:
    async with await Store.open(database) as store:
        report = await store.load_directory(folder)
        postings = [posting.model_dump(exclude={"ingested_at"}) for posting in await store.all_postings()]
        hits = [await store.search(query) for query in ("housing allowance", "PhD intern", "$45 hourly")]
    return report, postings, hits


async def test_processes_store_exactly_what_one_thread_stores(
    many_postings: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _use_processes(monkeypatch, enabled=False)
    threaded = await _load(many_postings, tmp_path / "threaded.db")
    _use_processes(monkeypatch, enabled=True)
    pooled = await _load(many_postings, tmp_path / "pooled.db")

    assert pooled[0].outcomes == threaded[0].outcomes
    assert pooled[0].counts()["added"] == 15 and pooled[0].failed == 2
    assert pooled[1] == threaded[1]
    assert pooled[2] == threaded[2]


async def test_a_load_after_a_parallel_load_finds_every_file_unchanged(
    many_postings: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _use_processes(monkeypatch, enabled=True)
    async with await Store.open(tmp_path / "jobbot.db") as store:
        await store.load_directory(many_postings)
        report = await store.load_directory(many_postings)

    assert report.unchanged == 15 and report.failed == 2


async def test_a_dead_worker_process_falls_back_to_parsing_in_a_thread(
    many_postings: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = os.getpid()

    def dying_in_workers(
        paths: Sequence[Path], known: Mapping[str, StoredFile], *, fingerprint: str, max_bytes: int
    ) -> list[Prepared]:
        if os.getpid() != parent:
            os._exit(3)  # as if the worker were killed
        return prepare_batch(paths, known, fingerprint=fingerprint, max_bytes=max_bytes)

    monkeypatch.setattr(parallel, "prepare_batch", dying_in_workers)
    _use_processes(monkeypatch, enabled=True)
    async with await Store.open(tmp_path / "jobbot.db") as store:
        report = await store.load_directory(many_postings)
        stored = await store.count()

    assert report.counts()["added"] == 15 and report.failed == 2
    assert stored == 15


def test_only_new_files_and_files_stored_by_other_code_count_as_certain_to_parse(tmp_path: Path) -> None:
    paths = [tmp_path / name for name in ("new.txt", "same.txt", "old-parser.txt")]
    known = {
        str(paths[1]): StoredFile("same", "hash", "current"),
        str(paths[2]): StoredFile("old", "hash", "previous"),
    }

    assert parallel.likely_changed(paths, known, "current") == 2


async def test_worker_processes_leave_inherited_memory_alone_and_collect_rarely(
    many_postings: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def report_frozen(
        paths: Sequence[Path], known: Mapping[str, StoredFile], *, fingerprint: str, max_bytes: int
    ) -> list[Prepared]:
        # A collection in a worker must not walk (and so copy) the parent's objects: they are frozen.
        # Parsing frees nearly everything it allocates, so the youngest generation is collected rarely.
        frozen, threshold = gc.get_freeze_count(), gc.get_threshold()[0]
        return [Failed(path, str(path), f"{threshold} {frozen}") for path in paths]

    monkeypatch.setattr(parallel, "prepare_batch", report_frozen)
    _use_processes(monkeypatch, enabled=True)
    async with await Store.open(tmp_path / "jobbot.db") as store:
        report = await store.load_directory(many_postings)

    assert report.failed == 17
    reported = [(outcome.error or "").split() for outcome in report.outcomes]
    assert all(int(frozen) > 0 and int(threshold) > gc.get_threshold()[0] for threshold, frozen in reported)
