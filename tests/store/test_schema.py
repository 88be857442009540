"""Opening the store: migrations, pragmas, file locations."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from bot.storage.schema import LATEST_VERSION, SchemaError
from bot.store import Store


async def _pragma(store: Store, name: str) -> object:
    return await store._on_connection(lambda conn: conn.execute(f"PRAGMA {name}").fetchone()[0])


async def test_file_database_is_created_with_its_folder_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "deeper" / "jobbot.db"

    async with await Store.open(path) as store:
        assert await store.schema_version() == LATEST_VERSION
        assert await _pragma(store, "journal_mode") == "wal"
        assert await _pragma(store, "foreign_keys") == 1
        assert await _pragma(store, "synchronous") == 1  # NORMAL

    assert path.is_file()


async def test_memory_database_is_at_the_latest_schema_with_foreign_keys_on(store: Store) -> None:
    assert await store.schema_version() == LATEST_VERSION
    assert await _pragma(store, "foreign_keys") == 1


async def test_reopening_keeps_data_and_applies_no_migration_twice(
    tmp_path: Path, fake_parser: Any, write_posting: Any
) -> None:
    path = tmp_path / "jobbot.db"
    folder = tmp_path / "postings"
    write_posting(folder, "a.txt", title="Data Intern")
    async with await Store.open(path) as store:
        await store.load_directory(folder)

    for _ in range(2):
        async with await Store.open(path) as store:
            assert await store.schema_version() == LATEST_VERSION
            assert [p.id for p in await store.all_postings()] == ["data-intern"]
            report = await store.load_directory(folder)
            assert report.unchanged == 1

    tables = sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master WHERE name = 'postings'")
    assert tables.fetchone() == (1,)


async def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "jobbot.db"
    async with await Store.open(path):
        pass
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")

    with pytest.raises(SchemaError, match="newer"):
        await Store.open(path)


async def test_failed_migration_leaves_the_database_at_its_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.storage.schema as schema

    path = tmp_path / "jobbot.db"
    async with await Store.open(path):
        pass
    broken = "CREATE TABLE extra (x INTEGER);\nCREATE TABLE postings (x INTEGER);\n"
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, broken))
    monkeypatch.setattr(schema, "LATEST_VERSION", LATEST_VERSION + 1)

    with pytest.raises(sqlite3.OperationalError, match="already exists"):
        await Store.open(path)

    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (LATEST_VERSION,)
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'extra'").fetchone() == (0,)


def _insert_bare_posting(conn: sqlite3.Connection, posting_id: str) -> None:
    """Insert a posting row with only the columns every schema version requires."""
    conn.execute(
        "INSERT INTO postings (id, source, content_hash, code_fingerprint, title, employment_type,"
        " remote_mode, has_pay, json, ingested_at)"
        " VALUES (?, ?, 'h', 'old-code', ?, 'internship', 'unknown', 0, '{}', '2026-01-01')",
        (posting_id, f"/postings/{posting_id}.txt", posting_id),
    )


def _version_1_database(path: Path) -> None:
    """Write a database as the first schema stored it: passages in their own table, FTS over them."""
    import bot.storage.schema as schema

    conn = sqlite3.connect(path, isolation_level=None)
    schema._apply(conn, 1, schema.MIGRATIONS[0])
    for posting_id, words in (("alpha", ["zebra keeper", "feeds the herd"]), ("beta", ["lion tamer"])):
        _insert_bare_posting(conn, posting_id)
        for text in words:
            conn.execute(
                "INSERT INTO posting_passages (posting_id, kind, heading, text)"
                " VALUES (?, 'section', 'text', ?)",
                (posting_id, text),
            )
        conn.execute(
            "INSERT INTO posting_fts (rowid, heading, text, posting_id)"
            " SELECT id, heading, text, posting_id FROM posting_passages WHERE posting_id = ?",
            (posting_id,),
        )
    conn.close()


async def test_version_1_database_upgrades_with_its_search_rows_and_their_delete_trigger(
    tmp_path: Path,
) -> None:
    path = tmp_path / "jobbot.db"
    _version_1_database(path)

    async with await Store.open(path) as store:
        assert await store.schema_version() == LATEST_VERSION
        assert [hit.posting_id for hit in await store.search("herd")] == ["alpha"]
        assert [hit.posting_id for hit in await store.search("lion")] == ["beta"]
        await store._on_connection(lambda conn: conn.execute("DELETE FROM postings WHERE id = 'alpha'"))
        assert await store.search("zebra") == []
        assert [hit.posting_id for hit in await store.search("lion")] == ["beta"]

    with sqlite3.connect(path) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "posting_passages" not in names


def _version_4_database(path: Path) -> None:
    """Write a database at schema 4, with degree and location rows in their own tables."""
    import bot.storage.schema as schema

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    for version, script in enumerate(schema.MIGRATIONS[:4], start=1):
        schema._apply(conn, version, script)
    for posting_id in ("alpha", "beta"):
        _insert_bare_posting(conn, posting_id)
    conn.executemany(
        "INSERT INTO posting_degrees (posting_id, level, required) VALUES (?, ?, ?)",
        [("alpha", "BS", 1), ("alpha", "PhD", 0)],
    )
    conn.executemany(
        "INSERT INTO posting_locations (posting_id, position, kind, name, country, terms)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            ("alpha", 1, "remote region", "Canada", "CA", " canada ca "),
            ("alpha", 0, "stated", "San Jose, CA", "US", " san jose ca us "),
        ],
    )
    conn.close()


async def test_version_4_database_moves_degrees_and_places_onto_the_posting_rows(tmp_path: Path) -> None:
    path = tmp_path / "jobbot.db"
    _version_4_database(path)

    async with await Store.open(path) as store:
        assert await store.schema_version() == LATEST_VERSION
        rows = await store._on_connection(
            lambda conn: conn.execute("SELECT id, degree_levels, places FROM postings ORDER BY id").fetchall()
        )

    assert rows[0][:2] == ("alpha", " BS PhD ")
    assert json.loads(rows[0][2]) == [[" san jose ca us ", "US"], [" canada ca ", "CA"]]
    assert rows[1] == ("beta", " ", "[]")
    with sqlite3.connect(path) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert not names & {"posting_degrees", "posting_locations"}
