"""What every topic handler returns, and the helpers they share for quoting and dates."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from bot.answers.answer import Citation, Intent
from bot.postings.model import Posting


@dataclass(frozen=True, slots=True)
class Focus:
    """What the question singled out within a topic, and the date answers are relative to."""

    today: date
    words: frozenset[str] = frozenset()  # canonical words of the question
    benefit_terms: tuple[str, ...] = ()  # benefit categories or words asked about ("housing")
    years: frozenset[int] = frozenset()  # years named in the question ("in 2022")
    skills: tuple[str, ...] = ()  # skills named in the question, canonical ("pytorch", "cpp")


@dataclass(frozen=True, slots=True)
class Section:
    """One topic of one posting: whether the posting states it, a one-line headline, details, quotes."""

    intent: Intent
    stated: bool
    headline: str
    parts: tuple[tuple[str, str], ...] = ()  # (field name, value) pairs, in reading order
    citations: tuple[Citation, ...] = field(default_factory=tuple)

    @property
    def text(self) -> str:
        """Every part's value, one after the other."""
        return "\n".join(value for _, value in self.parts)


Describe = Callable[[Posting, Focus], Section]
States = Callable[[Posting], bool]


def cite(posting: Posting, sources: Iterable[str | None]) -> tuple[Citation, ...]:
    """Quote each distinct, non-empty source line of ``posting``."""
    seen: dict[str, None] = {}
    for source in sources:
        if source and source.strip():
            seen.setdefault(source.strip(), None)
    return tuple(Citation(posting_id=posting.id, quote=quote) for quote in seen)


def bullets(lines: Iterable[str]) -> str:
    """Join lines as a bulleted list."""
    return "\n".join(f"• {line.strip()}" for line in lines if line.strip())


def long_date(day: date) -> str:
    """Format a date the way postings write it: "February 28, 2026"."""
    return f"{day:%B} {day.day}, {day.year}"


def days_between(earlier: date, later: date) -> int:
    return (later - earlier).days


def plural(count: int, noun: str) -> str:
    """Return "1 day" / "3 days"."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def relative_days(day: date, today: date) -> str:
    """Describe how far ``day`` is from ``today``: "268 days ago", "in 3 days", "today"."""
    delta = (day - today).days
    if delta == 0:
        return "today"
    if delta < 0:
        return f"{plural(-delta, 'day')} ago"
    return f"in {plural(delta, 'day')}"
