"""Place names of several words ("New York", "The Hague"), made of stop words or short words, filter lists."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.answers.answer import Intent
from bot.answers.engine import Engine
from bot.answers.places import PlacePhrases
from bot.postings.model import Posting
from bot.postings.parse import parse_text

POSTING = """{title}
Location: {place} (on-site)
Pay: $48 hourly
Responsibilities
- Build data pipelines for analytics
Requirements
- Currently pursuing a BS or MS in computer science
Benefits
- Commuter benefits
"""


def posting(title: str, place: str, source: str) -> Posting:
    return parse_text(POSTING.format(title=title, place=place), source=source)


@pytest.fixture
def hudson() -> Posting:
    return posting("Data Engineer Intern – Hudson Analytics – Summer 2026 (BS/MS)", "New York, NY", "ny.txt")


@pytest.fixture
def wasatch() -> Posting:
    return posting(
        "Backend Engineer New Grad – Wasatch Systems – 2026 Start (BS)", "Salt Lake City, UT", "slc.txt"
    )


@pytest.fixture
def battery() -> Posting:
    return posting(
        "Software Engineer New Grad – Battery Capital – 2026 Start (BS)", "New York, NY", "ny2.txt"
    )


@pytest.fixture
def placed(
    make_engine: Callable[..., Engine],
    shipped: list[Posting],
    hudson: Posting,
    wasatch: Posting,
    battery: Posting,
) -> Engine:
    return make_engine([*shipped, hudson, wasatch, battery])


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("which jobs are in new york?", "New York"),
        ("any roles in new york", "New York"),
        ("internships in new jersey", "New Jersey"),
        ("anything in new delhi?", "New Delhi"),
        ("jobs in salt lake city", "Salt Lake City"),
        ("who is hiring in los angeles", "Los Angeles"),
        ("any postings in st. louis", "St Louis"),
        ("roles in the hague?", "The Hague"),
        ("jobs in the bay area", "Bay Area"),
    ],
)
def test_a_place_of_stop_words_filters_the_list(engine: Engine, question: str, label: str) -> None:
    answer = engine.answer(question, "u")
    assert answer.intent is Intent.LIST
    assert answer.postings == []
    assert f"No posting lists {label} as a location" in answer.summary


def test_a_posting_in_new_york_is_found_by_the_place(
    placed: Engine, hudson: Posting, battery: Posting
) -> None:
    answer = placed.answer("which jobs are in new york?", "u")
    assert answer.intent is Intent.LIST
    assert answer.postings == [hudson.id, battery.id]


def test_the_only_posting_in_a_place_is_listed_not_described(
    make_engine: Callable[..., Engine], shipped: list[Posting], hudson: Posting
) -> None:
    answer = make_engine([*shipped, hudson]).answer("any roles in new york", "u")
    assert answer.intent is Intent.LIST
    assert answer.postings == [hudson.id]


def test_new_grad_and_new_york_do_not_collide(placed: Engine, battery: Posting) -> None:
    answer = placed.answer("new grad roles in new york", "u")
    assert answer.intent is Intent.LIST
    assert answer.postings == [battery.id]  # the new grad in Salt Lake City and the New York intern are not


def test_words_of_a_place_ask_no_other_topic(placed: Engine, wasatch: Posting) -> None:
    answer = placed.answer("internships in salt lake city", "u")
    assert answer.intent is Intent.LIST
    assert answer.title == "Postings: internship, Salt Lake City"  # "salt" asks no pay, "lake" no date
    assert answer.postings == []
    assert placed.answer("jobs in salt lake city", "v").postings == [wasatch.id]


def test_a_named_posting_asked_about_a_place_gets_its_location(placed: Engine, hudson: Posting) -> None:
    answer = placed.answer("is the hudson intern in new york?", "u")
    assert answer.intent is Intent.LOCATION
    assert answer.postings == [hudson.id]
    assert "New York, NY" in answer.summary


def test_several_places_filter_together(
    placed: Engine, hudson: Posting, wasatch: Posting, battery: Posting
) -> None:
    answer = placed.answer("anything in boston, salt lake city or new york?", "u")
    assert answer.intent is Intent.LIST
    assert set(answer.postings) == {hudson.id, wasatch.id, battery.id}


def test_a_place_from_the_postings_own_locations_is_matched_whole(
    make_engine: Callable[..., Engine], shipped: list[Posting]
) -> None:
    # "New Braunfels" is in no vocabulary list: the posting's own location makes it a place name.
    braunfels = posting(
        "Firmware Engineer Intern – Comal Devices – Summer 2026 (BS)", "New Braunfels, TX", "nb.txt"
    )
    answer = make_engine([*shipped, braunfels]).answer("which jobs are in new braunfels", "u")
    assert answer.intent is Intent.LIST
    assert answer.postings == [braunfels.id]


def test_the_weather_in_a_place_is_still_off_topic(engine: Engine) -> None:
    assert engine.answer("how is the weather in new york today", "u").intent is Intent.UNKNOWN


def test_the_longest_place_name_wins_and_location_parts_are_split(hudson: Posting) -> None:
    phrases = PlacePhrases(["new york", "new york city"], [hudson])
    raws = ["jobs", "in", "new", "york", "city", "now"]
    assert phrases.match(raws, 2) == 3
    assert phrases.match(["new", "york"], 0) == 2
    assert phrases.match(["new", "grad"], 0) == 0
    assert phrases.match(raws, 6) == 0
    only_postings = PlacePhrases([], [hudson])  # "New York, NY" gives "new york", not "new york ny"
    assert only_postings.match(["new", "york", "ny"], 0) == 2


def test_a_place_naming_a_country_asked_is_left_to_the_country(
    engine: Engine, by_source: dict[str, str]
) -> None:
    answer = engine.answer("internships in the united states", "u")
    assert answer.intent is Intent.LIST
    assert answer.title == "Postings: internship, US"
    assert set(answer.postings) == {by_source["000"], by_source["003"]}
