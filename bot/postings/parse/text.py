"""Decode raw posting bytes and normalise text so every later step sees clean ``\\n``-separated lines."""

from __future__ import annotations

import codecs

from bot.postings.errors import ParseError
from bot.postings.parse.lines import contains_any

# Zero-width and invisible characters that boards sprinkle into text; they break word matching.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"), None)
# Control characters other than tab and newline carry no meaning in a posting.
_CONTROLS = dict.fromkeys((*range(9), *range(14, 28), 31, 127))
# Line and paragraph separators that str.splitlines() would honour; map them to "\n" so one split suffices.
_BREAKS = dict.fromkeys(map(ord, "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), "\n")
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u3000\t"), " ")
_TRANSLATION = {**_CONTROLS, **_INVISIBLE, **_BREAKS, **_SPACES}
# Every character the translation changes; most postings hold none. Testing each with ``in`` (a memchr
# scan, and no scan at all for a character wider than any in the text) is several times cheaper than a
# character-class search, and far cheaper than str.translate with a mapping, which looks every character up.
_TRANSLATED = tuple(chr(code) for code in sorted(_TRANSLATION))


def decode(data: bytes, *, source: str, max_bytes: int) -> str:
    """Turn raw file bytes into text, refusing what cannot be a posting."""
    if len(data) > max_bytes:
        raise ParseError(source, f"file is larger than {max_bytes} bytes ({len(data)} bytes)")
    if not data.strip():
        raise ParseError(source, "file is empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ParseError(source, f"not valid UTF-16 text: {error.reason}") from None
    if b"\x00" in data:
        raise ParseError(source, "file is binary (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ParseError(
            source, f"not UTF-8 text (invalid byte at offset {error.start}); save the file as UTF-8"
        ) from None


def clean(text: str, *, source: str) -> str:
    """Unify line endings and drop invisible and control characters."""
    if "\x00" in text:
        raise ParseError(source, "text is binary (contains NUL characters)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_TRANSLATION) if contains_any(text, _TRANSLATED) else text


def assemble(lines: list[str], headings: dict[int, int]) -> tuple[str, dict[int, int]]:
    """Join flattened lines into the posting text, collapsing blank runs and renumbering headings."""
    out: list[str] = []
    renumbered: dict[int, int] = {}
    for position, line in enumerate(lines):
        if "\n" not in line and "\r" not in line:
            # The common single line, without the loop below: all-whitespace exactly when rstrip empties it.
            stripped = line.rstrip()
            if not stripped:
                if out and out[-1]:
                    out.append("")
            else:
                if position in headings and position not in renumbered:
                    renumbered[position] = len(out)
                out.append(stripped)
            continue
        for part in clean(line, source="").split("\n"):
            stripped = part.rstrip()
            if not stripped.strip():
                if out and out[-1]:
                    out.append("")
                continue
            if position in headings and position not in renumbered:
                renumbered[position] = len(out)
            out.append(stripped)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out), {new: headings[old] for old, new in renumbered.items()}
