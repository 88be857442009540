"""Dates: expiry, listing date, rolling review, start, duration and age, relative to today."""

from __future__ import annotations

import re

from bot.answers.answer import Intent
from bot.answers.handlers.base import Focus, Section, cite, long_date, relative_days
from bot.postings.model import DateFact, Posting

NOT_STATED = "This posting does not state a deadline."
_YEAR_SEASON = re.compile(r"^(\d{4})\s+(Spring|Summer|Fall|Autumn|Winter)$", re.IGNORECASE)
_YEAR_START = re.compile(r"^(\d{4})\s+start$", re.IGNORECASE)


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


def describe(posting: Posting, focus: Focus) -> Section:
    """State the deadline status first, then every other date fact with how long ago it was."""
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
    stated = states(posting)
    return Section(
        Intent.DEADLINE,
        stated,
        lines[0],
        (("Dates", "\n".join(lines)),),
        cite(posting, sources),
    )
