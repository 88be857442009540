"""Can-I-still-apply questions answer the deadline status of the posting in view."""

from __future__ import annotations

import pytest

from bot.answers.answer import Intent
from bot.answers.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "so can i still apply??",
        "too late to apply?",
        "is it still up",
        "applications open?",
        "still taking applications?",
        "is it still possible to apply",
        "did i miss the deadline",
    ],
)
def test_still_apply_gives_the_deadline_status_first(
    engine: Engine, by_source: dict[str, str], question: str
) -> None:
    engine.answer("tell me about the grad role", "u")
    answer = engine.answer(question, "u")
    assert answer.intent is Intent.DEADLINE
    assert answer.postings == [by_source["002"]]
    assert answer.summary.startswith("Dates: Expired on February 28, 2026")


def test_still_apply_after_a_one_posting_list(engine: Engine, by_source: dict[str, str]) -> None:
    engine.answer("any fully remote ones?", "u")
    answer = engine.answer("can i still apply", "u")
    assert answer.intent is Intent.DEADLINE and answer.postings == [by_source["000"]]
    assert "does not state a deadline" in answer.summary
