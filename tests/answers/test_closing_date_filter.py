"""Deadline list filters: the postings stating a closing date, with whether it passed, not all postings."""

from __future__ import annotations

import pytest

from bot.answers.answer import Intent
from bot.answers.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "which have a deadline",
        "which ones have an application deadline",
        "which close soon",
        "any jobs closing soon?",
        "which postings have deadlines",
    ],
)
def test_only_postings_stating_a_closing_date_are_listed(
    engine: Engine, by_source: dict[str, str], question: str
) -> None:
    answer = engine.answer(question, "u")
    assert answer.intent is Intent.LIST
    assert answer.postings == [by_source["002"]]
    assert "Expired on February 28, 2026" in answer.fields[0].value
    assert "The other 4 postings state no closing date." in answer.summary
    assert answer.as_of == "2026-11-23"


def test_a_deadline_asked_of_one_posting_is_not_a_filter(engine: Engine, by_source: dict[str, str]) -> None:
    answer = engine.answer("does the mle intern have a deadline", "u")
    assert answer.intent is Intent.DEADLINE and answer.postings == [by_source["003"]]
