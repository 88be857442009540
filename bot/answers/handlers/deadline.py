"""Dates: expiry, listing date, rolling review, start, duration and age, relative to today."""

from __future__ import annotations

import re

from bot.answers.answer import Intent
from bot.answers.handlers.base import Focus, Section, cite, long_date, relative_days
from bot.postings.model import DateFact, Posting

NOT_STATED = "This posting does not state a deadline."
_YEAR_SEASON = re.compile(r"^(\d{4})\s+(Spring|Summer|Fall|Autumn|Winter)$", re.IGNORECASE)
_YEAR_START = re.compile(r"^(\d{4})\s+start$", re.IGNORECASE)
# Question words that ask for one date fact in particular, so the answer leads with it.
_ASKS_START = frozenset({"start", "starts", "starting", "began", "begin", "begins", "beginning", "commence"})
_ASKS_DURATION = frozenset({"long", "duration", "length", "lasts", "weeks"})
_ASKS_LISTED = frozenset({"posted", "listed", "post", "published", "old", "age", "put"})
_NOT_STATED_ASPECT = {
    "start": "This posting does not state a start date.",
    "duration": "This posting does not state how long it lasts.",
    "listed": "This posting does not say when it was posted.",
}


def season_first(text: str) -> str:
    """Write "2026 Summer" as "Summer 2026" and "2026 Start" as "in 2026"; leave the rest as written."""
    match = _YEAR_SEASON.match(text.strip())
    if match:
        return f"{match.group(2).capitalize()} {match.group(1)}"
    start = _YEAR_START.match(text.strip())
    return f"in {start.group(1)}" if start else text


def states(posting: Posting) -> bool:
    dates = posting.dates
    return any((dates.listed, dates.expires, dates.start, dates.duration, dates.rolling, dates.posted_ago))


def is_expired(posting: Posting, focus: Focus) -> bool:
    expires = posting.dates.expires
    return expires is not None and expires.date < focus.today


def _as_written(fact: DateFact) -> str:
    """Add the date as the posting wrote it when that differs from the long form."""
    written = fact.text.strip()
    if written and long_date(fact.date) not in written and len(written) <= 60:
        return f" (the posting says “{written}”)"
    return ""


def status(posting: Posting, focus: Focus) -> str:
    """One line saying whether the posting is still open, as far as it says."""
    dates = posting.dates
    if dates.expires is not None:
        when = relative_days(dates.expires.date, focus.today)
        if dates.expires.date < focus.today:
            return f"Expired on {long_date(dates.expires.date)} ({when})."
        if dates.expires.date == focus.today:
            return f"Expires today, {long_date(dates.expires.date)}."
        return f"Open until {long_date(dates.expires.date)} ({when})."
    if dates.rolling is not None:
        return "Applications are reviewed on a rolling basis; no closing date stated."
    return NOT_STATED


def asked_aspects(focus: Focus) -> tuple[str, ...]:
    """The date facts a question singles out (start, duration, listed), in a fixed order."""
    words = focus.words
    asked: list[str] = []
    if words & _ASKS_START:
        asked.append("start")
    if words & _ASKS_DURATION:
        asked.append("duration")
    if words & _ASKS_LISTED:
        asked.append("listed")
    return tuple(asked)


_ASPECT_PREFIXES = {"start": ("Start:",), "duration": ("Duration:",), "listed": ("Listed on", "Posted ")}


def _lead(lines: list[str], aspects: tuple[str, ...]) -> list[str]:
    """Move the lines answering the asked aspects first; say so when the posting does not state one."""
    leading: list[str] = []
    for aspect in aspects:
        found = [line for line in lines if line.startswith(_ASPECT_PREFIXES[aspect])]
        leading.extend(found or [_NOT_STATED_ASPECT[aspect]])
    return leading + [line for line in lines if line not in leading]


def describe(posting: Posting, focus: Focus) -> Section:
    """Lead with the date fact asked about (else the deadline status), then every other date fact."""
    dates = posting.dates
    lines: list[str] = [status(posting, focus)]
    sources: list[str | None] = []
    if dates.expires is not None:
        sources.append(dates.expires.source)
        lines[0] = lines[0].rstrip(".") + _as_written(dates.expires) + "."
    if dates.rolling is not None:
        lines.append(f"The posting says: “{dates.rolling.source.strip() or dates.rolling.text}”")
        sources.append(dates.rolling.source)
    if dates.listed is not None:
        listed = dates.listed
        ago = relative_days(listed.date, focus.today)
        lines.append(f"Listed on {long_date(listed.date)}, {ago}{_as_written(listed)}.")
        sources.append(listed.source)
        if dates.expires is not None and listed.date > dates.expires.date:
            lines.append(
                f"Note: the posting contradicts itself: it was listed on {long_date(listed.date)}, "
                f"after its stated expiry of {long_date(dates.expires.date)}."
            )
    if dates.posted_ago is not None:
        lines.append(f"Posted {dates.posted_ago.text}.")
        sources.append(dates.posted_ago.source)
    if dates.start is not None:
        lines.append(f"Start: {season_first(dates.start.text)}.")
        sources.append(dates.start.source)
    if dates.duration is not None:
        lines.append(f"Duration: {dates.duration.text}.")
        sources.append(dates.duration.source)
    aspects = asked_aspects(focus)
    if aspects:
        lines = _lead(lines, aspects)
    stated = states(posting)
    return Section(
        Intent.DEADLINE,
        stated,
        lines[0],
        (("Dates", "\n".join(lines)),),
        cite(posting, sources),
    )
