"""Per-line flags computed once when a line is classified, and shared benefit readings."""

from __future__ import annotations

import pytest

from bot.postings.model import BenefitCategory
from bot.postings.parse.benefits import benefits_from
from bot.postings.parse.lines import (
    DATE_WORDS,
    PLACE,
    SPONSORSHIP,
    WORK_MODE,
    has_digit,
    make_line,
    split_lines,
    word_families,
)


def test_digit_flag_follows_the_content() -> None:
    assert make_line(0, "- Pay: $45 hourly").digits
    assert not make_line(1, "- Strong SQL skills").digits


def test_glued_item_recomputes_its_digit_flag() -> None:
    line = make_line(0, "Benefits- Health insurance")
    assert not line.as_item("Health insurance").digits
    assert make_line(1, "Perks- free lunch").as_item("401(k) match").digits


def test_repeated_benefit_item_gives_the_same_benefits() -> None:
    first = benefits_from("Medical, dental & vision insurance", "- Medical, dental & vision insurance")
    second = benefits_from("Medical, dental & vision insurance", "- Medical, dental & vision insurance")
    assert first == second
    assert [benefit.category for benefit in first] == [
        BenefitCategory.HEALTH,
        BenefitCategory.DENTAL,
        BenefitCategory.VISION,
    ]


def test_noise_flag_marks_board_chrome_once() -> None:
    assert make_line(0, "Apply now").noise
    assert make_line(1, "• 120 applicants").noise
    assert not make_line(2, "Build dashboards in SQL").noise


def test_split_lines_numbers_lines_as_the_text_splits() -> None:
    lines = split_lines("Data Analyst\n\n  - Pay: $45 hourly  \nApply now")
    assert [(line.index, line.raw, line.label, line.digits, line.noise) for line in lines] == [
        (0, "Data Analyst", None, False, False),
        (2, "- Pay: $45 hourly", "Pay", True, False),
        (3, "Apply now", None, False, True),
    ]


@pytest.mark.parametrize(
    ("content", "families"),
    [
        ("Strong SQL skills", 0),
        ("This role is remote within the US", WORK_MODE),
        ("We do not sponsor visas for this role", SPONSORSHIP),
        ("Posted 3 days ago", DATE_WORDS),
        ("Seattle, WA", PLACE),
        ("Cedar Works · Austin, TX · Hybrid", PLACE | WORK_MODE),
        ("Located in London", PLACE),
        ("Hybrid in San Jose, CA; visa sponsorship available", PLACE | WORK_MODE | SPONSORSHIP),
    ],
)
def test_a_line_is_flagged_with_every_word_family_it_holds(content: str, families: int) -> None:
    assert word_families(content, content.lower()) == families


@pytest.mark.parametrize(
    ("text", "digit"),
    [("$45 hourly", True), ("no digits here", False), ("٣ أيام", True), ("Ⅻ century", False), ("", False)],
)
def test_digits_of_any_script_count(text: str, digit: bool) -> None:
    assert has_digit(text) is digit
