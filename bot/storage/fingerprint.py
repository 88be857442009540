"""A fingerprint of the code that turns a file into stored rows, so a new parser re-parses every file.

Skipping files whose bytes are unchanged is only right while the parser and the row layout are the
same; a stored row remembers the fingerprint it was written under, and a different one means stale.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import bot.postings
import bot.storage

# The parser and the model decide the Posting; the storage package decides its rows and passages.
_PACKAGES = (bot.postings, bot.storage)


@cache
def code_fingerprint() -> str:
    """Hash the source of the posting and storage packages, once per process."""
    digest = hashlib.sha256()
    for package in _PACKAGES:
        for folder in map(Path, package.__path__):
            for source in sorted(folder.rglob("*.py")):
                digest.update(source.relative_to(folder).as_posix().encode("utf-8"))
                digest.update(source.read_bytes())
    return digest.hexdigest()[:16]
