"""The /jobs query reads places as a free-text list question does: same postings, same title."""

from __future__ import annotations

import pytest

from bot.answers.answer import Intent
from bot.answers.engine import Engine
from bot.postings.model import Posting


@pytest.mark.parametrize(
    ("query", "sentence", "found"),
    [
        ("nyc", "jobs in nyc", ["new york"]),
        ("roles in seattle", "roles in seattle", ["seattle"]),
        ("california", "jobs in california", ["san francisco", "los angeles", "san jose"]),
        ("new york", "jobs in new york", ["new york"]),
        ("bay area", "jobs in the bay area", ["san francisco", "san jose"]),
        ("seattle phd", "seattle phd roles", ["seattle"]),
        ("nyc or seattle", "nyc or seattle positions", ["new york", "seattle"]),
        ("internships in ca", "internships in ca", ["san francisco", "los angeles", "san jose"]),
    ],
)
def test_a_query_lists_the_postings_of_its_place_like_the_sentence(
    city_engine: Engine, cities: dict[str, Posting], query: str, sentence: str, found: list[str]
) -> None:
    queried = city_engine.list_postings(query=query)
    asked = city_engine.answer(sentence, "u")
    assert queried.intent is Intent.LIST
    assert set(queried.postings) == {cities[city].id for city in found}
    assert queried.postings == asked.postings
    assert queried.title == asked.title


def test_a_query_place_combines_with_the_degree_and_remote_options(
    city_engine: Engine, cities: dict[str, Posting]
) -> None:
    assert city_engine.list_postings(query="california", degree="MS").postings == [
        cities["san francisco"].id,
        cities["san jose"].id,
    ]
    assert city_engine.list_postings(query="california", remote=True).postings == []


def test_a_query_place_no_posting_lists_says_so(engine: Engine) -> None:
    answer = engine.list_postings(query="nyc")
    assert answer.postings == []
    assert answer.title == "Postings: New York"
    assert "No posting lists New York as a location." in answer.summary


@pytest.mark.parametrize(
    ("query", "title"),
    [("housing", "Postings: housing"), ("remote", "Postings: remote"), ("phd", "Postings: PhD")],
)
def test_a_query_without_a_place_filters_by_no_place(engine: Engine, query: str, title: str) -> None:
    answer = engine.list_postings(query=query)
    assert answer.postings
    assert answer.title == title


@pytest.mark.parametrize(
    ("query", "sentence", "title"),
    [
        ("machine learning", "machine learning roles", "Postings: machine learning"),
        ("ml", "ml roles", "Postings: ml"),
        ("rec", "rec internships", "Postings: rec, internship"),
    ],
)
def test_a_group_named_by_title_words_is_named_in_the_title(
    engine: Engine, query: str, sentence: str, title: str
) -> None:
    queried = engine.list_postings(query=query)
    asked = engine.answer(sentence, "u")
    assert asked.title == title
    assert queried.title.startswith(f"Postings: {query}")
    assert queried.postings and set(queried.postings) >= set(asked.postings)
    assert "your filter" not in asked.summary
