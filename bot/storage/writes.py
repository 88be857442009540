"""Synchronous writes on the store's connection: a batch of files per transaction, a savepoint per file.

These run on the database's own thread (see ``Store._on_connection``), so a whole batch costs one hop
from the event loop. Each file is written inside its own savepoint, so a file that fails is rolled back
alone while the rest of its batch commits. The batch's search rows are added once, after every file's
savepoint is released: the full-text index then writes its terms once per batch instead of once per
file, which was most of a load's write time.
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

SearchRow = tuple[int, str, str, str]  # rowid, heading, text, posting_id


class SearchRows:
    """The search rows of a batch's stored files, numbered on from the last stored passage."""

    def __init__(self, next_rowid: int) -> None:
        """Start numbering passages at ``next_rowid``."""
        self.next_rowid = next_rowid
        self.rows: list[SearchRow] = []

    def add(self, posting_id: str, rows: PostingRows) -> None:
        """Queue a stored posting's passages under the rowids it recorded (see ``store_posting``)."""
        first = self.next_rowid
        self.rows += [
            (rowid, heading, text, posting_id) for rowid, (heading, text) in enumerate(rows.passages, first)
        ]
        self.next_rowid = first + len(rows.passages)

    def insert(self, conn: sqlite3.Connection) -> None:
        """Add every queued passage to the full-text index in one statement."""
        conn.executemany(
            "INSERT INTO posting_fts (rowid, heading, text, posting_id) VALUES (?, ?, ?, ?)", self.rows
        )


def write_prepared(
    conn: sqlite3.Connection, *, items: Sequence[Prepared], ingested_at: datetime
) -> list[FileOutcome]:
    """Store a batch in one transaction, each file in its own savepoint; report every file's outcome.

    A file that fails to store is rolled back to its savepoint and reported; when the batch itself
    cannot commit (a full disk), the whole batch is rolled back and each of its files reported failed,
    so the store never holds part of a file.
    """
    for item in items:
        if isinstance(item, Failed):
            log.warning("Skipped posting file %s: %s", item.path, item.reason)
    if not any(_needs_writing(item) for item in items):
        return [_outcome_without_writing(item) for item in items]
    stamp = Stamp.of(ingested_at)
    conn.execute("BEGIN IMMEDIATE")
    try:
        search = SearchRows(next_passage_rowid(conn))
        outcomes = [_write_one(conn, item, stamp=stamp, search=search) for item in items]
        search.insert(conn)
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        return _batch_failed(items, exc)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return outcomes


def _needs_writing(item: Prepared) -> bool:
    """Tell whether a file changes the store: parsed anew, or untouched but with a new stat to keep."""
    return isinstance(item, Parsed) or (isinstance(item, Unchanged) and item.stat is not None)


def _outcome_without_writing(item: Prepared) -> FileOutcome:
    """Report a file that needs no write: unchanged, or failed before reaching the store."""
    path = str(item.path)
    if isinstance(item, Unchanged):
        return FileOutcome(path=path, status="unchanged", posting_id=item.posting_id)
    if isinstance(item, Failed):
        return FileOutcome(path=path, status="failed", error=item.reason)
    raise TypeError(f"{path} must be written")


def _write_one(conn: sqlite3.Connection, item: Prepared, *, stamp: Stamp, search: SearchRows) -> FileOutcome:
    if isinstance(item, Unchanged) and item.stat is not None:
        # Only the stat a later load compares is stale: the bytes hashed the same.
        conn.execute(
            "UPDATE postings SET file_size = ?, file_mtime_ns = ? WHERE source = ?", (*item.stat, item.key)
        )
    if not isinstance(item, Parsed):
        return _outcome_without_writing(item)
    path = str(item.path)
    try:
        posting_id, replaced = store_posting(conn, item, stamp=stamp, search=search)
    except Exception as exc:  # the file is rolled back to its savepoint; the other files still load
        reason = f"could not store the posting: {type(exc).__name__}: {exc}"
        log.warning("Skipped posting file %s: %s", path, reason, exc_info=True)
        return FileOutcome(path=path, status="failed", error=reason)
    return FileOutcome(path=path, status="updated" if replaced else "added", posting_id=posting_id)


def _batch_failed(items: Sequence[Prepared], exc: sqlite3.Error) -> list[FileOutcome]:
    """Report every file of a batch that could not commit as failed, and the others as they were."""
    reason = f"could not store the posting: {type(exc).__name__}: {exc}"
    outcomes: list[FileOutcome] = []
    for item in items:
        if isinstance(item, Parsed):
            log.warning("Skipped posting file %s: %s", item.path, reason)
            outcomes.append(FileOutcome(path=str(item.path), status="failed", error=reason))
        else:
            outcomes.append(_outcome_without_writing(item))
    return outcomes


def store_posting(
    conn: sqlite3.Connection, item: Parsed, *, stamp: Stamp, search: SearchRows
) -> tuple[str, bool]:
    """Replace whatever the file stored before with its new posting; return (id, replaced).

    Runs inside the batch's transaction, in a savepoint of its own; the posting's passages are queued
    on ``search`` once the savepoint is released, under the rowid range its row records.
    """
    conn.execute("SAVEPOINT posting")
    try:
        replaced = conn.execute("DELETE FROM postings WHERE source = ?", (item.key,)).rowcount > 0
        posting_id = free_id(conn, item.rows.posting_id, item.key)
        rows = item.rows if posting_id == item.rows.posting_id else item.rows.renamed(posting_id)
        insert_posting(conn, rows, item, stamp=stamp, first_passage=search.next_rowid)
        conn.execute("RELEASE posting")
    except BaseException:
        conn.execute("ROLLBACK TO posting")
        conn.execute("RELEASE posting")
        raise
    search.add(posting_id, rows)
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
        " passages_low, passages_high, file_size, file_mtime_ns, degree_levels, places)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            *item.stat,
            rows.degree_levels,
            rows.places,
        ),
    )
