"""Perks named in benefit lines: quote the matching line; a perk's own words ask no other topic."""

from __future__ import annotations

import pytest

from bot.answers.answer import Intent
from bot.answers.engine import Engine
from bot.answers.handlers.benefits import matching
from bot.postings.model import Posting


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("is the office pet friendly", "Pet-friendly Office"),
        ("free snacks?", "Snacks"),
        ("do they have happy hours", "Happy Hours"),
        ("casual dress?", "Casual Dress"),
        ("any company outings", "Company Outings"),
    ],
)
def test_a_perk_in_view_quotes_its_line(
    engine: Engine, by_source: dict[str, str], question: str, line: str
) -> None:
    engine.answer("tell me about the rs intern", "u")
    answer = engine.answer(question, "u")
    assert answer.intent is Intent.BENEFITS
    assert answer.postings == [by_source["004"]]
    assert line in answer.summary
    assert any(citation.quote.endswith(line) for citation in answer.citations)


@pytest.mark.parametrize("question", ["is the office pet friendly", "free snacks?", "casual dress?"])
def test_a_perk_asked_of_all_lists_the_postings_stating_it(
    engine: Engine, by_source: dict[str, str], question: str
) -> None:
    answer = engine.answer(question, "u")
    assert answer.intent is Intent.LIST and answer.postings == [by_source["004"]]
    assert "The other 4 postings do not mention" in answer.summary


def test_a_perk_word_matches_word_starts_only(shipped: list[Posting]) -> None:
    posting = next(p for p in shipped if p.source.startswith("004"))
    assert [benefit.text for benefit in matching(posting, "pet")] == ["Pet-friendly Office"]
    assert matching(posting, "etitive") == []


def test_office_alone_still_asks_location(engine: Engine, by_source: dict[str, str]) -> None:
    answer = engine.answer("is the rs intern in an office", "u")
    assert answer.intent is Intent.LOCATION and answer.postings == [by_source["004"]]
