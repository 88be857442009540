"""Places are read from labels, bylines in either order and "Based in" lists, never from board noise."""

from __future__ import annotations

import json

import pytest

from bot.postings.parse import parse_text


@pytest.mark.parametrize(
    ("text", "source", "places"),
    [
        ("# Data Analyst Intern\n\n**Cedar Works** · Seattle, WA\n", "byline.md", ["Seattle, WA"]),
        (
            "# Data Analyst Intern\n\n**Cedar Works** · Atlanta, GA; Toronto, ON, Canada · Remote\n",
            "many.md",
            ["Atlanta, GA", "Toronto, ON, Canada"],
        ),
        ("# Data Analyst Intern\n\n**Cedar Works** · Singapore · On-site\n", "city.md", ["Singapore"]),
        ("# Data Analyst Intern\n\n**Cedar Works** · Variable (US)\n", "variable.md", ["Variable (US)"]),
        ("Data Analyst Intern\nCedar Works · Seattle, WA\n", "plain.txt", ["Seattle, WA"]),
        ("Data Analyst Intern\nSeattle, WA · Cedar Works\n", "first.txt", ["Seattle, WA"]),
        (
            "Data Analyst Intern\nBased in Bellevue, WA; Berlin, Germany; Singapore\n",
            "based.txt",
            ["Bellevue, WA", "Berlin, Germany", "Singapore"],
        ),
        (
            "Data Analyst Intern\nLocated in Bellevue, WA; Toronto, ON, Canada; Singapore\n",
            "located.txt",
            ["Bellevue, WA", "Toronto, ON, Canada", "Singapore"],
        ),
        ("Data Analyst Intern\nBased in London\n", "london.txt", ["London"]),
        (
            "Data Analyst Intern\nLocated in Mountain View; Amsterdam\n",
            "bare.txt",
            ["Mountain View", "Amsterdam"],
        ),
        ("Data Analyst Intern\nBased in our downtown office\n", "office.txt", []),
        ("Data Analyst Intern\nLocated in the heart of the city.\n", "prose.txt", []),
    ],
)
def test_location_shapes(text: str, source: str, places: list[str]) -> None:
    posting = parse_text(text, source=source)
    assert [place.name for place in posting.locations] == places
    assert all(place.source in posting.text for place in posting.locations)


def test_board_noise_names_no_place() -> None:
    text = (
        "Data Analyst Intern\nWant more jobs like this?\n"
        "Get jobs in San Jose, CA delivered to your inbox every week.\nLocations: Austin, TX\n"
    )
    assert [place.name for place in parse_text(text, source="noise.txt").locations] == ["Austin, TX"]


def test_a_sentence_mentioning_a_city_is_no_byline() -> None:
    text = "Data Analyst Intern\nWe love Seattle, WA weather · it rains less than you think\n"
    assert parse_text(text, source="prose.txt").locations == []


def test_json_ld_places_are_not_repeated_by_their_description() -> None:
    posting = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": "Data Analyst Intern",
        "description": "<p>Location: Seattle, WA; Singapore</p>",
        "jobLocation": [
            {"@type": "Place", "address": {"addressLocality": "Seattle", "addressRegion": "WA"}},
            {"@type": "Place", "address": {"addressLocality": "Singapore", "addressCountry": "Singapore"}},
            {"@type": "Place", "address": {"addressLocality": "Variable (US)", "addressCountry": "US"}},
        ],
    }
    parsed = parse_text(json.dumps(posting), source="places.json")
    assert [place.name for place in parsed.locations] == ["Seattle, WA", "Singapore", "Variable (US)"]
