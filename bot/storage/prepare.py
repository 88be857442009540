"""The CPU side of a load: tell untouched files by a stat, hash the others, parse only changed bytes.

Runs in a worker thread, or in worker processes for large loads (no database access), so the event loop
stays free while a large folder loads. A parsed file comes back as the rows to write, not as a model.

A file whose size and modification time are what they were when its bytes were last hashed is taken as
untouched without reading it, the quick check rsync and git make. A file modified within
``SETTLE_NANOSECONDS`` of being read may change again within the same timestamp tick, so its stat is not
kept: the next load hashes it again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from bot.postings.errors import ParseError
from bot.postings.model import Posting
from bot.postings.parse import parse_bytes
from bot.storage.files import source_key
from bot.storage.rows import PostingRows, posting_rows

log = logging.getLogger(__name__)


# The outcomes of preparing a file are named tuples: they cross from worker processes by the
# thousand, and tuples pickle in C where slotted dataclasses run Python per object.


# A file modified this recently may be written again within the same timestamp tick unseen.
SETTLE_NANOSECONDS = 2_000_000_000


class FileStat(NamedTuple):
    """A file's size and modification time when its bytes were hashed; -1 when not to be trusted."""

    size: int
    mtime_ns: int

    @classmethod
    def unknown(cls) -> FileStat:
        """Return the stat that never matches, so the next load hashes the file."""
        return cls(-1, -1)

    @classmethod
    def settled(cls, stat: os.stat_result, *, now_ns: int) -> FileStat:
        """Return the stat to keep for a file just read: its own, unless it was modified too recently."""
        if now_ns - stat.st_mtime_ns < SETTLE_NANOSECONDS:
            return cls.unknown()
        return cls(stat.st_size, stat.st_mtime_ns)

    def matches(self, stat: os.stat_result) -> bool:
        """Tell whether a file's current stat is the one kept, so its bytes need no hashing."""
        return self.size >= 0 and (self.size, self.mtime_ns) == (stat.st_size, stat.st_mtime_ns)


class StoredFile(NamedTuple):
    """What the store remembers of a file, enough to tell whether it needs parsing again."""

    posting_id: str
    content_hash: str
    code_fingerprint: str
    stat: FileStat = FileStat(-1, -1)


class Unchanged(NamedTuple):
    """The file's bytes hash to what the store holds, and the same code wrote its rows.

    ``stat`` is the file's stat to store when it differs from the stored one (a touched file), else None.
    """

    path: Path
    key: str
    posting_id: str
    stat: FileStat | None = None


class Parsed(NamedTuple):
    """The file is new or changed, parsed into a posting and turned into the rows to store."""

    path: Path
    key: str
    content_hash: str
    code_fingerprint: str
    rows: PostingRows
    stat: FileStat


class Failed(NamedTuple):
    """The file could not be read or parsed; ``reason`` says why."""

    path: Path
    key: str
    reason: str


Prepared = Unchanged | Parsed | Failed


def prepare_batch(
    paths: Sequence[Path], known: Mapping[str, StoredFile], *, fingerprint: str, max_bytes: int
) -> list[Prepared]:
    """Prepare each file: unchanged ones skip the parser; new and changed ones are parsed."""
    return [prepare_file(path, known, fingerprint=fingerprint, max_bytes=max_bytes) for path in paths]


def prepare_file(
    path: Path, known: Mapping[str, StoredFile], *, fingerprint: str, max_bytes: int
) -> Prepared:
    """Read, hash and (when needed) parse one file; never raise for a bad file."""
    key = source_key(path)
    stored = known.get(key)
    if stored is not None and stored.code_fingerprint != fingerprint:
        stored = None  # written by other code: parse it whatever its bytes
    try:
        if stored is not None and stored.stat.matches(path.stat()):
            return Unchanged(path, key, stored.posting_id)
        data, stat = _read_at_most(path, max_bytes + 1)
    except OSError as exc:
        return Failed(path, key, f"cannot read the file: {exc.strerror or exc}")
    if len(data) > max_bytes:
        return Failed(path, key, f"the file is larger than the {max_bytes:,}-byte limit")
    content_hash = hashlib.sha256(data).hexdigest()
    kept = FileStat.settled(stat, now_ns=time.time_ns())
    if stored is not None and stored.content_hash == content_hash:
        return Unchanged(path, key, stored.posting_id, None if kept == stored.stat else kept)
    try:
        posting = parse_bytes(data, source=path.name, max_bytes=max_bytes)
        rows = posting_rows(_hashed(posting, content_hash))
    except ParseError as exc:
        return Failed(path, key, exc.reason)
    except Exception as exc:  # a parser bug must cost one file, not the whole load
        log.exception("Parser crashed on %s", path)
        return Failed(path, key, f"parser error: {type(exc).__name__}: {exc}")
    return Parsed(path, key, content_hash, fingerprint, rows, kept)


def _hashed(posting: Posting, content_hash: str) -> Posting:
    """Return the posting carrying the hash of the bytes the store read, which is what it compares."""
    if posting.content_hash == content_hash:
        return posting
    return posting.model_copy(update={"content_hash": content_hash})


def _read_at_most(path: Path, limit: int) -> tuple[bytes, os.stat_result]:
    """Read up to ``limit`` bytes, and return them with the file's stat taken before reading.

    An oversized file costs no more memory than the parser's limit. Asking for the file's size plus
    one byte, not for ``limit``, spares allocating (and mapping) a megabyte-sized buffer for every 4 KB
    posting; a file that grew meanwhile is read on to the limit (and its stat no longer matches).
    """
    with path.open("rb", buffering=0) as handle:
        stat = os.fstat(handle.fileno())
        size = stat.st_size
        data = handle.read(min(size + 1, limit))
        if len(data) > size:  # it grew, or the system reports no size (0 for some special files)
            data += handle.read(limit - len(data))
            stat = os.fstat(handle.fileno())
        return data, stat
