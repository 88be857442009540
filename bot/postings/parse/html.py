"""Flatten HTML to plain lines with a real HTML5 parser: headings stay headings, list items bullets."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from selectolax.lexbor import LexborHTMLParser

log = logging.getLogger(__name__)

_DROPPED = frozenset(
    {"script", "style", "nav", "footer", "noscript", "template", "svg", "iframe", "head", "button", "select"}
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "aside",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tr",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "address",
        "form",
        "fieldset",
        "details",
        "summary",
        "hr",
        "body",
        "html",
    }
)
_CELLS = frozenset({"td", "th"})
_EMPHASIS = frozenset({"strong", "b"})
_MAX_DEPTH = 400  # deeper trees are read as plain text instead of walked


@dataclass(slots=True)
class _Flattener:
    lines: list[str] = field(default_factory=list)
    headings: dict[int, int] = field(default_factory=dict)
    buffer: list[str] = field(default_factory=list)
    prefixes: list[str] = field(default_factory=list)

    def flush(self) -> None:
        if not self.buffer:
            return  # a block right after another: nothing buffered since the last flush
        text = " ".join("".join(self.buffer).split())
        self.buffer.clear()
        if text:
            prefix = "- " if self.prefixes else ""
            self.lines.append(prefix + text)

    def heading(self, text: str, level: int) -> None:
        self.flush()
        text = " ".join(text.split())
        if text:
            self.headings[len(self.lines)] = level
            self.lines.append(text)

    def walk(self, node: Any, depth: int = 0) -> None:
        buffer, visit = self.buffer, self.visit
        child = node.child
        while child is not None:
            # Text nodes are most of the tree: buffer them here rather than through a visit call. The tag
            # is read once and handed on, since each read builds a new string.
            tag = child.tag
            if tag == "-text":
                buffer.append(child.text(deep=False) or "")
            else:
                visit(child, tag, depth + 1)
            child = child.next

    def visit(self, node: Any, tag: str, depth: int) -> None:
        if tag == "-text":
            self.buffer.append(node.text(deep=False) or "")
            return
        if tag in _DROPPED or tag.startswith("-"):
            return
        if depth > _MAX_DEPTH:
            self.buffer.append(" " + (node.text(deep=True, separator=" ") or "") + " ")
            return
        if tag in _HEADINGS:
            self.heading(node.text(deep=True, separator=" ") or "", _HEADINGS[tag])
        elif tag == "li":
            self.flush()
            self.prefixes.append("- ")
            self.walk(node, depth)
            self.flush()
            self.prefixes.pop()
        elif tag == "p" and _is_emphasis_only(node):
            self.heading(node.text(deep=True, separator=" ") or "", 4)
        elif tag == "br":
            self.flush()
        elif tag in _CELLS:
            self.buffer.append(" ")
            self.walk(node, depth)
            self.buffer.append(" ")
        elif tag in _BLOCKS:
            self.flush()
            self.walk(node, depth)
            self.flush()
        else:
            self.walk(node, depth)


def _is_emphasis_only(paragraph: Any) -> bool:
    """Tell whether a paragraph holds nothing but bold text: boards use that for headings."""
    found = False
    child = paragraph.child
    while child is not None:
        if child.tag == "-text":
            if (child.text(deep=False) or "").strip():
                return False
        elif child.tag in _EMPHASIS:
            found = True
        elif child.tag != "br" and not child.tag.startswith("-"):
            return False
        child = child.next
    text = paragraph.text(deep=True) or ""
    text = text.strip()
    return (
        found
        and 0 < len(text) <= 60
        and len(text.split()) <= 8
        and not text.endswith(".")
        and "," not in text
    )


def parse_html(markup: str) -> LexborHTMLParser:
    """Parse markup into a tree."""
    return LexborHTMLParser(markup)


def json_ld_blocks(tree: LexborHTMLParser) -> list[str]:
    """Return the raw text of every ``<script type="application/ld+json">`` in the page."""
    return [node.text() or "" for node in tree.css('script[type="application/ld+json"]')]


def flatten_tree(tree: LexborHTMLParser) -> tuple[list[str], dict[int, int]]:
    """Return plain lines and heading levels for the page; its <title> leads when it adds to the h1."""
    flattener = _Flattener()
    title = tree.css_first("title")
    heading = tree.css_first("h1")
    title_text = " ".join((title.text() or "").split()) if title is not None else ""
    heading_text = " ".join((heading.text() or "").split()) if heading is not None else ""
    if title_text and title_text != heading_text:
        # "<title>Job | Company</title>" often names the company the page body never repeats.
        flattener.heading(title_text, 1)
    root = tree.body if tree.body is not None else tree.root
    if root is not None:
        flattener.walk(root)
    flattener.flush()
    return flattener.lines, flattener.headings


def flatten_html(markup: str) -> tuple[list[str], dict[int, int]]:
    """Parse an HTML fragment or page and return its plain lines and heading levels."""
    return flatten_tree(parse_html(markup))
