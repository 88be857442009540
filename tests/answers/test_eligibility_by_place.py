"""Eligibility by place: the stated region, quoted, with the sponsorship answer when visas are implied."""

from __future__ import annotations

import pytest

from bot.answers.answer import Intent
from bot.answers.eligibility import asked
from bot.answers.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "is the remote one open to people outside the us",
        "can i apply from outside the us to the remote intern",
        "is the remote intern open to canadians?",
    ],
)
def test_the_stated_region_is_quoted(engine: Engine, by_source: dict[str, str], question: str) -> None:
    answer = engine.answer(question, "u")
    assert answer.intent is Intent.LOCATION
    assert answer.postings == [by_source["000"]]
    assert "Open to candidates in USA" in answer.summary
    quote = "Note: The job is a remote job and is open to candidates in USA."
    assert any(citation.quote == quote for citation in answer.citations)
    assert Intent.SPONSORSHIP in answer.intents


def test_international_students_get_location_and_sponsorship(engine: Engine) -> None:
    answer = engine.answer("can international students apply", "u")
    assert answer.intents == [Intent.LOCATION, Intent.SPONSORSHIP]


def test_a_posting_without_a_region_invents_none(engine: Engine, by_source: dict[str, str]) -> None:
    answer = engine.answer("is the grad role open to people outside the us", "u")
    assert answer.postings == [by_source["002"]]
    assert "Open to candidates" not in answer.summary


def test_a_visa_question_stays_about_sponsorship() -> None:
    assert not asked(["i", "am", "international", "on", "f1", "does", "it", "sponsor"])
    assert asked(["open", "to", "canadians"])
