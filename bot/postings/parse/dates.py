"""Read listing, expiry, start, duration, rolling review and "2 weeks ago" dates from posting lines."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable, Iterable
from datetime import date, datetime

from dateutil import parser as date_parser

from bot.postings.model import DateFact, Dates, Fact, RelativeAge
from bot.postings.parse.lines import DATE_WORDS, Line, contains_any

_DATE = (
    r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}"
    r"|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4})"
)
_LISTED = re.compile(
    r"\b(?:listed|posted|date posted|published|posting date|opened|date listed)(?: on)?\s*:?\s*"
    rf"(?P<date>{_DATE})",
    re.I,
)
_EXPIRES = re.compile(
    r"\b(?:expires|expiry(?: date)?|expiration(?: date)?|closing date|closes|close date|deadline"
    r"|application deadline|apply by|apply before|applications? (?:close|closes|due)|valid (?:through|until)"
    rf"|deadline to apply)(?: on| by)?\s*:?\s*(?P<date>{_DATE})",
    re.I,
)
_DATE_ONLY = re.compile(rf"^(?P<date>{_DATE})\b")
_EXPIRY_LABELS = frozenset(
    {
        "deadline",
        "closing date",
        "apply by",
        "application deadline",
        "expires",
        "closes",
        "valid through",
        "applications close",
        "expiry date",
    }
)
_LISTED_LABELS = frozenset({"posted", "posted on", "date posted", "listed", "listed on", "published"})
_START = re.compile(
    r"\b(?:20\d\d\s+(?:Start|Summer|Fall|Autumn|Winter|Spring)|(?:Summer|Fall|Autumn|Winter|Spring)\s+20\d\d)\b",
    re.I,
)
# A start ("2026 Start", "Summer 2026") names one of these, lowercased; ASCII text folds as the pattern does.
_START_WORDS = ("start", "summer", "fall", "autumn", "winter", "spring")
_START_LABELS = frozenset({"start date", "start", "starts", "starting date", "start dates"})
_DURATION = re.compile(
    r"\b\d{1,2}(?:\s?[-–]\s?\d{1,2})?[- ](?:weeks?|months?)\b(?!\s+ago)(?!\s+of\s+(?:paid|parental|leave"
    r"|experience))"
)
_DURATION_CUES = re.compile(
    r"\b(?:intern\w*|commit\w*|duration|program\w*|contract|placement|lasts?|long|for|during|runs?|term)\b",
    re.I,
)
_DURATION_LABELS = frozenset({"duration", "length", "contract length", "program length", "term"})
_ROLLING = re.compile(r"[^.!?;]*\brolling (?:basis|admissions?|review)\b", re.I)
_AGO = re.compile(
    r"\b(?P<count>\d{1,4}\+?|an?|one)\s+(?P<unit>minute|hour|day|week|month|year)s?\s+ago\b"
    r"|\b(?:posted|listed)\s+(?P<word>today|yesterday)\b",
    re.I,
)
_DAYS_PER_UNIT = {"minute": 0, "hour": 0, "day": 1, "week": 7, "month": 30, "year": 365}
_DEFAULT = datetime(2000, 1, 1)
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_NAMED_DATE = re.compile(r"([A-Za-z]{3,9})\.? ([0-9]{1,2}), ([0-9]{4})")
# The month names dateutil knows, by their lowercase spelling.
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_LISTED_WORDS = ("listed", "posted", "published", "posting date", "opened")
_EXPIRY_WORDS = ("expir", "clos", "deadline", "apply b", "due", "valid")


# Whether 05/03/2026 is day-first, or how to tell: a posting-wide check only ambiguous dates need.
DayFirst = bool | Callable[[], bool]


def _to_date(text: str, *, dayfirst: DayFirst) -> date | None:
    """Parse one date candidate with dateutil; None for anything it cannot read."""
    known = _common_date(text)
    if known is not None or _ISO_DATE.fullmatch(text) is not None:
        return known  # ISO dates are year-month-day everywhere; an impossible one is no date
    try:
        day_first = dayfirst if isinstance(dayfirst, bool) else dayfirst()
        return date_parser.parse(text, dayfirst=day_first, default=_DEFAULT).date()
    except (ValueError, OverflowError, TypeError):
        return None


def _common_date(text: str) -> date | None:
    """Read the two commonest spellings directly; None for anything else or an impossible date.

    dateutil costs about 50 us a date. "2026-03-02" is always year-month-day (dateutil would read
    it year-day-month in a day-first posting) and "March 2, 2026" has a named month, so neither
    depends on the posting's day-first convention.
    """
    iso = _ISO_DATE.fullmatch(text)
    if iso is not None:
        year, month, day = int(iso[1]), int(iso[2]), int(iso[3])
    else:
        named = _NAMED_DATE.fullmatch(text)
        month = _MONTHS.get(named[1].lower(), 0) if named is not None else 0
        if named is None or not month:
            return None
        year, day = int(named[3]), int(named[2])
    if year < 1000 or not 1 <= month <= 12 or not 1 <= day <= monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _date_fact(match: re.Match[str] | None, line: Line, *, dayfirst: DayFirst) -> DateFact | None:
    if match is None:
        return None
    stated = _to_date(match["date"], dayfirst=dayfirst)
    if stated is None:
        return None
    return DateFact(date=stated, text=match.group(0).strip(), source=line.raw)


def _labelled_date(line: Line, labels: frozenset[str], *, dayfirst: DayFirst) -> DateFact | None:
    if line.label is None or line.value is None or line.label.lower() not in labels:
        return None
    match = _DATE_ONLY.match(line.value)
    if match is None:
        return None
    stated = _to_date(match["date"], dayfirst=dayfirst)
    return None if stated is None else DateFact(date=stated, text=line.content, source=line.raw)


def _age(line: Line) -> RelativeAge | None:
    match = _AGO.search(line.content)
    if match is None:
        return None
    if match["word"]:
        days = 0 if match["word"].lower() == "today" else 1
    else:
        count_text = match["count"].rstrip("+").lower()
        count = 1 if count_text in {"a", "an", "one"} else int(count_text)
        days = count * _DAYS_PER_UNIT[match["unit"].lower()]
    return RelativeAge(text=match.group(0), days=days, source=line.raw)


def _labelled_span(line: Line, start: Fact | None, duration: Fact | None) -> tuple[Fact | None, Fact | None]:
    """Return the start and duration with a ``Start date:`` or ``Duration:`` line's value filled in."""
    label = (line.label or "").lower()
    if start is None and label in _START_LABELS and line.value:
        start = Fact(text=line.value, source=line.raw)
    if duration is None and label in _DURATION_LABELS and line.value:
        duration = Fact(text=line.value, source=line.raw)
    return start, duration


def find_dates(title_line: Line | None, lines: Iterable[Line], *, dayfirst: DayFirst) -> Dates:
    """Return the dates the posting states; each is the first one found in reading order.

    ``dayfirst`` may be a check to run only when an ambiguous date such as 05/03/2026 turns up.
    """
    listed = expires = None
    start = duration = rolling = None
    posted_ago = None
    ordered = [title_line, *lines] if title_line is not None else list(lines)
    for line in ordered:
        # Cheap guards keep the regexes off the many lines that cannot match (ingestion speed).
        if line.kinds & DATE_WORDS:  # "rolling", " ago", "posted" or "listed"
            text, low = line.content, line.folded
            if rolling is None and "rolling" in low and (review := _ROLLING.search(text)) is not None:
                rolling = Fact(text=review.group(0).strip(" -–—,"), source=line.raw)
            if posted_ago is None and (" ago" in low or "posted" in low or "listed" in low):
                posted_ago = _age(line)
        if not line.digits:
            # Without a digit only a start or duration label states a date: most lines stop here.
            if line.label is not None and (start is None or duration is None):
                start, duration = _labelled_span(line, start, duration)
            continue
        text, low = line.content, line.folded
        if listed is None and contains_any(low, _LISTED_WORDS):
            listed = _labelled_date(line, _LISTED_LABELS, dayfirst=dayfirst) or _date_fact(
                _LISTED.search(text), line, dayfirst=dayfirst
            )
        if expires is None and contains_any(low, _EXPIRY_WORDS):
            expires = _labelled_date(line, _EXPIRY_LABELS, dayfirst=dayfirst) or _date_fact(
                _EXPIRES.search(text), line, dayfirst=dayfirst
            )
        label = (line.label or "").lower()
        if start is None:
            if label in _START_LABELS and line.value:
                start = Fact(text=line.value, source=line.raw)
            elif (
                "20" in text
                and (not text.isascii() or contains_any(low, _START_WORDS))
                and (found := _START.search(text)) is not None
            ):
                start = Fact(text=found.group(0), source=line.raw)
        if duration is None:
            if label in _DURATION_LABELS and line.value:
                duration = Fact(text=line.value, source=line.raw)
            elif (
                ("week" in low or "month" in low)
                and (span := _DURATION.search(text)) is not None
                and _DURATION_CUES.search(text)
            ):
                duration = Fact(text=span.group(0), source=line.raw)
    return Dates(
        listed=listed, expires=expires, start=start, duration=duration, rolling=rolling, posted_ago=posted_ago
    )
