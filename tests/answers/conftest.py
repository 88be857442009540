"""Fixtures for the answer engine: shipped postings through the real parser, pinned today, fake clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from bot.answers.answer import Intent
from bot.answers.engine import Engine
from bot.answers.vocabulary import Vocabulary
from bot.postings.model import Posting
from bot.postings.parse import parse_file, parse_text

ROOT = Path(__file__).resolve().parents[2]
KNOWLEDGE = ROOT / "knowledge"
TODAY = date(2026, 11, 23)


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="session")
def shipped() -> list[Posting]:
    return [parse_file(path) for path in sorted((KNOWLEDGE / "postings").iterdir()) if path.is_file()]


@pytest.fixture(scope="session")
def vocabulary() -> Vocabulary:
    return Vocabulary.load(KNOWLEDGE)


@pytest.fixture(scope="session")
def by_source(shipped: list[Posting]) -> dict[str, str]:
    """Posting id by the three-digit prefix of its source file ("003" -> id)."""
    return {posting.source[:3]: posting.id for posting in shipped}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_engine(shipped: list[Posting], vocabulary: Vocabulary, clock: FakeClock) -> Callable[..., Engine]:
    def build(postings: list[Posting] | None = None, **options: object) -> Engine:
        settings: dict[str, object] = {"today": lambda: TODAY, "context_ttl": 900.0, "clock": clock}
        settings.update(options)
        return Engine(shipped if postings is None else postings, vocabulary, **settings)  # type: ignore[arg-type]

    return build


@pytest.fixture
def engine(make_engine: Callable[..., Engine]) -> Engine:
    return make_engine()


_CITY_POSTING = """{title}
Location: {place} (on-site)
Pay: ${pay} hourly
Responsibilities
- Build data pipelines for analytics
Requirements
- Currently pursuing a {degree} in computer science
Benefits
- Commuter benefits
"""

# One posting per city, each with its own company, so a place question can only find it by its place.
_CITIES = {
    "new york": ("Software Engineer New Grad – Battery Capital – 2026 Start (BS)", "New York, NY", "BS", 51),
    "san francisco": (
        "Data Engineer Intern – Presidio Data – Summer 2026 (BS/MS)",
        "San Francisco, CA",
        "MS",
        52,
    ),
    "los angeles": (
        "Graphics Engineer Intern – Sunset Studios – Summer 2026 (BS)",
        "Los Angeles, CA",
        "BS",
        53,
    ),
    "seattle": ("Data Scientist PhD Intern – Rainier Labs – Summer 2026 (PhD)", "Seattle, WA", "PhD", 54),
    "san jose": ("Firmware Engineer Intern – Alviso Chips – Summer 2026 (MS)", "San Jose, CA", "MS", 55),
    "austin": ("Backend Engineer Intern – Pecan Street Cloud – Summer 2026 (BS)", "Austin, TX", "BS", 56),
    "washington": ("Policy Analyst Intern – Capitol Insights – Summer 2026 (BS)", "Washington, DC", "BS", 57),
    "london": ("Quant Developer Intern – Thames Markets – Summer 2026 (MS)", "London, UK", "MS", 58),
    "toronto": ("Platform Engineer Intern – Yonge Systems – Summer 2026 (BS)", "Toronto, ON", "BS", 59),
}


@pytest.fixture(scope="session")
def cities() -> dict[str, Posting]:
    """A posting in each of nine cities, keyed by the city's lowercase name."""
    return {
        city: parse_text(
            _CITY_POSTING.format(title=title, place=place, degree=degree, pay=pay), source=f"{city}.txt"
        )
        for city, (title, place, degree, pay) in _CITIES.items()
    }


@pytest.fixture
def city_engine(
    make_engine: Callable[..., Engine], shipped: list[Posting], cities: dict[str, Posting]
) -> Engine:
    """The shipped postings and one posting in each city."""
    return make_engine([*shipped, *cities.values()])


ListsPlaces = Callable[[str, str, list[str]], None]


@pytest.fixture
def lists_places(city_engine: Engine, cities: dict[str, Posting]) -> ListsPlaces:
    """Check that a question lists exactly the postings of the given cities, under "Postings: <label>"."""

    def check(question: str, label: str, found: list[str]) -> None:
        answer = city_engine.answer(question, "u")
        assert answer.intent is Intent.LIST
        assert answer.title == f"Postings: {label}"
        assert set(answer.postings) == {cities[city].id for city in found}

    return check
