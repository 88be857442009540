"""Weak evidence: an everyday benefit word alone is no list filter, and typed words outrank emoji."""

from __future__ import annotations

import pytest

from bot.answers.answer import Intent
from bot.answers.engine import Engine
from bot.answers.normalize import Normalizer


@pytest.mark.parametrize(
    "question",
    [
        "what's the meaning of life lol",
        "is health more important than wealth",
        "vision for my career",
        "life is hard",
        "my vision is blurry tbh",
        "health is wealth",
    ],
)
def test_a_benefit_word_in_an_off_topic_question_stays_off_topic(engine: Engine, question: str) -> None:
    answer = engine.answer(question, "u")
    assert answer.intent is Intent.UNKNOWN
    assert answer.postings == []


def test_a_benefit_word_off_topic_with_a_posting_in_view_stays_off_topic(engine: Engine) -> None:
    engine.answer("tell me about the rs intern", "u")
    assert engine.answer("what's the meaning of life lol", "u").intent is Intent.UNKNOWN


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which ones offer life insurance", {"000", "001", "004"}),
        ("who offers health insurance", {"000", "001", "004"}),
        ("any jobs with vision", {"004"}),
        ("life insurance?", {"000", "001", "004"}),
        ("do any postings offer dental", {"004"}),
    ],
)
def test_a_benefit_with_a_list_cue_or_phrase_still_filters(
    engine: Engine, by_source: dict[str, str], question: str, expected: set[str]
) -> None:
    answer = engine.answer(question, "u")
    assert answer.intent is Intent.LIST
    assert set(answer.postings) == {by_source[source] for source in expected}


def test_a_benefit_word_asked_of_the_posting_in_view_answers_it(
    engine: Engine, by_source: dict[str, str]
) -> None:
    engine.answer("tell me about the rs intern", "u")
    answer = engine.answer("what about vision", "u")
    assert answer.intent is Intent.BENEFITS and answer.postings == [by_source["004"]]


@pytest.mark.parametrize(
    "question", ["any fully remote ones? 🏠", "🏠 any fully remote ones", "fully remote jobs 🏠🏠"]
)
def test_typed_words_outrank_an_emoji(engine: Engine, by_source: dict[str, str], question: str) -> None:
    answer = engine.answer(question, "u")
    assert answer.intent is Intent.LIST
    assert answer.postings == [by_source["000"]]
    assert "housing" not in answer.summary.lower()


def test_a_typed_topic_outranks_an_emoji_of_another(engine: Engine, by_source: dict[str, str]) -> None:
    answer = engine.answer("where is the rs intern 🏠", "u")
    assert answer.intent is Intent.LOCATION and answer.postings == [by_source["004"]]


@pytest.mark.parametrize(
    ("question", "intent"),
    [("🏠 for the remote intern", Intent.BENEFITS), ("💰 for the rs intern", Intent.PAY)],
)
def test_an_emoji_decides_when_nothing_else_asks(engine: Engine, question: str, intent: Intent) -> None:
    assert engine.answer(question, "u").intent is intent


def test_an_emoji_alone_asks_its_topic(engine: Engine, by_source: dict[str, str]) -> None:
    answer = engine.answer("any 🏠?", "u")
    assert answer.intent is Intent.LIST
    assert set(answer.postings) == {by_source["000"], by_source["001"]}


def test_emoji_words_are_marked() -> None:
    normalizer = Normalizer({"housing", "remote"}, abbreviations={}, protected=set(), emoji={"🏠": "housing"})
    words = normalizer.words("remote 🏠 ok")
    assert [(word.text, word.emoji) for word in words] == [
        ("remote", False),
        ("housing", True),
        ("ok", False),
    ]
