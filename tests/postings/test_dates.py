"""Dates: listing, expiry (month-first and day-first), start, duration, rolling review and relative age."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil import parser as date_parser

from bot.postings.parse import parse_text
from bot.postings.parse.dates import _to_date, find_dates
from bot.postings.parse.lines import split_lines


def test_absolute_dates_in_several_layouts() -> None:
    text = (
        "Data Analyst Intern\nPosted on: Mar 2 2026\nDeadline: 2026-05-01\n"
        "Applications will be reviewed on a rolling basis - apply early.\n"
        "This is a 10-week internship starting Summer 2026.\n"
    )
    dates = parse_text(text, source="d.txt").dates
    assert dates.listed is not None and dates.listed.date == dt.date(2026, 3, 2)
    assert dates.expires is not None and dates.expires.date == dt.date(2026, 5, 1)
    assert dates.expires.source == "Deadline: 2026-05-01"
    assert (
        dates.rolling is not None and dates.rolling.text == "Applications will be reviewed on a rolling basis"
    )
    assert dates.duration is not None and dates.duration.text == "10-week"
    assert dates.start is not None and dates.start.text == "Summer 2026"


def test_day_first_dates_in_uk_postings() -> None:
    text = "Graduate Analyst\nSalary: £28,000 a year\nClosing date: 05/03/2026\n"
    dates = parse_text(text, source="uk.txt").dates
    assert dates.expires is not None and dates.expires.date == dt.date(2026, 3, 5)


def test_month_first_dates_elsewhere() -> None:
    dates = parse_text("Data Analyst\nApply by 05/03/2026\n", source="us.txt").dates
    assert dates.expires is not None and dates.expires.date == dt.date(2026, 5, 3)


def test_relative_age_and_bare_dates() -> None:
    text = "Acme · 3 days ago\nData Analyst Intern\nRecent News\n2026-01-09\n"
    dates = parse_text(text, source="ago.txt").dates
    assert (
        dates.posted_ago is not None and dates.posted_ago.days == 3 and dates.posted_ago.relative_to is None
    )
    assert dates.listed is None and dates.expires is None  # a bare date under company news is not a fact


def test_impossible_dates_are_skipped() -> None:
    dates = parse_text("Data Analyst\nDeadline: 2026-13-45\n", source="bad.txt").dates
    assert dates.expires is None


@pytest.mark.parametrize(
    "text",
    ["March 2, 2026", "Sept. 30, 2026", "FEB 29, 2028", "Feb 29, 2026", "Mayo 5, 2026", "Dec 0, 2026"],
)
@pytest.mark.parametrize("dayfirst", [False, True])
def test_named_months_read_exactly_as_dateutil_reads_them(text: str, dayfirst: bool) -> None:
    try:
        expected: dt.date | None = date_parser.parse(
            text, dayfirst=dayfirst, default=dt.datetime(2000, 1, 1)
        ).date()
    except (ValueError, OverflowError):
        expected = None

    assert _to_date(text, dayfirst=dayfirst) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-02", dt.date(2026, 3, 2)),
        ("2026-3-2", dt.date(2026, 3, 2)),
        ("2026-12-01", dt.date(2026, 12, 1)),
        ("2026-02-30", None),
        ("2026-13-02", None),
        ("0999-01-01", None),
    ],
)
@pytest.mark.parametrize("dayfirst", [False, True])
def test_iso_dates_are_year_month_day_even_in_day_first_postings(
    text: str, expected: dt.date | None, dayfirst: bool
) -> None:
    assert _to_date(text, dayfirst=dayfirst) == expected


def test_a_pound_posting_lists_its_iso_date_month_second() -> None:
    text = "Graduate Analyst\nSalary: £28,000 a year\nListed on 2026-03-02\nClosing date: 05/04/2026\n"
    dates = parse_text(text, source="uk_iso.txt").dates
    assert dates.listed is not None and dates.listed.date == dt.date(2026, 3, 2)
    assert dates.expires is not None and dates.expires.date == dt.date(2026, 4, 5)


def test_day_first_check_runs_only_for_an_ambiguous_date() -> None:
    checks: list[int] = []

    def day_first() -> bool:
        checks.append(1)
        return True

    unambiguous = split_lines("Analyst Intern\nDeadline: 2026-05-01\nPosted on: March 2, 2026")
    assert find_dates(None, unambiguous, dayfirst=day_first).expires is not None
    assert checks == []
    ambiguous = split_lines("Analyst Intern\nDeadline: 05/03/2026")
    expires = find_dates(None, ambiguous, dayfirst=day_first).expires
    assert expires is not None and expires.date == dt.date(2026, 3, 5)
    assert checks == [1]
