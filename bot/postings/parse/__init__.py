"""The posting parser: any supported file (plain text, Markdown, HTML, JSON-LD) in, a validated Posting out.

Every function raises only ``ParseError`` for bad input, with a reason a person can act on.

One file is one posting: a JSON file (or an HTML page's JSON-LD) holding several schema.org
JobPosting objects yields its first, and a warning names how many were skipped, so a feed export
should be split into one file per posting before it is loaded.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from pydantic import ValidationError

from bot.postings.errors import ParseError
from bot.postings.model import Posting
from bot.postings.parse.build import build_posting
from bot.postings.parse.layout import flatten
from bot.postings.parse.text import decode

__all__ = ["ParseError", "parse_bytes", "parse_file", "parse_text"]

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 1_000_000


def parse_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Posting:
    """Read and parse one posting file; the file name becomes the posting's ``source``."""
    source = Path(path).name
    try:
        size = Path(path).stat().st_size
        if size > max_bytes:
            raise ParseError(source, f"file is larger than {max_bytes} bytes ({size} bytes)")
        data = Path(path).read_bytes()
    except OSError as error:
        raise ParseError(source, f"cannot read file: {error.strerror or error}") from None
    return parse_bytes(data, source=source, max_bytes=max_bytes)


def parse_bytes(data: bytes, *, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Posting:
    """Decode and parse raw posting bytes; ``content_hash`` is the sha256 of exactly these bytes."""
    text = decode(data, source=source, max_bytes=max_bytes)
    return parse_text(text, source=source, content_hash=hashlib.sha256(data).hexdigest())


def parse_text(text: str, *, source: str, content_hash: str | None = None) -> Posting:
    """Parse posting text of any supported layout; the hash defaults to the sha256 of its UTF-8 bytes."""
    if content_hash is None:
        content_hash = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    document = flatten(text, source=source)
    try:
        return build_posting(document, source=source, content_hash=content_hash)
    except ValidationError as error:
        log.warning("%s: extracted facts failed validation: %s", source, error)
        raise ParseError(
            source, f"extracted facts failed validation: {error.error_count()} error(s)"
        ) from None
