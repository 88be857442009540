"""Follow-ups after a list answer: "it" is its one posting, "which of those" filters within it."""

from __future__ import annotations

import pytest

from bot.answers.answer import Intent
from bot.answers.engine import Engine


@pytest.mark.parametrize(
    ("follow_up", "intent"),
    [
        ("does it pay anything", Intent.PAY),
        ("and the sick time?", Intent.BENEFITS),
        ("how long", Intent.DEADLINE),
        ("is it remote", Intent.LOCATION),
        ("what does it need", Intent.REQUIREMENTS),
    ],
)
def test_a_one_posting_list_is_the_context(
    engine: Engine, by_source: dict[str, str], follow_up: str, intent: Intent
) -> None:
    listed = engine.answer("which of these is remote", "ana")
    assert listed.postings == [by_source["000"]]
    answer = engine.answer(follow_up, "ana")
    assert answer.intent is intent
    assert answer.postings == [by_source["000"]]


def test_context_survives_several_follow_ups(engine: Engine, by_source: dict[str, str]) -> None:
    engine.answer("any remote ones?", "ben")
    for follow_up in ("does it pay anything", "and the sick time?", "is it remote"):
        assert engine.answer(follow_up, "ben").postings == [by_source["000"]]


def test_which_of_those_filters_within_the_previous_list(engine: Engine, by_source: dict[str, str]) -> None:
    first = engine.answer("who offers sick time", "cat")
    assert by_source["003"] not in first.postings and len(first.postings) == 3
    answer = engine.answer("which of those are internships", "cat")
    assert answer.intent is Intent.LIST
    assert sorted(answer.postings) == sorted(first.postings)


def test_which_of_those_after_phd_list_keeps_the_remote_one(
    engine: Engine, by_source: dict[str, str]
) -> None:
    engine.answer("which ones are for phd students", "dan")
    answer = engine.answer("any of those hybrid?", "dan")
    assert answer.postings == [by_source["004"]]


def test_without_a_previous_list_which_of_these_looks_at_all(engine: Engine) -> None:
    answer = engine.answer("which of these are internships", "eve")
    assert len(answer.postings) == 4
