"""Routing: the intents of questions typed the way people type in Discord."""

from __future__ import annotations

import pytest

from bot.answers.answer import Intent
from bot.answers.engine import Engine


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("salery for the mle intrnship??", Intent.PAY),
        ("benifits for the rs intern", Intent.BENEFITS),
        ("reqs for the lrm one", Intent.REQUIREMENTS),
        ("when does the grad role close", Intent.DEADLINE),
        ("is the mle intern remote", Intent.LOCATION),
        ("does the llm one sponsor h1b", Intent.SPONSORSHIP),
        ("tldr the remote one", Intent.OVERVIEW),
        ("which ones are remote?", Intent.LIST),
        ("list all jobs", Intent.LIST),
        ("mle intern vs grad role", Intent.COMPARE),
        ("hello!! 👋", Intent.HELP),
        ("whats the weather in seattle", Intent.UNKNOWN),
        ("how much does google pay interns", Intent.UNKNOWN),
        ("💰 for the mle summer internship", Intent.PAY),
    ],
)
def test_primary_intent(engine: Engine, question: str, intent: Intent) -> None:
    assert engine.answer(question, "router-user").intent is intent


def test_several_intents_give_one_answer_with_a_section_each(engine: Engine) -> None:
    answer = engine.answer("pay and benefits for the mle intern", "u")
    assert answer.intents == [Intent.PAY, Intent.BENEFITS]
    names = [field.name for field in answer.fields]
    assert names[0].startswith("Pay") and any(name.startswith("Benefits") for name in names)


def test_intent_word_that_names_a_posting_does_not_ask_for_it(
    engine: Engine, by_source: dict[str, str]
) -> None:
    answer = engine.answer("remote intern reqs", "u")
    assert answer.intent is Intent.REQUIREMENTS
    assert answer.postings == [by_source["000"]]


def test_paid_holidays_is_about_benefits_not_pay(engine: Engine) -> None:
    assert engine.answer("paid holidays for the remote one", "u").intent is Intent.BENEFITS
