"""Filters over "any of these", places asked of no posting, and career advice kept off-topic."""

from __future__ import annotations

from bot.answers.answer import Intent
from bot.answers.engine import Engine


def test_a_feature_asked_of_any_of_these_filters(engine: Engine, by_source: dict[str, str]) -> None:
    answer = engine.answer("can undergrads apply to any of them", "u")
    assert answer.intent is Intent.LIST and answer.postings == [by_source["003"]]
    hybrid = engine.answer("are any of these fully remote", "v")
    assert hybrid.intent is Intent.LIST and hybrid.postings == [by_source["000"]]


def test_a_topic_asked_of_any_of_these_stays_a_topic(engine: Engine) -> None:
    answer = engine.answer("does any of them mention sponsorship", "u")
    assert answer.intent is Intent.SPONSORSHIP


def test_a_place_with_no_posting_lists_none(engine: Engine) -> None:
    answer = engine.answer("anyone recruiting in boston?", "u")
    assert answer.intent is Intent.LIST and answer.postings == []
    assert "No posting lists Boston as a location" in answer.summary


def test_a_place_after_a_known_place_word_stops(engine: Engine) -> None:
    assert engine.answer("how is the weather in austin today", "u").intent is Intent.UNKNOWN


def test_career_advice_is_off_topic(engine: Engine) -> None:
    for question in (
        "is a 3.5 gpa competitive",
        "which language should i learn first",
        "can you review my cover letter",
        "best way to grind leetcode",
        "tips for behavioral interviews",
    ):
        assert engine.answer(question, question).intent is Intent.UNKNOWN, question


def test_what_a_posting_requires_stays_on_topic(engine: Engine, by_source: dict[str, str]) -> None:
    assert engine.answer("do the postings require a minimum gpa", "u").intent is Intent.REQUIREMENTS
    answer = engine.answer("is there a gpa cutoff for the rs intern", "v")
    assert answer.intent is Intent.REQUIREMENTS and answer.postings == [by_source["004"]]
