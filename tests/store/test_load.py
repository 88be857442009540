"""Loading folders and files: sync semantics, a savepoint per file in batched transactions, isolation."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.storage.rows import PostingRows
from bot.store import FileOutcome, LoadReport, Store

WritePosting = Callable[..., Path]


async def _rows(store: Store, sql: str, *params: object) -> list[tuple[object, ...]]:
    """Read raw rows, to check the child and search tables a posting leaves behind."""
    return await store._on_connection(lambda conn: conn.execute(sql, params).fetchall())


async def _child_row_counts(store: Store, posting_id: str) -> dict[str, int]:
    counts = {}
    for table in ("postings", "posting_fts"):
        column = "id" if table == "postings" else "posting_id"
        rows = await _rows(store, f"SELECT count(*) FROM {table} WHERE {column} = ?", posting_id)
        counts[table] = int(rows[0][0])
    fts = await _rows(store, "SELECT count(*) FROM posting_fts WHERE posting_fts MATCH 'zebra'")
    counts["fts zebra"] = int(fts[0][0])
    return counts


def _statuses(report: LoadReport) -> dict[str, str]:
    return {Path(outcome.path).name: outcome.status for outcome in report.outcomes}


@pytest.fixture
def fail_storing(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """Make storing the postings whose ids the test adds fail after their rows are written, before release."""
    import bot.storage.writes as writes

    failing: set[str] = set()
    real_insert_posting = writes.insert_posting

    def insert_posting(conn: sqlite3.Connection, rows: PostingRows, *args: Any, **kwargs: Any) -> None:
        real_insert_posting(conn, rows, *args, **kwargs)
        if rows.posting_id in failing:
            raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(writes, "insert_posting", insert_posting)
    return failing


@pytest.fixture
def three_postings(tmp_path: Path, write_posting: WritePosting) -> Path:
    folder = tmp_path / "postings"
    write_posting(folder, "a.txt", title="Data Intern", degrees="BS!, MS", locations="Austin, TX/US")
    write_posting(folder, "b.md", title="ML Scientist", degrees="PhD!", remote="remote", region="USA")
    write_posting(folder, "c.json", title="Zebra Keeper", summary="Feed the zebra daily", pay="$45 hourly")
    return folder


async def test_load_adds_every_posting_with_its_ingestion_time(
    store: Store, fake_parser: Any, three_postings: Path
) -> None:
    report = await store.load_directory(three_postings)

    assert _statuses(report) == {"a.txt": "added", "b.md": "added", "c.json": "added"}
    assert report.counts() == {"added": 3, "updated": 0, "unchanged": 0, "removed": 0, "failed": 0}
    assert report.summary() == "3 files: 3 added, 0 updated, 0 unchanged, 0 removed, 0 failed"
    assert await store.count() == 3
    stored = await store.get("zebra-keeper")
    assert stored is not None and stored.ingested_at is not None
    assert stored.pay[0].text == "$45 hourly"


async def test_second_load_skips_every_file_without_parsing(
    store: Store, fake_parser: Any, three_postings: Path
) -> None:
    first = await store.load_directory(three_postings)
    before = {posting.id: posting.ingested_at for posting in await store.all_postings()}
    parsed_before = list(fake_parser.parsed)

    second = await store.load_directory(three_postings)

    assert second.unchanged == 3 and second.added == second.updated == second.removed == 0
    assert fake_parser.parsed == parsed_before
    assert [o.posting_id for o in second.outcomes] == [o.posting_id for o in first.outcomes]
    assert {posting.id: posting.ingested_at for posting in await store.all_postings()} == before


async def test_new_parser_code_reparses_unchanged_files(
    store: Store, fake_parser: Any, three_postings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    await store.load_directory(three_postings)
    monkeypatch.setattr("bot.store.code_fingerprint", lambda: "a-newer-parser")

    report = await store.load_directory(three_postings)
    again = await store.load_directory(three_postings)

    assert report.updated == 3 and len(fake_parser.parsed) == 6
    assert again.unchanged == 3 and len(fake_parser.parsed) == 6


async def test_changed_file_is_replaced_with_its_new_content(
    store: Store, fake_parser: Any, three_postings: Path, write_posting: WritePosting
) -> None:
    await store.load_directory(three_postings)
    write_posting(three_postings, "a.txt", title="Data Intern", degrees="PhD!", locations="Seattle, WA/US")

    report = await store.load_directory(three_postings)

    assert _statuses(report) == {"a.txt": "updated", "b.md": "unchanged", "c.json": "unchanged"}
    assert await store.count() == 3
    assert [p.id for p in await store.filter(location="austin")] == []
    assert [p.id for p in await store.filter(location="seattle")] == ["data-intern"]
    degrees = await _rows(store, "SELECT degree_levels FROM postings WHERE id = 'data-intern'")
    assert degrees == [(" PhD ",)]


async def test_removed_file_takes_its_child_and_search_rows_with_it(
    store: Store, fake_parser: Any, three_postings: Path
) -> None:
    await store.load_directory(three_postings)
    assert await store.search("zebra")
    assert (await _child_row_counts(store, "zebra-keeper"))["posting_fts"] > 0
    (three_postings / "c.json").unlink()

    report = await store.load_directory(three_postings)

    removed = report.with_status("removed")
    assert [(Path(o.path).name, o.posting_id) for o in removed] == [("c.json", "zebra-keeper")]
    assert await store.get("zebra-keeper") is None
    assert await store.search("zebra") == []
    assert await _child_row_counts(store, "zebra-keeper") == dict.fromkeys(
        ("postings", "posting_fts", "fts zebra"), 0
    )


async def test_sync_removes_only_files_of_the_loaded_folder(
    store: Store, fake_parser: Any, tmp_path: Path, write_posting: WritePosting
) -> None:
    single = write_posting(tmp_path / "elsewhere", "solo.txt", title="Solo Role")
    await store.ingest([single])
    folder = tmp_path / "postings"
    write_posting(folder, "a.txt", title="Data Intern")

    report = await store.load_directory(folder)

    assert report.removed == 0
    assert {p.id for p in await store.all_postings()} == {"solo-role", "data-intern"}


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "the file is empty"), (b"\x00\x01\x02binary\x00", "the file is binary, not text")],
)
async def test_bad_file_is_reported_and_the_good_ones_load(
    store: Store,
    fake_parser: Any,
    three_postings: Path,
    content: bytes,
    reason: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    (three_postings / "bad.txt").write_bytes(content)

    with caplog.at_level(logging.WARNING, logger="bot.storage"):
        report = await store.load_directory(three_postings)

    assert report.with_status("failed") == [
        FileOutcome(path=str(three_postings / "bad.txt"), status="failed", posting_id=None, error=reason)
    ]
    assert report.added == 3 and await store.count() == 3
    assert any(
        "bad.txt" in record.getMessage() and reason in record.getMessage() for record in caplog.records
    )


async def test_oversized_file_fails_without_being_parsed(
    store: Store, fake_parser: Any, tmp_path: Path, write_posting: WritePosting
) -> None:
    big = write_posting(tmp_path, "big.txt", title="Big Role", summary="x" * 500)

    report = await store.ingest(big, max_bytes=100)

    assert report.failed == 1 and "100-byte limit" in (report.outcomes[0].error or "")
    assert fake_parser.parsed == []


async def test_failure_mid_insert_leaves_that_file_and_the_others_as_they_were(
    store: Store,
    fake_parser: Any,
    three_postings: Path,
    write_posting: WritePosting,
    fail_storing: set[str],
) -> None:
    await store.load_directory(three_postings)
    old_a = await store.get("data-intern")
    old_counts = await _child_row_counts(store, "data-intern")
    write_posting(three_postings, "a.txt", title="Data Intern", degrees="PhD!", locations="Seattle, WA/US")
    write_posting(three_postings, "b.md", title="ML Scientist", degrees="MS!", remote="hybrid")
    write_posting(three_postings, "d.txt", title="New Role")

    fail_storing.add("data-intern")
    report = await store.load_directory(three_postings)

    assert _statuses(report) == {
        "a.txt": "failed",
        "b.md": "updated",
        "c.json": "unchanged",
        "d.txt": "added",
    }
    assert "disk I/O error" in (report.with_status("failed")[0].error or "")
    assert await store.get("data-intern") == old_a
    assert await _child_row_counts(store, "data-intern") == old_counts
    updated_b = await store.get("ml-scientist")
    assert updated_b is not None and updated_b.remote.mode == "hybrid"
    assert await store.get("new-role") is not None

    fail_storing.clear()
    retry = await store.load_directory(three_postings)
    assert _statuses(retry)["a.txt"] == "updated"


async def test_duplicate_id_from_another_file_gets_a_stable_suffix(
    store: Store, fake_parser: Any, tmp_path: Path, write_posting: WritePosting
) -> None:
    folder = tmp_path / "postings"
    write_posting(folder, "a.txt", id="intern", title="Intern")
    write_posting(folder, "b.txt", id="intern", title="Intern at another team")

    first = await store.load_directory(folder)
    (folder / "a.txt").write_text("title: Intern\nid: intern\nsummary: changed\n", encoding="utf-8")
    second = await store.load_directory(folder)

    ids = [outcome.posting_id for outcome in first.outcomes]
    assert ids[0] == "intern" and ids[1] is not None and ids[1].startswith("intern-") and ids[1] != "intern"
    assert [outcome.posting_id for outcome in second.outcomes] == ids
    stored = await store.get(ids[1])
    assert stored is not None and stored.id == ids[1] and stored.title == "Intern at another team"


async def test_folders_are_walked_recursively_in_order_skipping_hidden_and_other_files(
    store: Store, fake_parser: Any, tmp_path: Path, write_posting: WritePosting
) -> None:
    folder = tmp_path / "postings"
    for name in ("b.txt", "a.markdown", "sub/c.htm", "sub/deeper/d.HTML", "z.json"):
        write_posting(folder, name, title=f"Role {name}")
    for name in (".hidden.txt", ".git/e.txt", "notes.pdf", "image.png"):
        write_posting(folder, name, title="Not a posting")

    report = await store.load_directory(folder)

    assert [Path(o.path).relative_to(folder).as_posix() for o in report.outcomes] == [
        "a.markdown",
        "b.txt",
        "sub/c.htm",
        "sub/deeper/d.HTML",
        "z.json",
    ]


async def test_missing_folder_is_an_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(NotADirectoryError):
        await store.load_directory(tmp_path / "nowhere")


async def test_ingest_adds_a_folder_and_single_files_and_removes_nothing(
    store: Store, fake_parser: Any, tmp_path: Path, three_postings: Path, write_posting: WritePosting
) -> None:
    single = write_posting(tmp_path / "extra", "one.txt", title="Extra One")
    other = write_posting(tmp_path / "extra", "two.txt", title="Extra Two")

    report = await store.ingest([three_postings, str(single), single])
    assert report.added == 4 and len(report.outcomes) == 4

    (three_postings / "a.txt").unlink()
    write_posting(tmp_path / "extra", "one.txt", title="Extra One", pay="$30 hourly")
    again = await store.ingest([single, other, tmp_path / "missing.txt"])

    assert _statuses(again) == {"one.txt": "updated", "two.txt": "added", "missing.txt": "failed"}
    assert "cannot read" in (again.outcomes[2].error or "")
    assert await store.count() == 5
    assert await store.get("data-intern") is not None


async def test_report_concatenates_and_counts_by_property() -> None:
    first = LoadReport(outcomes=[FileOutcome(path="a", status="added", posting_id="a", error=None)])
    second = LoadReport(outcomes=[FileOutcome(path="b", status="failed", posting_id=None, error="empty")])

    both = first + second

    assert (both.added, both.failed, both.updated, both.unchanged, both.removed) == (1, 1, 0, 0, 0)
    assert both.summary() == "2 files: 1 added, 0 updated, 0 unchanged, 0 removed, 1 failed"
    assert (
        LoadReport(outcomes=[]).summary() == "0 files: 0 added, 0 updated, 0 unchanged, 0 removed, 0 failed"
    )


async def test_replacing_one_posting_keeps_the_search_rows_of_the_others(
    store: Store, fake_parser: Any, three_postings: Path, write_posting: WritePosting
) -> None:
    await store.load_directory(three_postings)
    write_posting(three_postings, "a.txt", title="Data Intern", summary="Count the giraffes")
    write_posting(three_postings, "b.md", title="ML Scientist", summary="Train the okapi model")

    await store.load_directory(three_postings)

    assert [hit.posting_id for hit in await store.search("giraffes")] == ["data-intern"]
    assert [hit.posting_id for hit in await store.search("okapi")] == ["ml-scientist"]
    assert [hit.posting_id for hit in await store.search("zebra")] == ["zebra-keeper"]
    assert [hit.posting_id for hit in await store.search("scientist")] == ["ml-scientist"]
    stored = await _rows(store, "SELECT posting_id FROM posting_fts ORDER BY rowid")
    assert {row[0] for row in stored} == {"data-intern", "ml-scientist", "zebra-keeper"}


async def _passage_ranges_hold_only_their_own_passages(store: Store) -> None:
    """Each posting's recorded rowid range holds exactly its passages, and no passage is outside one."""
    spans = await _rows(store, "SELECT id, passages_low, passages_high FROM postings")
    for posting_id, low, high in spans:
        owners = await _rows(
            store, "SELECT posting_id FROM posting_fts WHERE rowid BETWEEN ? AND ?", low, high
        )
        assert owners and {row[0] for row in owners} == {posting_id}
        assert len(owners) == int(str(high)) - int(str(low)) + 1
    total = await _rows(store, "SELECT count(*) FROM posting_fts")
    covered = sum(int(str(high)) - int(str(low)) + 1 for _, low, high in spans)
    assert int(str(total[0][0])) == covered


async def test_a_file_failing_mid_batch_leaves_the_passage_ranges_of_the_others_exact(
    store: Store,
    fake_parser: Any,
    three_postings: Path,
    write_posting: WritePosting,
    fail_storing: set[str],
) -> None:
    write_posting(three_postings, "d.txt", title="Okapi Ranger", summary="Count the okapi herd")
    fail_storing.add("ml-scientist")
    report = await store.load_directory(three_postings)

    assert _statuses(report) == {"a.txt": "added", "b.md": "failed", "c.json": "added", "d.txt": "added"}
    await _passage_ranges_hold_only_their_own_passages(store)
    assert [hit.posting_id for hit in await store.search("okapi")] == ["okapi-ranger"]
    assert await store.search("scientist") == []

    fail_storing.clear()
    write_posting(three_postings, "a.txt", title="Data Intern", summary="Count the giraffes")
    retry = await store.load_directory(three_postings)
    assert _statuses(retry) == {
        "a.txt": "updated",
        "b.md": "added",
        "c.json": "unchanged",
        "d.txt": "unchanged",
    }
    await _passage_ranges_hold_only_their_own_passages(store)
    assert [hit.posting_id for hit in await store.search("giraffes")] == ["data-intern"]


async def test_a_batch_that_cannot_commit_fails_each_of_its_files_and_stores_none(
    store: Store,
    fake_parser: Any,
    three_postings: Path,
    write_posting: WritePosting,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    await store.load_directory(three_postings)
    before = await store.all_postings()
    write_posting(three_postings, "a.txt", title="Data Intern", summary="Count the giraffes")
    write_posting(three_postings, "d.txt", title="New Role")
    import bot.storage.writes as writes

    real_insert = writes.SearchRows.insert

    def disk_full(self: writes.SearchRows, conn: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(writes.SearchRows, "insert", disk_full)
    with caplog.at_level(logging.WARNING, logger="bot.storage.writes"):
        report = await store.load_directory(three_postings)

    assert _statuses(report) == {
        "a.txt": "failed",
        "b.md": "unchanged",
        "c.json": "unchanged",
        "d.txt": "failed",
    }
    assert all("disk is full" in (outcome.error or "") for outcome in report.with_status("failed"))
    assert "disk is full" in caplog.text
    assert await store.all_postings() == before
    await _passage_ranges_hold_only_their_own_passages(store)

    monkeypatch.setattr(writes.SearchRows, "insert", real_insert)
    retry = await store.load_directory(three_postings)
    assert _statuses(retry) == {
        "a.txt": "updated",
        "b.md": "unchanged",
        "c.json": "unchanged",
        "d.txt": "added",
    }
    assert [hit.posting_id for hit in await store.search("giraffes")] == ["data-intern"]
