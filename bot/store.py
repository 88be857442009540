"""The posting store: an aiosqlite database that mirrors the posting files and answers queries.

Loading hashes every file whose size or modification time changed and parses only the new and changed
ones; each file is written in its own
savepoint within a batch's transaction, so a bad file is reported and skipped while the rest load, and
the store never holds part of a file. Queries return pydantic models,
never rows.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from functools import partial
from itertools import chain, repeat
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TypeVar

import aiosqlite

from bot.postings.model import DegreeLevel, Posting, RemoteMode
from bot.storage import fts, schema
from bot.storage.checkpoint import WalCheckpointer
from bot.storage.decode import postings_from_json
from bot.storage.files import discover, expand, is_under, source_key
from bot.storage.fingerprint import code_fingerprint
from bot.storage.models import FileOutcome, LoadReport, OutcomeStatus, SearchHit
from bot.storage.parallel import PARALLEL_THRESHOLD, BatchPreparer, likely_changed, worker_count
from bot.storage.prepare import FileStat, Prepared, StoredFile
from bot.storage.search import best_passages
from bot.storage.terms import country_named, words
from bot.storage.writes import remove_sources, write_prepared

__all__ = ["FileOutcome", "LoadReport", "OutcomeStatus", "SearchHit", "Store"]

log = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_MAX_BYTES = 1_000_000
# Files hashed and parsed per trip to the worker thread, and written per trip to the database thread.
_BATCH = 256
# Smaller batches for worker processes: the cores stay busy to the end. The first batches are smaller
# still, so the first write starts after a few files rather than after a whole batch.
_POOL_BATCH = 64
_POOL_FIRST_BATCHES = (16, 32)
# Files written between background checkpoints: the pages every file rewrites (the search index's
# structure, inner b-tree pages) are copied once per checkpoint, so fewer checkpoints copy less, while
# ~256 files (~25 MB of log) stay under the writer's own automatic checkpoint at 32 MB.
_CHECKPOINT_FILES = 256


def _batches(files: Sequence[Path], size: int, *, first: Sequence[int] = ()) -> Iterator[Sequence[Path]]:
    """Cut the files into batches of ``size``, after batches of the ``first`` sizes."""
    start = 0
    for length in chain(first, repeat(size)):
        if start >= len(files):
            return
        yield files[start : start + length]
        start += length


def _read_known_sources(conn: sqlite3.Connection) -> dict[str, StoredFile]:
    rows = conn.execute(
        "SELECT source, id, content_hash, code_fingerprint, file_size, file_mtime_ns FROM postings"
    )
    return {
        str(source): StoredFile(str(posting_id), str(content_hash), str(fingerprint), FileStat(size, mtime))
        for source, posting_id, content_hash, fingerprint, size, mtime in rows
    }


def _gone_keys(known: Mapping[str, StoredFile], files: Sequence[Path], folder: Path) -> list[str]:
    """Return the stored files under ``folder`` that are no longer among ``files``, sorted."""
    present = {source_key(path) for path in files}
    folder_key = source_key(folder)
    return sorted(key for key in known if is_under(key, folder_key) and key not in present)


class Store:
    """Postings in SQLite: synced from a folder of posting files, queried as Posting models."""

    def __init__(self, db: aiosqlite.Connection, location: str) -> None:
        """Wrap an open, migrated connection; use ``Store.open`` instead."""
        self._db = db
        self.location = location
        self._file_backed = location != ":memory:"
        # Loads run one at a time, so each works from a true picture of what is stored.
        self._loading = asyncio.Lock()

    @classmethod
    async def open(cls, path: str | Path) -> Self:
        """Open (creating if needed) the database at ``path``, or ``":memory:"``, at the latest schema."""
        location = str(path)
        file_backed = location != ":memory:"
        if file_backed:
            Path(location).parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: the store issues BEGIN IMMEDIATE / COMMIT itself, per batch of files.
        db = await aiosqlite.connect(location, isolation_level=None)
        store = cls(db, location)
        try:
            await store._on_connection(lambda conn: schema.configure(conn, file_backed=file_backed))
            await store._on_connection(schema.migrate)
        except BaseException:
            await db.close()
            raise
        return store

    async def close(self) -> None:
        """Close the connection, letting queued work finish first."""
        await self._db.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    async def schema_version(self) -> int:
        """Return the schema version the database is at."""
        return await self._on_connection(schema.schema_version)

    # Loading

    async def load_directory(
        self, directory: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES
    ) -> LoadReport:
        """Sync the store with a folder: add new files, replace changed ones, drop deleted ones.

        Raises NotADirectoryError when the folder does not exist.
        """
        folder = Path(directory)
        files = await asyncio.to_thread(discover, folder)
        async with self._loading:
            report = await self._sync(folder, files, max_bytes=max_bytes)
        log.info("Loaded postings from %s: %s", folder, report.summary())
        return report

    async def _sync(self, folder: Path, files: Sequence[Path], *, max_bytes: int) -> LoadReport:
        """Drop the stored files gone from the folder, then load the present ones."""
        known = await self._known_sources()
        if not known:  # a first load: nothing to remove, and no file's key is needed to tell
            return LoadReport(outcomes=await self._load_files(files, known, max_bytes=max_bytes))
        # Keying every file is CPU work that grows with the folder: off the event loop, as the walk is.
        gone = await asyncio.to_thread(_gone_keys, known, files, folder)
        # Removing first lets a file moved within the folder keep its id rather than get a suffix.
        removed = await self._on_connection(lambda conn: remove_sources(conn, gone))
        for key in gone:
            known.pop(key, None)
        loaded = await self._load_files(files, known, max_bytes=max_bytes)
        return LoadReport(outcomes=[*removed, *loaded])

    async def ingest(
        self, paths: str | Path | Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES
    ) -> LoadReport:
        """Add or update the given files and the posting files in the given folders; remove nothing."""
        given = [Path(paths)] if isinstance(paths, str | Path) else [Path(path) for path in paths]
        files = await asyncio.to_thread(expand, given)
        async with self._loading:
            known = await self._known_sources()
            report = LoadReport(outcomes=await self._load_files(files, known, max_bytes=max_bytes))
        log.info("Ingested postings: %s", report.summary())
        return report

    async def _load_files(
        self, files: Sequence[Path], known: dict[str, StoredFile], *, max_bytes: int
    ) -> list[FileOutcome]:
        """Hash and parse batches ahead while the database thread writes the earlier ones, in order.

        SQLite releases the GIL while it works, so parsing and writing overlap; with many files to
        parse, worker processes parse on every core.
        """
        fingerprint = await asyncio.to_thread(code_fingerprint)
        to_parse = await asyncio.to_thread(likely_changed, files, known, fingerprint)
        processes = worker_count() if to_parse >= PARALLEL_THRESHOLD else 1
        preparer = BatchPreparer(fingerprint=fingerprint, max_bytes=max_bytes, processes=processes)
        size, ahead = (_POOL_BATCH, 2 * processes) if preparer.parallel else (_BATCH, 1)
        if preparer.parallel:
            log.info("Parsing %s files in %s processes", to_parse, processes)
        # Many files to write: checkpoint beside the writer rather than in its way.
        checkpointer = (
            WalCheckpointer(self.location, every=max(1, _CHECKPOINT_FILES // size))
            if self._file_backed and to_parse >= PARALLEL_THRESHOLD
            else None
        )
        outcomes: list[FileOutcome] = []
        pending: deque[asyncio.Future[list[Prepared]]] = deque()
        try:
            first = _POOL_FIRST_BATCHES if preparer.parallel else ()
            for batch in _batches(files, size, first=first):
                pending.append(asyncio.ensure_future(preparer.prepare(batch, known)))
                if len(pending) > ahead:
                    outcomes += await self._write(await pending.popleft(), checkpointer)
            while pending:
                outcomes += await self._write(await pending.popleft(), checkpointer)
        finally:
            if pending:  # a write failed: let the batches in flight finish, then drop them
                await asyncio.gather(*pending, return_exceptions=True)
            await preparer.close()
            if checkpointer is not None:
                await asyncio.to_thread(checkpointer.stop)
        return outcomes

    async def _write(
        self, prepared: list[Prepared], checkpointer: WalCheckpointer | None = None
    ) -> list[FileOutcome]:
        """Write a prepared batch on the database thread: one transaction, a savepoint per file."""
        outcomes = await self._on_connection(
            partial(write_prepared, items=prepared, ingested_at=datetime.now(UTC))
        )
        if checkpointer is not None:
            checkpointer.nudge()
        return outcomes

    async def _known_sources(self) -> dict[str, StoredFile]:
        """Map every stored file to what tells whether it changed, built on the database thread.

        The map grows with the store, so it is built where the rows are read, not on the event loop.
        """
        return await self._on_connection(_read_known_sources)

    # Queries

    async def count(self) -> int:
        """Return how many postings the store holds."""
        rows = list(await self._db.execute_fetchall("SELECT count(*) FROM postings"))
        return int(rows[0][0])

    async def all_postings(self) -> list[Posting]:
        """Return every posting, ordered by id."""
        return await self._postings("SELECT json FROM postings ORDER BY id", ())

    async def get(self, posting_id: str) -> Posting | None:
        """Return the posting with this id, or None."""
        found = await self._postings("SELECT json FROM postings WHERE id = ?", (posting_id,))
        return found[0] if found else None

    async def search(self, text: str, limit: int = 10) -> list[SearchHit]:
        """Find the postings whose passages best match the text: the best passage of each, best first.

        Every word is quoted, so arbitrary user text (quotes, operators, punctuation) is never FTS5
        syntax. Postings holding all the words come first; when none does, any word counts.
        """
        terms = fts.query_terms(text)
        if not terms or limit <= 0:
            return []
        hits = await self._search(fts.match_all(terms), limit)
        if not hits and len(terms) > 1:
            hits = await self._search(fts.match_any(terms), limit)
        return hits

    async def _search(self, match: str, limit: int) -> list[SearchHit]:
        return await self._on_connection(lambda conn: best_passages(conn, match, limit))

    async def filter(
        self,
        degree: DegreeLevel | None = None,
        remote: RemoteMode | None = None,
        location: str | None = None,
        has_pay: bool | None = None,
    ) -> list[Posting]:
        """Return the postings meeting every given criterion, ordered by title.

        ``degree``: the posting names that level (required or accepted). ``location``: every word of
        it is a whole word of one stated location or of the region a remote posting is open to
        ("san jose", "Austin, US"), or it is a country by name or code ("USA", "Canada"), which
        matches every place in that country.
        """
        clauses: list[str] = []
        params: list[Any] = []
        if degree is not None:
            clauses.append("instr(p.degree_levels, ?)")
            params.append(f" {DegreeLevel(degree).value} ")
        if remote is not None:
            clauses.append("p.remote_mode = ?")
            params.append(RemoteMode(remote).value)
        place_words = words(location or "")
        if place_words:
            # Each place is [terms, country] in the row's JSON (see ``PostingRows.places``).
            every_word = " AND ".join("instr(l.value ->> 0, ?)" for _ in place_words)
            clauses.append(
                f"EXISTS (SELECT 1 FROM json_each(p.places) l WHERE ({every_word}) OR l.value ->> 1 = ?)"
            )
            params += [f" {word} " for word in place_words]
            params.append(country_named(location or ""))
        if has_pay is not None:
            clauses.append("p.has_pay = ?")
            params.append(int(has_pay))
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        return await self._postings(f"SELECT p.json FROM postings p{where} ORDER BY p.title, p.id", params)

    async def _postings(self, sql: str, params: Sequence[Any]) -> list[Posting]:
        """Run a query selecting posting JSON and validate the rows as the cursor yields them.

        Both happen on the database thread, off the event loop, in one hop; reading row by row
        holds the JSON of one posting at a time rather than of all 10,000 at once.
        """

        def read(conn: sqlite3.Connection) -> list[Posting]:
            return postings_from_json(str(row[0]) for row in conn.execute(sql, params))

        return await self._on_connection(read)

    async def _on_connection(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run synchronous work on the database's own thread: one hop for many statements.

        aiosqlite runs every statement on one worker thread; its ``_execute`` queues a callable there.
        A file's whole transaction costs one hop this way instead of seven, which is what lets a
        load reach thousands of files per second.
        """
        db = self._db
        queue_on_thread: Callable[[Callable[[], T]], Awaitable[T]] = db._execute
        return await queue_on_thread(lambda: work(db._conn))
