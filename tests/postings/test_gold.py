"""Every labelled posting parses to its gold fields: the five shipped ones and nine in other layouts."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from bot.postings.model import Posting
from bot.postings.parse import parse_file

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "tests" / "data" / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))


def _load(gold_file: Path) -> tuple[dict[str, Any], Posting]:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    return gold, parse_file(ROOT / gold["file"])


@pytest.fixture(params=GOLD_FILES, ids=[path.stem for path in GOLD_FILES])
def case(request: pytest.FixtureRequest) -> tuple[dict[str, Any], Posting]:
    return _load(request.param)


def test_every_shipped_posting_and_eight_more_layouts_have_gold() -> None:
    files = {json.loads(path.read_text(encoding="utf-8"))["file"] for path in GOLD_FILES}
    shipped = {f"knowledge/postings/{path.name}" for path in (ROOT / "knowledge" / "postings").iterdir()}
    assert shipped <= files
    assert len(files - shipped) >= 8


def test_identity(case: tuple[dict[str, Any], Posting]) -> None:
    gold, posting = case
    assert posting.title == gold["title"]
    assert posting.company == gold["company"]
    assert posting.team == gold["team"]
    assert posting.employment_type.value == gold["employment_type"]
    assert re.fullmatch(re.escape(gold["id_prefix"]) + r"[0-9a-f]{6}", posting.id)
    assert posting.source == Path(gold["file"]).name


def test_degrees_location_and_remote(case: tuple[dict[str, Any], Posting]) -> None:
    gold, posting = case
    assert [[entry.level.value, entry.required] for entry in posting.degree_levels] == gold["degree_levels"]
    assert [[place.name, place.country] for place in posting.locations] == gold["locations"]
    assert posting.remote.mode.value == gold["remote"]["mode"]
    assert posting.remote.region == gold["remote"]["region"]


def test_pay(case: tuple[dict[str, Any], Posting]) -> None:
    gold, posting = case
    stated = [
        {
            "min": pay.min,
            "max": pay.max,
            "currency": pay.currency,
            "unit": pay.unit.value if pay.unit else None,
            "text": pay.text,
        }
        for pay in posting.pay
    ]
    assert stated == gold["pay"]


def test_benefits(case: tuple[dict[str, Any], Posting]) -> None:
    gold, posting = case
    assert [[b.category.value, b.text, b.quantity] for b in posting.benefits] == gold["benefits"]


def test_requirements_and_skills(case: tuple[dict[str, Any], Posting]) -> None:
    gold, posting = case
    minimum = [[item.kind.value, item.text] for item in posting.requirements.minimum]
    preferred = [[item.kind.value, item.text] for item in posting.requirements.preferred]
    assert minimum == gold["requirements"]["minimum"]
    assert preferred == gold["requirements"]["preferred"]
    assert posting.skills == gold["skills"]


def test_dates(case: tuple[dict[str, Any], Posting]) -> None:
    gold, posting = case
    dates = posting.dates
    assert (dates.listed.date.isoformat() if dates.listed else None) == gold["dates"]["listed"]
    assert (dates.expires.date.isoformat() if dates.expires else None) == gold["dates"]["expires"]
    assert (dates.start.text if dates.start else None) == gold["dates"]["start"]
    assert (dates.duration.text if dates.duration else None) == gold["dates"]["duration"]
    assert (dates.rolling.text if dates.rolling else None) == gold["dates"]["rolling"]
    assert (dates.posted_ago.days if dates.posted_ago else None) == gold["dates"]["posted_ago_days"]


def test_sponsorship_summary_and_responsibilities(case: tuple[dict[str, Any], Posting]) -> None:
    gold, posting = case
    assert [fact.text for fact in posting.sponsorship.statements] == gold["sponsorship"]["statements"]
    assert [[year.year, year.count] for year in posting.sponsorship.history] == gold["sponsorship"]["history"]
    assert (posting.summary.text[:60] if posting.summary else None) == gold["summary_starts"]
    assert [fact.text for fact in posting.responsibilities] == gold["responsibilities"]


# Facts the issue spells out, asserted directly so the gold files cannot drift from them.
def test_issue_examples_hold() -> None:
    by_name = {path.stem: _load(path)[1] for path in GOLD_FILES}
    remote_one = by_name["000_074e261d0d3a88a1"]
    assert (remote_one.remote.mode.value, remote_one.remote.region) == ("remote", "USA")
    assert [place.name for place in remote_one.locations] == ["USA"]
    assert {"PyTorch", "TensorFlow", "C/C++", "Python", "shell"} <= set(remote_one.skills)
    assert len(remote_one.requirements.minimum) == 7  # the "Skills" heading holds the minimum list
    tldr = by_name["003_06e791ab298bce6d"]
    assert [(p.min, p.max, p.currency, p.unit) for p in tldr.pay] == [(45, 45, "USD", "hour")]
    assert [place.name for place in tldr.locations] == ["Variable (US)"]
    assert tldr.requirements.preferred[0].source.startswith("• Bonus:")
    unpaid = [posting for name, posting in by_name.items() if name[:3] in {"000", "001", "002", "004"}]
    assert len(unpaid) == 4 and all(not posting.pay for posting in unpaid)
    holidays = next(b for b in remote_one.benefits if b.category.value == "paid holidays")
    assert holidays.quantity == "10 paid holidays per year"
    sick = next(b for b in remote_one.benefits if b.category.value == "sick time")
    assert sick.quantity == "56 hours if hired in first half of year, 40 if hired in second half of year"
    llm = by_name["001_c410265e0ba4a352"]
    assert llm.sponsorship.history[0].year == 2025 and llm.sponsorship.history[0].count == 979
    assert llm.dates.posted_ago is not None and llm.dates.posted_ago.days == 14
    assert llm.dates.posted_ago.relative_to is None
    assert not remote_one.sponsorship.stated  # a bare "Company H1B Sponsorship" heading states nothing
    lrm = by_name["004_2da45c598f6bb406"]
    assert all("San Jose" not in place.name for place in lrm.locations)
    assert not {"Health and Wellness", "Parental Benefits"} & {b.text for b in lrm.benefits}
    assert lrm.team == "Recommendation — Large Recommender Models"
    k_salary = by_name["fulltime_k_salary"]
    assert [(p.min, p.max, p.unit) for p in k_salary.pay] == [(120_000, 180_000, "year")]
    assert k_salary.dates.expires is not None and k_salary.dates.expires.date.isoformat() == "2026-03-15"
    uk = by_name["uk_graduate"]
    assert uk.dates.expires is not None and uk.dates.expires.date.isoformat() == "2026-01-31"
    assert uk.pay[0].currency == "GBP"
    hybrid = by_name["hybrid_onsite"]
    assert hybrid.remote.mode.value == "hybrid" and hybrid.locations[0].name == "Denver, CO"
