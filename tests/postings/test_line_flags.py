"""Per-line flags computed once when a line is classified, and shared benefit readings."""

from __future__ import annotations

from bot.postings.model import BenefitCategory
from bot.postings.parse.benefits import benefits_from
from bot.postings.parse.lines import make_line


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
