"""Topic abbreviations map to their topic, and "+", "&" and "and" join topics in one question."""

from __future__ import annotations

import pytest

from bot.answers.answer import Intent
from bot.answers.engine import Engine


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("langs for the mle intern", Intent.REQUIREMENTS),
        ("reqs for the mle intern", Intent.REQUIREMENTS),
        ("quals for the mle intern", Intent.REQUIREMENTS),
        ("prereqs for the mle intern", Intent.REQUIREMENTS),
        ("comp for the mle intern", Intent.PAY),
        ("$$ for the mle intern", Intent.PAY),
        ("sal for the mle intern", Intent.PAY),
        ("loc for the mle intern", Intent.LOCATION),
        ("wfh for the mle intern?", Intent.LOCATION),
        ("pto for the mle intern", Intent.BENEFITS),
        ("h1b for the mle intern", Intent.SPONSORSHIP),
        ("opt/cpt for the mle intern", Intent.SPONSORSHIP),
        ("dl for the mle intern", Intent.DEADLINE),
    ],
)
def test_an_abbreviation_asks_its_topic(
    engine: Engine, by_source: dict[str, str], question: str, intent: Intent
) -> None:
    answer = engine.answer(question, "u")
    assert answer.intent is intent
    assert answer.postings == [by_source["003"]]


def test_langs_lists_the_skills_named(engine: Engine) -> None:
    answer = engine.answer("langs for the mle intern", "u")
    assert "Skills named" in answer.summary and "PyTorch" in answer.summary


@pytest.mark.parametrize(
    ("question", "intents"),
    [
        ("remote intern langs + paid holidays", [Intent.REQUIREMENTS, Intent.BENEFITS]),
        ("rs intern pay & benefits", [Intent.PAY, Intent.BENEFITS]),
        ("mle intern comp and loc", [Intent.PAY, Intent.LOCATION]),
    ],
)
def test_joined_topics_are_all_answered(engine: Engine, question: str, intents: list[Intent]) -> None:
    answer = engine.answer(question, "u")
    assert answer.intents == intents
    assert len(answer.postings) == 1
