"""Fixtures for the answer engine: shipped postings through the real parser, pinned today, fake clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from bot.answers.engine import Engine
from bot.answers.vocabulary import Vocabulary
from bot.postings.model import Posting
from bot.postings.parse import parse_file

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
