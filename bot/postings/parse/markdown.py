"""Reduce Markdown to plain lines, keeping ``#`` headings, bold-only lines and setext headings as headings."""

from __future__ import annotations

import functools
import re

from bot.postings.parse.lines import contains_any

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?P<text>[^*_].{0,78}?)\1\s*(?P<colon>:?)\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-{3,}|\*{3,}|_{3,})\s*$")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_CODE = re.compile(r"`([^`\n]+)`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
# Every Markdown mark read here; ``in`` tests for each scan a whole text several times faster than a
# character-class search.
_MARKS = ("*", "_", "[", "`", "#", "\\", "=")


def _inline(text: str) -> str:
    if not contains_any(text, _MARKS):
        return text
    # Each pattern needs its own marks; a text without them passes that step unchanged.
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    if "`" in text:
        text = _CODE.sub(r"\1", text)
    if "**" in text or "__" in text:
        text = _STRONG.sub(r"\2", text)
    if "*" in text:
        text = _EMPHASIS.sub(r"\1", text)
    return _ESCAPE.sub(r"\1", text) if "\\" in text else text


def flatten_markdown(text: str) -> tuple[list[str], dict[int, int]]:
    """Return plain lines and the heading level of each heading line; plain text passes through."""
    if not contains_any(text, _MARKS):
        return text.split("\n"), {}  # no markup anywhere: one scan of the text instead of one per line
    lines: list[str] = []
    headings: dict[int, int] = {}
    for raw in text.split("\n"):
        if not contains_any(raw, _MARKS):
            lines.append(raw)
            continue
        rule, level, plain = _markdown_line(raw)
        if rule is not None:
            # "Title\n=====" makes the line above a heading; a lone rule is dropped.
            if lines and lines[-1].strip() and rule in "=-":
                headings[len(lines) - 1] = 1 if rule == "=" else 2
        elif level:
            headings[len(lines)] = level
        lines.append(plain)
    return lines, headings


@functools.lru_cache(maxsize=8192)
def _markdown_line(raw: str) -> tuple[str | None, int, str]:
    """Return a marked-up line's setext rule character, heading level (0: none) and plain text.

    Cached because headings and list items recur across postings.
    """
    setext = _SETEXT.match(raw)
    if setext:
        return setext.group(1)[0], 0, ""
    atx = _ATX.match(raw)
    if atx:
        return None, len(atx.group(1)), _inline(atx.group(2))
    bold = _BOLD_LINE.match(raw)
    if bold:
        return None, 4, _inline(bold["text"].strip().rstrip(":").strip())
    return None, 0, _inline(raw)
