"""The CPU side of a load: read each file once, hash it, and parse it only when its bytes changed.

Runs in a worker thread, or in worker processes for large loads (no database access), so the event loop
stays free while a large folder loads. A parsed file comes back as the rows to write, not as a model.
"""

from __future__ import annotations

import hashlib
import logging
import os
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


class StoredFile(NamedTuple):
    """What the store remembers of a file, enough to tell whether it needs parsing again."""

    posting_id: str
    content_hash: str
    code_fingerprint: str


class Unchanged(NamedTuple):
    """The file's bytes hash to what the store holds, and the same code wrote its rows."""

    path: Path
    key: str
    posting_id: str


class Parsed(NamedTuple):
    """The file is new or changed, parsed into a posting and turned into the rows to store."""

    path: Path
    key: str
    content_hash: str
    code_fingerprint: str
    rows: PostingRows


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
    try:
        data = _read_at_most(path, max_bytes + 1)
    except OSError as exc:
        return Failed(path, key, f"cannot read the file: {exc.strerror or exc}")
    if len(data) > max_bytes:
        return Failed(path, key, f"the file is larger than the {max_bytes:,}-byte limit")
    content_hash = hashlib.sha256(data).hexdigest()
    stored = known.get(key)
    if stored is not None and (stored.content_hash, stored.code_fingerprint) == (content_hash, fingerprint):
        return Unchanged(path, key, stored.posting_id)
    try:
        posting = parse_bytes(data, source=path.name, max_bytes=max_bytes)
        rows = posting_rows(_hashed(posting, content_hash))
    except ParseError as exc:
        return Failed(path, key, exc.reason)
    except Exception as exc:  # a parser bug must cost one file, not the whole load
        log.exception("Parser crashed on %s", path)
        return Failed(path, key, f"parser error: {type(exc).__name__}: {exc}")
    return Parsed(path, key, content_hash, fingerprint, rows)


def _hashed(posting: Posting, content_hash: str) -> Posting:
    """Return the posting carrying the hash of the bytes the store read, which is what it compares."""
    if posting.content_hash == content_hash:
        return posting
    return posting.model_copy(update={"content_hash": content_hash})


def _read_at_most(path: Path, limit: int) -> bytes:
    """Read up to ``limit`` bytes, so an oversized file costs no more memory than the parser's limit.

    Asking for the file's size plus one byte, not for ``limit``, spares allocating (and mapping) a
    megabyte-sized buffer for every 4 KB posting; a file that grew meanwhile is read on to the limit.
    """
    with path.open("rb", buffering=0) as handle:
        size = os.fstat(handle.fileno()).st_size
        data = handle.read(min(size + 1, limit))
        if len(data) > size:  # it grew, or the system reports no size (0 for some special files)
            data += handle.read(limit - len(data))
        return data
