"""Detect a posting's layout (plain text, Markdown, HTML, JSON-LD) and flatten it to plain lines."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

from bot.postings.errors import ParseError
from bot.postings.parse.html import flatten_tree, json_ld_blocks, parse_html
from bot.postings.parse.jsonld import Hints, find_job_postings, flatten_job_posting
from bot.postings.parse.lines import contains_any
from bot.postings.parse.markdown import flatten_markdown
from bot.postings.parse.text import assemble, clean

log = logging.getLogger(__name__)

_HTML_START = re.compile(
    r"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b|<meta\b|<div\b|<p\b|<h[1-6]\b|<ul\b|<ol\b|<section\b"
    r"|<article\b|<main\b|<table\b|<script\b|<span\b|<!--)",
    re.I,
)
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_JSON_SUFFIXES = frozenset({".json", ".jsonld"})
_KNOWN_ENDINGS = tuple(_HTML_SUFFIXES | _JSON_SUFFIXES)
_PATH_MARKS = ("/", "\\", ":")  # separators and a drive: a source holding none is a bare file name


@dataclass(frozen=True, slots=True)
class Document:
    """A posting as plain text, with the lines known to be headings and exact structured facts."""

    text: str
    headings: dict[int, int]  # line index in text.split("\n") -> heading level
    layout: str  # "text", "html", "json"
    hints: Hints = field(default_factory=Hints)


def _layout_suffix(source: str) -> str:
    """Return the source's lowercased suffix when it may name a layout, else "" (which names none).

    A bare file name that does not end in a layout suffix cannot have one, so it skips building a
    PurePath, which costs about 2 us a posting.
    """
    if not contains_any(source, _PATH_MARKS) and not source.lower().endswith(_KNOWN_ENDINGS):
        return ""
    return PurePath(source).suffix.lower()


def _looks_like_json(text: str, suffix: str) -> bool:
    if suffix in _JSON_SUFFIXES:
        return True
    stripped = text.lstrip()
    return stripped.startswith("{") or (stripped.startswith("[") and stripped[1:].lstrip()[:1] in {"{", "]"})


def _looks_like_html(text: str, suffix: str) -> bool:
    return suffix in _HTML_SUFFIXES or _HTML_START.match(text) is not None


def _from_json(text: str, source: str) -> Document:
    try:
        data: Any = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        reason = getattr(error, "msg", "too deeply nested")
        line = getattr(error, "lineno", None)
        where = f" at line {line}" if line else ""
        raise ParseError(source, f"invalid JSON{where}: {reason}") from None
    postings = find_job_postings(data)
    if not postings:
        raise ParseError(source, "JSON holds no schema.org JobPosting object")
    if len(postings) > 1:
        _warn_first_only(source, postings)
    lines, headings, hints = flatten_job_posting(postings[0])
    text_out, renumbered = assemble(lines, headings)
    return Document(text_out, renumbered, "json", hints)


def _warn_first_only(source: str, postings: list[dict[str, Any]]) -> None:
    """Say that only the first of several JobPostings is read: one file is one posting."""
    title = postings[0].get("title")
    log.warning(
        "%s holds %d JobPosting objects; a file is one posting, so only the first (%r) is read "
        "and the other %d are skipped: put each posting in its own file to load them all",
        source,
        len(postings),
        title if isinstance(title, str) else "untitled",
        len(postings) - 1,
    )


def _from_html(text: str, source: str) -> Document:
    tree = parse_html(text)
    for block in json_ld_blocks(tree):
        try:
            postings = find_job_postings(json.loads(block))
        except (json.JSONDecodeError, RecursionError):
            log.warning("%s: skipping a JSON-LD block that is not valid JSON", source)
            continue
        if postings:
            if len(postings) > 1:
                _warn_first_only(source, postings)
            lines, headings, hints = flatten_job_posting(postings[0])
            if not postings[0].get("description"):
                body, body_headings = flatten_tree(tree)
                offset = len(lines) + 1
                headings.update({offset + index: level for index, level in body_headings.items()})
                lines = [*lines, "", *body]
            text_out, renumbered = assemble(lines, headings)
            return Document(text_out, renumbered, "html", hints)
    lines, headings = flatten_tree(tree)
    text_out, renumbered = assemble(lines, headings)
    return Document(text_out, renumbered, "html")


def flatten(text: str, *, source: str) -> Document:
    """Return the posting as plain text lines whatever its layout; raise ParseError when nothing is left."""
    cleaned = clean(text, source=source)
    if not cleaned.strip():
        raise ParseError(source, "file is empty (only whitespace)")
    suffix = _layout_suffix(source)
    if _looks_like_json(cleaned, suffix):
        document = _from_json(cleaned, source)
    elif _looks_like_html(cleaned, suffix):
        document = _from_html(cleaned, source)
    else:
        lines, headings = flatten_markdown(cleaned)
        text_out, renumbered = assemble(lines, headings)
        document = Document(text_out, renumbered, "text")
    if not document.text.strip():
        raise ParseError(source, "file is empty (no text after removing markup)")
    return document
