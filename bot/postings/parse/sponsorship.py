"""Read what a posting says about visa / H1B sponsorship, and the yearly counts some boards chart."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from bot.postings.model import Fact, Sponsorship, SponsorshipYear
from bot.postings.parse.lines import SPONSOR_MARKERS, SPONSORSHIP, Line, contains_any

_SPONSOR_WORDS = re.compile(
    r"\b(?:sponsor\w*|visas?|h-?1b|work authori[sz]ation|authori[sz]ed to work|work permits?|right to work"
    r"|immigration)\b",
    re.I,
)
_HISTORY = re.compile(
    r"^(?P<year>(?:19|20)\d\d)\s*(?:\(\s*(?P<paren>\d[\d,]{0,9})\s*\)|:\s*(?P<colon>\d[\d,]{0,9}))$"
)
_SENTENCE_CLOSE = (".", "!", "?", ")", ":", ";")


def _paragraphs(lines: Sequence[Line]) -> list[tuple[str, Line]]:
    """Join hard-wrapped lines (a line without a final stop followed by a lowercase start) into paragraphs."""
    paragraphs: list[tuple[str, Line]] = []
    current: list[str] = []
    first: Line | None = None
    for line in lines:
        continues = (
            first is not None
            and current
            and not current[-1].endswith(_SENTENCE_CLOSE)
            and line.content[:1].islower()
        )
        if continues:
            current.append(line.content)
            continue
        if first is not None:
            paragraphs.append((" ".join(current), first))
        first, current = line, [line.content]
    if first is not None:
        paragraphs.append((" ".join(current), first))
    return paragraphs


@functools.lru_cache(maxsize=16384)
def _names_sponsorship(content: str) -> bool:
    """Tell whether a line speaks of sponsorship or work authorisation; cached because most lines recur."""
    return contains_any(content.lower(), SPONSOR_MARKERS) and _SPONSOR_WORDS.search(content) is not None


def find_sponsorship(section_lines: Sequence[Line], other_lines: Iterable[Line]) -> Sponsorship:
    """Return sponsorship statements and yearly counts; empty when the posting states nothing."""
    history: list[SponsorshipYear] = []
    prose: list[Line] = []
    for line in section_lines:
        match = _HISTORY.match(line.content)
        if match:
            count = int((match["paren"] or match["colon"]).replace(",", ""))
            history.append(SponsorshipYear(year=int(match["year"]), count=count, source=line.raw))
        else:
            prose.append(line)
    statements = [
        Fact(text=text, source=first.raw)
        for text, first in _paragraphs(prose)
        if len(text) >= 20 and _SPONSOR_WORDS.search(text)
    ]
    quoted = {fact.source for fact in statements}
    for line in other_lines:
        if line.kinds & SPONSORSHIP and _names_sponsorship(line.content) and line.raw not in quoted:
            statements.append(Fact(text=line.content, source=line.raw))
            quoted.add(line.raw)
    return Sponsorship(statements=statements, history=history)
