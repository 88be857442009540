"""Postings found by the place asked, through an index of their place words: whole names, side by side."""

from __future__ import annotations

from bot.answers import place_index
from bot.answers.groups import Universe
from bot.answers.place_index import PlaceIndex
from bot.postings.model import Posting
from bot.postings.parse import parse_text

POSTING = """{title}
Location: {place}
Responsibilities
- Build data pipelines for analytics
"""


def posting(title: str, place: str) -> Posting:
    source = title.lower().replace(" ", "_") + ".txt"
    return parse_text(POSTING.format(title=title, place=place), source=source)


def members(index: PlaceIndex, universe: Universe, place: str) -> set[str]:
    return {p.title.split(" Intern")[0] for p in universe.first(index.mask(place), len(universe))}


def test_a_place_of_several_words_needs_them_side_by_side() -> None:
    universe = Universe(
        [
            posting("Data Intern", "New York, NY"),
            posting("Cloud Intern", "York, New Brunswick"),
            posting("Robotics Intern", "St. Louis, MO"),
        ]
    )
    index = PlaceIndex(universe)
    assert members(index, universe, "new york") == {"Data"}
    assert members(index, universe, "york") == {"Data", "Cloud"}
    assert members(index, universe, "new brunswick") == {"Cloud"}
    assert members(index, universe, "st louis") == {"Robotics"}  # the full stop between them does not count
    assert members(index, universe, "louis st") == set()
    assert index.mask("atlantis") == 0


def test_places_asked_are_remembered_within_a_bound() -> None:
    universe = Universe([posting("Data Intern", "New York, NY")])
    index = PlaceIndex(universe)
    for n in range(place_index.CACHE_SIZE + 10):
        index.mask(f"nowhere{n}")
    assert len(index) <= place_index.CACHE_SIZE
    assert index.mask("new york") == 1
