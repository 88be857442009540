"""Nicknames, regions and states of places ("nyc", "bay area", "in CA") find the postings in those places."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.answers.answer import Intent
from bot.answers.engine import Engine
from bot.answers.place_names import PlaceNames
from bot.answers.vocabulary import Vocabulary
from bot.postings.model import Posting


@pytest.mark.parametrize(
    ("question", "label", "found"),
    [
        ("jobs in nyc", "New York", ["new york"]),
        ("any internships in sf", "internship, San Francisco", ["san francisco"]),
        ("roles in la", "Los Angeles", ["los angeles"]),
        ("anything in dc?", "Washington DC", ["washington"]),
        ("jobs in the bay area", "Bay Area", ["san francisco", "san jose"]),
        ("any roles in socal", "Southern California", ["los angeles"]),
        ("anything in norcal?", "Northern California", ["san francisco", "san jose"]),
    ],
)
def test_a_nickname_finds_the_place_and_shows_its_name(
    lists_places: Callable[[str, str, list[str]], None], question: str, label: str, found: list[str]
) -> None:
    lists_places(question, label, found)


@pytest.mark.parametrize(
    ("question", "label", "found"),
    [
        ("any internships in la jolla?", "internship, La Jolla", []),
        ("internships in la jolla or seattle", "internship, La Jolla, Seattle", ["seattle"]),
        ("jobs in la or sf", "Los Angeles, San Francisco", ["los angeles", "san francisco"]),
    ],
)
def test_a_nickname_that_starts_a_longer_unknown_name_is_read_as_that_name(
    lists_places: Callable[[str, str, list[str]], None], question: str, label: str, found: list[str]
) -> None:
    # "la jolla" is not Los Angeles: a word nobody knows after "la" makes it another place.
    lists_places(question, label, found)


@pytest.mark.parametrize(
    ("question", "label", "found"),
    [
        ("which ones are in california", "California", ["san francisco", "los angeles", "san jose"]),
        ("jobs in CA", "California", ["san francisco", "los angeles", "san jose"]),
        ("anything in texas?", "Texas", ["austin"]),
        ("roles in TX", "Texas", ["austin"]),
        ("any jobs in ontario", "Ontario", ["toronto"]),
        ("internships in washington state", "internship, Washington", ["seattle", "washington"]),
    ],
)
def test_a_state_or_province_finds_the_cities_written_with_its_code(
    lists_places: Callable[[str, str, list[str]], None], question: str, label: str, found: list[str]
) -> None:
    lists_places(question, label, found)


def test_a_state_code_asks_for_the_state_not_the_country_with_that_code(
    city_engine: Engine, cities: dict[str, Posting]
) -> None:
    # "CA" is also Canada's country code: typed after "in" it is California.
    answer = city_engine.answer("jobs in CA", "u")
    assert cities["toronto"].id not in answer.postings


def test_a_country_finds_places_written_with_the_codes_of_its_provinces(
    city_engine: Engine, cities: dict[str, Posting]
) -> None:
    answer = city_engine.answer("any jobs in canada", "u")
    assert answer.intent is Intent.LIST
    assert answer.title == "Postings: Canada"
    assert answer.postings == [cities["toronto"].id]


def test_the_us_filter_still_finds_us_cities_and_not_others(
    city_engine: Engine, cities: dict[str, Posting], by_source: dict[str, str]
) -> None:
    answer = city_engine.answer("which ones are in the us", "u")
    assert answer.title == "Postings: US"
    # Seven of the nine cities are in the US, and two shipped postings state the US.
    assert answer.summary.startswith("9 of 14 postings match (US).")
    listed = set(answer.postings)
    assert cities["london"].id not in listed
    assert cities["toronto"].id not in listed
    assert by_source["000"] in listed


def test_nothing_found_names_the_canonical_place(engine: Engine) -> None:
    answer = engine.answer("jobs in nyc", "u")
    assert answer.title == "Postings: New York"
    assert "No posting lists New York as a location." in answer.summary


def test_a_nickname_and_its_place_typed_together_are_one_filter(
    city_engine: Engine, cities: dict[str, Posting]
) -> None:
    answer = city_engine.answer("jobs in nyc or new york city", "u")
    assert answer.title == "Postings: New York"
    assert answer.postings == [cities["new york"].id]


@pytest.mark.parametrize("question", ["or near seattle?", "jobs in or around seattle"])
def test_an_everyday_word_is_not_read_as_a_state_code(
    city_engine: Engine, cities: dict[str, Posting], question: str
) -> None:
    # "or" is Oregon's code, "la" a nickname: neither is read as a place outside a place's slot.
    answer = city_engine.answer(question, "u")
    assert answer.title == "Postings: Seattle"
    assert answer.postings == [cities["seattle"].id]


def test_la_in_passing_is_no_place(city_engine: Engine, by_source: dict[str, str]) -> None:
    answer = city_engine.answer("la la what is the pay of the mle intern", "u")
    assert answer.intent is Intent.PAY
    assert answer.postings == [by_source["003"]]


def test_place_names_read_the_vocabulary(vocabulary: Vocabulary) -> None:
    names = PlaceNames(vocabulary, everyday=vocabulary.stopwords)
    assert names.asked("nyc").label == "New York"
    assert names.asked("nyc").names == ("new york",)
    bay = names.asked("bay area")
    assert bay.label == "Bay Area"
    assert {"san francisco", "san jose", "palo alto"} <= set(bay.names)
    california = names.asked("ca")
    assert (california.label, california.codes) == ("California", ("ca",))
    assert names.asked("ontario").codes == ("on",)
    assert names.asked("springfield").label == "Springfield"
    assert names.length(["in", "the", "bay", "area"], 2, codes=False) == 2
    assert names.length(["jobs", "in", "tx"], 2, codes=True) == 1
    assert names.length(["jobs", "in", "tx"], 2, codes=False) == 0
    assert names.length(["in", "or", "near"], 1, codes=True) == 0  # "or" is an everyday word
    assert "on" in names.country("CA", ("canada",)).codes
    assert names.state_length(["seattle", "|", "new", "york"], 2) == 2
    assert names.state_length(["austin", "|", "tx"], 2) == 1
    assert names.state_length(["austin", "|", "nyc"], 2) == 0  # a nickname is no state
    assert names.is_state("texas") and names.is_state("tx") and not names.is_state("austin")


def test_every_alias_points_at_a_place_and_every_state_has_a_code(vocabulary: Vocabulary) -> None:
    assert vocabulary.place_aliases
    assert all(name.strip() for name in vocabulary.place_aliases.values())
    assert all(members for members in vocabulary.place_regions.values())
    countries = set(vocabulary.countries)
    for state in vocabulary.states:
        assert state.code.isalpha() and state.code.isupper(), state
        assert state.country in countries, state


def test_a_region_typed_with_its_article_finds_its_cities_among_other_postings(
    make_engine: Callable[..., Engine], cities: dict[str, Posting]
) -> None:
    answer = make_engine(list(cities.values())).answer("roles in the sf bay area", "u")
    assert answer.title == "Postings: Bay Area"
    assert set(answer.postings) == {cities["san francisco"].id, cities["san jose"].id}


def test_a_nickname_is_not_corrected_into_another_word(city_engine: Engine) -> None:
    # "socal" is close to the skill "scala": read as a place, it filters by place alone.
    assert city_engine.answer("any roles in socal", "u").title == "Postings: Southern California"


@pytest.mark.parametrize(
    ("question", "label", "found"),
    [
        ("jobs in san jose, ca", "San Jose", ["san jose"]),
        ("anything in seattle, washington?", "Seattle", ["seattle"]),
        ("roles in austin, tx or toronto, on", "Austin, Toronto", ["austin", "toronto"]),
    ],
)
def test_the_state_written_after_a_city_only_says_where_the_city_is(
    city_engine: Engine, cities: dict[str, Posting], question: str, label: str, found: list[str]
) -> None:
    answer = city_engine.answer(question, "u")
    assert answer.title == f"Postings: {label}"
    assert set(answer.postings) == {cities[city].id for city in found}


def test_states_listed_together_are_each_a_place(city_engine: Engine, cities: dict[str, Posting]) -> None:
    answer = city_engine.answer("jobs in texas, ontario", "u")
    assert answer.title == "Postings: Texas, Ontario"
    assert set(answer.postings) == {cities["austin"].id, cities["toronto"].id}
