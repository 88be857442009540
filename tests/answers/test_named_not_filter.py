"""A question naming postings ("for the rec intern") is about them, never a filter across all postings."""

from __future__ import annotations

import pytest

from bot.answers.answer import Intent
from bot.answers.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "is there a housing stipend for the rec intern",
        "housing for the rec intern?",
        "does the rec intern get a housing allowance",
    ],
)
def test_an_ambiguous_name_asks_which_posting(
    engine: Engine, by_source: dict[str, str], question: str
) -> None:
    answer = engine.answer(question, "u")
    assert answer.intent is not Intent.LIST
    assert answer.title == "Which posting do you mean?"
    assert set(answer.postings) == {by_source["000"], by_source["003"], by_source["004"]}


def test_picking_one_then_answers_housing_from_its_line(engine: Engine, by_source: dict[str, str]) -> None:
    engine.answer("is there a housing stipend for the rec intern", "u")
    answer = engine.answer("the first one", "u")
    assert answer.postings == [by_source["000"]]
    assert Intent.BENEFITS in answer.intents
    assert any("Housing allowance" in citation.quote for citation in answer.citations)


def test_a_unique_name_with_type_words_answers_that_posting(
    engine: Engine, by_source: dict[str, str]
) -> None:
    answer = engine.answer("is there housing at the grad role", "u")
    assert answer.intent is Intent.BENEFITS and answer.postings == [by_source["002"]]
    assert "does not mention housing" in answer.summary


@pytest.mark.parametrize(
    "question", ["which internships offer housing", "do any internships offer housing", "who offers housing"]
)
def test_asking_across_postings_still_filters(engine: Engine, question: str) -> None:
    answer = engine.answer(question, "u")
    assert answer.intent is Intent.LIST
