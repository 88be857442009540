"""The database schema as ordered migrations, tracked in ``PRAGMA user_version``.

Migration N (1-based) brings the schema to version N. Each runs in its own ``BEGIN IMMEDIATE``
transaction, which also re-reads the version, so two processes opening one file cannot both apply it.
Append new migrations; never edit a released one.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator

log = logging.getLogger(__name__)


class SchemaError(Exception):
    """The database was written by a newer jobbot, whose schema this one does not know."""


MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE postings (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL UNIQUE,          -- resolved path of the file the posting came from
        content_hash TEXT NOT NULL,           -- sha256 of the file's bytes
        code_fingerprint TEXT NOT NULL,       -- of the parser and row layout that wrote the row
        title TEXT NOT NULL,
        company TEXT,
        team TEXT,
        employment_type TEXT NOT NULL,
        remote_mode TEXT NOT NULL,
        remote_region TEXT,
        has_pay INTEGER NOT NULL CHECK (has_pay IN (0, 1)),
        json TEXT NOT NULL,                   -- the full Posting
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX postings_remote_mode ON postings (remote_mode);
    CREATE INDEX postings_title ON postings (title, id);  -- the order filters return

    CREATE TABLE posting_degrees (
        posting_id TEXT NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
        level TEXT NOT NULL,
        required INTEGER NOT NULL CHECK (required IN (0, 1)),
        PRIMARY KEY (posting_id, level)
    ) WITHOUT ROWID;
    CREATE INDEX posting_degrees_level ON posting_degrees (level);

    -- Where a posting is: its stated locations, and the region a remote posting is open to.
    CREATE TABLE posting_locations (
        posting_id TEXT NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('stated', 'remote region')),
        name TEXT NOT NULL,
        country TEXT,
        terms TEXT NOT NULL,                  -- ' san jose ca us ': case-folded words, space-padded
        PRIMARY KEY (posting_id, position)
    ) WITHOUT ROWID;

    -- The passages full-text search indexes: every section and every extracted fact.
    CREATE TABLE posting_passages (
        id INTEGER PRIMARY KEY,
        posting_id TEXT NOT NULL REFERENCES postings (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,                   -- title, section, summary, benefit, pay, ...
        heading TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE INDEX posting_passages_posting ON posting_passages (posting_id);

    -- External-content FTS5 index over the passages. Rows are added per posting with one
    -- INSERT ... SELECT (an AFTER INSERT trigger costs ten times more per row); the delete trigger
    -- keeps the index in step when a posting, and by cascade its passages, is deleted.
    CREATE VIRTUAL TABLE posting_fts USING fts5 (
        heading, text, posting_id UNINDEXED,
        content = 'posting_passages', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER posting_passages_ad AFTER DELETE ON posting_passages BEGIN
        INSERT INTO posting_fts (posting_fts, rowid, heading, text, posting_id)
        VALUES ('delete', old.id, old.heading, old.text, old.posting_id);
    END;
    """,
    # 2: the FTS5 table holds its own text; the passages table and its posting index are gone, so a
    # passage costs one table's writes instead of three. A posting's passages take consecutive rowids,
    # remembered on the posting, so deleting it deletes them by rowid range.
    """
    ALTER TABLE postings ADD COLUMN passages_low INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE postings ADD COLUMN passages_high INTEGER NOT NULL DEFAULT -1;  -- none: high < low
    DROP TRIGGER posting_passages_ad;
    DROP TABLE posting_fts;
    CREATE VIRTUAL TABLE posting_fts USING fts5 (
        heading, text, posting_id UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2'
    );
    INSERT INTO posting_fts (rowid, heading, text, posting_id)
        SELECT row_number() OVER (ORDER BY posting_id, id), heading, text, posting_id
        FROM posting_passages;
    UPDATE postings SET passages_low = span.low, passages_high = span.high
        FROM (
            SELECT posting_id, min(rowid) AS low, max(rowid) AS high FROM posting_fts GROUP BY posting_id
        ) AS span
        WHERE span.posting_id = postings.id;
    DROP TABLE posting_passages;
    CREATE TRIGGER postings_ad AFTER DELETE ON postings BEGIN
        DELETE FROM posting_fts WHERE rowid BETWEEN old.passages_low AND old.passages_high;
    END;
    """,
    # 3: drop the indexes no query uses, each a page more to write per stored file. The degree
    # filter looks degrees up by their (posting_id, level) key, and the remote filter reads the
    # postings in title order anyway, where four modes would pick a quarter of them at best.
    """
    DROP INDEX posting_degrees_level;
    DROP INDEX postings_remote_mode;
    """,
    # 4: the size and modification time of the file when its bytes were last hashed, so a reload can
    # tell an untouched file by one stat instead of reading and hashing it. -1: not known, hash it.
    """
    ALTER TABLE postings ADD COLUMN file_size INTEGER NOT NULL DEFAULT -1;
    ALTER TABLE postings ADD COLUMN file_mtime_ns INTEGER NOT NULL DEFAULT -1;
    """,
    # 5: the degree levels and places filters read move onto the posting's own row. The two child
    # tables were keyed by posting id, so every stored file dirtied a leaf page at a random place in
    # each: at 90,000 postings a quarter of the pages a load wrote (measured from the log's frames).
    # The filters never used them to find postings, only to test one posting at a time.
    """
    ALTER TABLE postings ADD COLUMN degree_levels TEXT NOT NULL DEFAULT ' ';  -- ' BS MS ': padded
    ALTER TABLE postings ADD COLUMN places TEXT NOT NULL DEFAULT '[]';  -- [[terms, country], ...]
    UPDATE postings SET degree_levels = coalesce(
        (SELECT ' ' || group_concat(level, ' ') || ' ' FROM posting_degrees WHERE posting_id = postings.id),
        ' '
    );
    UPDATE postings SET places = coalesce(
        (SELECT json_group_array(json_array(terms, country))
         FROM (
            SELECT terms, country FROM posting_locations WHERE posting_id = postings.id ORDER BY position
         )),
        '[]'
    );
    DROP TABLE posting_degrees;
    DROP TABLE posting_locations;
    """,
)

LATEST_VERSION = len(MIGRATIONS)


def configure(conn: sqlite3.Connection, *, file_backed: bool) -> None:
    """Set the per-connection pragmas: enforced foreign keys, and WAL without per-commit fsync on files."""
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if file_backed:
        conn.execute("PRAGMA journal_mode = WAL")
        # Under WAL, NORMAL still never corrupts the file; a power cut may only lose the last commits,
        # which the next load re-creates from the posting files.
        conn.execute("PRAGMA synchronous = NORMAL")
        # Checkpoint (and fsync) every 32 MiB of WAL rather than every 4 MiB: a per-file commit
        # writes a few dozen pages, and a checkpoint every ~70 files cost a third of the write time.
        conn.execute("PRAGMA wal_autocheckpoint = 8192")
        conn.execute("PRAGMA journal_size_limit = 67108864")  # then truncate the WAL back to 64 MiB


def schema_version(conn: sqlite3.Connection) -> int:
    """Return the version recorded in the database file."""
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply the migrations the database lacks, in order; return the versions applied."""
    applied: list[int] = []
    for version, script in enumerate(MIGRATIONS, start=1):
        if schema_version(conn) >= version:
            continue
        if _apply(conn, version, script):
            applied.append(version)
            log.info("Applied store migration %s", version)
    current = schema_version(conn)
    if current > LATEST_VERSION:
        raise SchemaError(
            f"the database is at schema version {current}, newer than this jobbot knows ({LATEST_VERSION})"
        )
    return applied


def _apply(conn: sqlite3.Connection, version: int, script: str) -> bool:
    """Run one migration in its own transaction unless another connection applied it first."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if schema_version(conn) >= version:
            conn.execute("ROLLBACK")
            return False
        for statement in _statements(script):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version:d}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return True


def _statements(script: str) -> Iterator[str]:
    """Split a script into complete statements, keeping trigger bodies whole."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statement = pending.strip()
            pending = ""
            if statement.strip(";").strip():
                yield statement
    if pending.strip() and not _only_comments(pending):
        raise ValueError(f"incomplete SQL statement in migration: {pending.strip()[:80]!r}")


def _only_comments(text: str) -> bool:
    return all(not line.strip() or line.strip().startswith("--") for line in text.splitlines())
