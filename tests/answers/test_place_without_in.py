"""A known place beside a word for postings ("new york jobs", "sf roles") lists the postings there."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.answers.answer import Intent
from bot.answers.engine import Engine
from bot.postings.model import Posting


@pytest.mark.parametrize(
    ("question", "label", "found"),
    [
        ("new york jobs", "New York", ["new york"]),
        ("seattle roles?", "Seattle", ["seattle"]),
        ("london internships", "internship, London", ["london"]),
        ("sf roles", "San Francisco", ["san francisco"]),
        ("nyc or seattle positions", "New York, Seattle", ["new york", "seattle"]),
        ("bay area openings", "Bay Area", ["san francisco", "san jose"]),
        ("california jobs", "California", ["san francisco", "los angeles", "san jose"]),
        ("any postings toronto?", "Toronto", ["toronto"]),
        ("austin roles", "Austin", ["austin"]),
    ],
)
def test_a_place_beside_a_word_for_postings_filters_the_list(
    lists_places: Callable[[str, str, list[str]], None], question: str, label: str, found: list[str]
) -> None:
    lists_places(question, label, found)


@pytest.mark.parametrize(
    ("question", "label"),
    [("new york jobs", "New York"), ("seattle roles?", "Seattle"), ("sf roles", "San Francisco")],
)
def test_a_place_nowhere_in_the_postings_says_so(engine: Engine, question: str, label: str) -> None:
    answer = engine.answer(question, "u")
    assert answer.intent is Intent.LIST
    assert answer.postings == []
    assert f"No posting lists {label} as a location." in answer.summary


def test_where_a_named_posting_is_still_gets_its_location(
    city_engine: Engine, by_source: dict[str, str]
) -> None:
    answer = city_engine.answer("where is the mle intern?", "u")
    assert answer.intent is Intent.LOCATION
    assert answer.postings == [by_source["003"]]


def test_the_location_of_a_posting_group_still_asks_which(engine: Engine, by_source: dict[str, str]) -> None:
    answer = engine.answer("location of the rec phd one", "u")
    assert answer.intent is Intent.CLARIFY
    assert Intent.LOCATION in answer.intents


def test_a_city_posting_named_by_its_company_gets_its_location(
    city_engine: Engine, cities: dict[str, Posting]
) -> None:
    answer = city_engine.answer("where is the rainier labs intern?", "u")
    assert answer.intent is Intent.LOCATION
    assert answer.postings == [cities["seattle"].id]
    assert "Seattle, WA" in answer.summary


@pytest.mark.parametrize(
    ("question", "label", "found"),
    [
        ("remote jobs", "remote", None),
        ("new grad roles in new york", "graduate, New York", ["new york"]),
        ("phd roles in seattle", "PhD, Seattle", ["seattle"]),
        ("seattle phd roles", "PhD, Seattle", ["seattle"]),
        ("nyc new grad roles", "graduate, New York", ["new york"]),
    ],
)
def test_other_filters_still_combine_with_places(
    city_engine: Engine,
    cities: dict[str, Posting],
    by_source: dict[str, str],
    question: str,
    label: str,
    found: list[str] | None,
) -> None:
    answer = city_engine.answer(question, "u")
    assert answer.intent is Intent.LIST
    assert answer.title == f"Postings: {label}"
    expected = [by_source["000"]] if found is None else [cities[city].id for city in found]
    assert answer.postings == expected


def test_the_pay_after_a_place_list_is_the_pay_of_those_postings(
    city_engine: Engine, cities: dict[str, Posting]
) -> None:
    listed = city_engine.answer("nyc or seattle jobs", "u")
    assert set(listed.postings) == {cities["new york"].id, cities["seattle"].id}
    answer = city_engine.answer("and the pay?", "u")
    assert answer.intent is Intent.PAY
    assert set(answer.postings) == set(listed.postings)
    assert "$51" in answer.summary + "".join(field.value for field in answer.fields)
    assert "$54" in answer.summary + "".join(field.value for field in answer.fields)


@pytest.mark.parametrize(
    "question",
    ["new grad roles", "summer internships", "research roles", "rec jobs", "ml roles", "remote roles"],
)
def test_words_that_are_no_place_do_not_filter_by_place(city_engine: Engine, question: str) -> None:
    answer = city_engine.answer(question, "u")
    assert "as a location" not in answer.summary
    assert all(city not in answer.title.lower() for city in ("seattle", "york", "london"))


def test_a_place_without_a_word_for_postings_is_still_a_location_question(engine: Engine) -> None:
    # "is it in seattle" after naming a posting asks where that posting is.
    engine.answer("tell me about the mle intern", "u")
    answer = engine.answer("is it in seattle?", "u")
    assert answer.intent is Intent.LOCATION
