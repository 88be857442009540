"""Synchronous writes on the store's connection, one transaction per file.

These run on the database's own thread (see ``Store._on_connection``), so a whole file's write costs
one hop from the event loop instead of one per statement.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Sequence
from datetime import datetime

from bot.storage.models import FileOutcome
from bot.storage.prepare import Failed, Parsed, Prepared, Unchanged
from bot.storage.rows import PostingRows, Stamp

log = logging.getLogger(__name__)


def write_prepared(
    conn: sqlite3.Connection, *, items: Sequence[Prepared], ingested_at: datetime
) -> list[FileOutcome]:
    """Store each parsed file in its own transaction and report what happened to every file."""
    stamp = Stamp.of(ingested_at)
    return [_write_one(conn, item, stamp=stamp) for item in items]


def _write_one(conn: sqlite3.Connection, item: Prepared, *, stamp: Stamp) -> FileOutcome:
    path = str(item.path)
    if isinstance(item, Unchanged):
        return FileOutcome(path=path, status="unchanged", posting_id=item.posting_id)
    if isinstance(item, Failed):
        log.warning("Skipped posting file %s: %s", path, item.reason)
        return FileOutcome(path=path, status="failed", error=item.reason)
    try:
        posting_id, replaced = store_posting(conn, item, stamp=stamp)
    except Exception as exc:  # the file's transaction is rolled back; the other files still load
        reason = f"could not store the posting: {type(exc).__name__}: {exc}"
        log.warning("Skipped posting file %s: %s", path, reason, exc_info=True)
        return FileOutcome(path=path, status="failed", error=reason)
    return FileOutcome(path=path, status="updated" if replaced else "added", posting_id=posting_id)


def store_posting(conn: sqlite3.Connection, item: Parsed, *, stamp: Stamp) -> tuple[str, bool]:
    """Replace whatever the file stored before with its new posting; return (id, replaced)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        replaced = conn.execute("DELETE FROM postings WHERE source = ?", (item.key,)).rowcount > 0
        posting_id = free_id(conn, item.rows.posting_id, item.key)
        rows = item.rows if posting_id == item.rows.posting_id else item.rows.renamed(posting_id)
        first_passage = next_passage_rowid(conn)
        insert_posting(conn, rows, item, stamp=stamp, first_passage=first_passage)
        insert_children(conn, rows, first_passage=first_passage)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return posting_id, replaced


def remove_source(conn: sqlite3.Connection, key: str) -> str | None:
    """Delete the posting stored from a file, with its child and search rows; return its id."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        row = conn.execute("SELECT id FROM postings WHERE source = ?", (key,)).fetchone()
        conn.execute("DELETE FROM postings WHERE source = ?", (key,))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return None if row is None else str(row[0])


def remove_sources(conn: sqlite3.Connection, keys: Sequence[str]) -> list[FileOutcome]:
    """Remove each file's posting in its own transaction."""
    outcomes: list[FileOutcome] = []
    for key in keys:
        try:
            posting_id = remove_source(conn, key)
        except sqlite3.Error as exc:
            log.warning("Could not remove the posting of %s: %s", key, exc)
            outcomes.append(FileOutcome(path=key, status="failed", error=f"could not remove: {exc}"))
            continue
        outcomes.append(FileOutcome(path=key, status="removed", posting_id=posting_id))
    return outcomes


def free_id(conn: sqlite3.Connection, wanted: str, key: str) -> str:
    """Return ``wanted``, or a suffix derived from the file's path when another file holds that id.

    The suffix depends only on the path, so the same file gets the same id on every load.
    """
    candidate = wanted
    suffix = hashlib.sha256(key.encode("utf-8")).hexdigest()
    for attempt in range(len(suffix) // 6):
        if conn.execute("SELECT 1 FROM postings WHERE id = ?", (candidate,)).fetchone() is None:
            return candidate
        candidate = f"{wanted}-{suffix[attempt * 6 : attempt * 6 + 6]}"
    raise sqlite3.IntegrityError(f"no free posting id for {wanted!r}")


def next_passage_rowid(conn: sqlite3.Connection) -> int:
    """Return the first search rowid after every stored passage, where a new posting's passages start."""
    row = conn.execute("SELECT rowid FROM posting_fts ORDER BY rowid DESC LIMIT 1").fetchone()
    return 1 if row is None else int(row[0]) + 1


def insert_posting(
    conn: sqlite3.Connection,
    rows: PostingRows,
    item: Parsed,
    *,
    stamp: Stamp,
    first_passage: int,
) -> None:
    """Insert the posting's row: the filterable columns, its full JSON and its passages' rowid range."""
    conn.execute(
        "INSERT INTO postings (id, source, content_hash, code_fingerprint, title, company, team,"
        " employment_type, remote_mode, remote_region, has_pay, json, ingested_at,"
        " passages_low, passages_high)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            rows.posting_id,
            item.key,
            item.content_hash,
            item.code_fingerprint,
            rows.title,
            rows.company,
            rows.team,
            rows.employment_type,
            rows.remote_mode,
            rows.remote_region,
            rows.has_pay,
            rows.json_at(stamp),
            stamp.iso,
            first_passage,
            first_passage + len(rows.passages) - 1,
        ),
    )


def insert_children(conn: sqlite3.Connection, rows: PostingRows, *, first_passage: int) -> None:
    """Insert the rows filters and search use: degree levels, locations, and passages from a rowid on."""
    posting_id = rows.posting_id
    conn.executemany(
        "INSERT INTO posting_degrees (posting_id, level, required) VALUES (?, ?, ?)",
        [(posting_id, *row) for row in rows.degrees],
    )
    conn.executemany(
        "INSERT INTO posting_locations (posting_id, position, kind, name, country, terms)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(posting_id, *row) for row in rows.locations],
    )
    conn.executemany(
        "INSERT INTO posting_fts (rowid, heading, text, posting_id) VALUES (?, ?, ?, ?)",
        [
            (rowid, heading, text, posting_id)
            for rowid, (heading, text) in enumerate(rows.passages, first_passage)
        ],
    )
