"""A word of one posting's title does not turn "<plural> in <place>" into a question about that posting."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.answers.answer import Intent
from bot.answers.engine import Engine
from bot.postings.model import Posting


@pytest.mark.parametrize(
    ("question", "label", "found"),
    [
        ("summer internships in seattle", "internship, Seattle", ["seattle"]),
        ("research roles in austin", "Austin", ["austin"]),
        ("research internships near austin", "internship, Austin", ["austin"]),
        ("graphics roles in los angeles", "Los Angeles", ["los angeles"]),
        (
            "summer internships in seattle or toronto",
            "summer, internship, Seattle, Toronto",
            ["seattle", "toronto"],
        ),
        ("research roles in california", "California", ["san francisco", "los angeles", "san jose"]),
    ],
)
def test_a_title_word_beside_a_place_lists_the_postings_there(
    lists_places: Callable[[str, str, list[str]], None], question: str, label: str, found: list[str]
) -> None:
    lists_places(question, label, found)


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("summer internships in seattle", "internship, Seattle"),
        ("research roles in austin", "Austin"),
        ("research positions in seattle", "Seattle"),
    ],
)
def test_with_the_shipped_postings_a_title_word_beside_a_place_still_lists(
    engine: Engine, question: str, label: str
) -> None:
    answer = engine.answer(question, "u")
    assert answer.intent is Intent.LIST
    assert answer.title == f"Postings: {label}"
    assert answer.postings == []
    assert "as a location" in answer.summary


@pytest.mark.parametrize(
    ("question", "intent", "source"),
    [
        ("the mle intern in seattle?", Intent.LOCATION, "003"),
        ("mle internships in seattle", Intent.LOCATION, "003"),
        ("content ecology internships in seattle", Intent.LOCATION, "001"),
    ],
)
def test_a_full_or_distinctive_name_still_names_its_posting(
    city_engine: Engine, by_source: dict[str, str], question: str, intent: Intent, source: str
) -> None:
    answer = city_engine.answer(question, "u")
    assert answer.intent is intent
    assert answer.postings == [by_source[source]]


def test_a_group_named_beside_a_place_still_asks_which(engine: Engine) -> None:
    answer = engine.answer("where is the rec phd one", "u")
    assert answer.intent is Intent.CLARIFY
    assert Intent.LOCATION in answer.intents


@pytest.mark.parametrize(
    ("question", "intent", "city"),
    [
        ("pay of the summer intern in toronto", Intent.PAY, "toronto"),
        ("is the summer intern in london?", Intent.LOCATION, "london"),
    ],
)
def test_one_posting_asked_in_the_singular_is_still_that_posting(
    city_engine: Engine, cities: dict[str, Posting], question: str, intent: Intent, city: str
) -> None:
    answer = city_engine.answer(question, "u")
    assert answer.intent is intent
    assert answer.postings == [cities[city].id]
