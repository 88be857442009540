"""An allowance next to a benefit word ("housing stipend") asks that benefit; a bare "stipend" asks pay."""

from __future__ import annotations

import pytest

from bot.answers.answer import Intent
from bot.answers.engine import Engine


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("does the research scientist intern have a gym allowance", "On-Site Gym"),
        ("wellness stipend at the research intern?", "Mental Health Benefits"),
        ("learning budget at the research intern", "Access to Online Courses"),
        ("relocation stipend for the content ecology intern", "housing allowance"),
    ],
)
def test_a_benefit_allowance_of_one_posting_is_that_benefit(
    engine: Engine, question: str, quoted: str
) -> None:
    answer = engine.answer(question, "u")
    assert answer.intents == [Intent.BENEFITS]
    assert any(quoted in citation.quote for citation in answer.citations)


@pytest.mark.parametrize(
    "question",
    ["who offers a relocation stipend", "any jobs with a housing stipend?", "is there a housing stipend"],
)
def test_a_benefit_allowance_across_postings_lists_who_states_it(
    engine: Engine, by_source: dict[str, str], question: str
) -> None:
    answer = engine.answer(question, "u")
    assert answer.intent is Intent.LIST
    assert set(answer.postings) == {by_source["000"], by_source["001"]}
    assert "lists pay" not in answer.title


def test_a_learning_budget_does_not_name_the_machine_learning_postings(
    engine: Engine, by_source: dict[str, str]
) -> None:
    answer = engine.answer("any posting with a learning budget", "u")
    assert answer.intent is Intent.LIST and answer.postings == [by_source["004"]]


def test_how_much_is_a_housing_stipend_asks_the_benefit(engine: Engine, by_source: dict[str, str]) -> None:
    answer = engine.answer("how much is the housing stipend for the content ecology intern", "u")
    assert answer.intents == [Intent.BENEFITS] and answer.postings == [by_source["001"]]


@pytest.mark.parametrize(
    "question", ["how much is the stipend for the mle intern", "what's the stipend for the mle intern"]
)
def test_a_bare_stipend_is_pay(engine: Engine, by_source: dict[str, str], question: str) -> None:
    answer = engine.answer(question, "u")
    assert answer.intent is Intent.PAY and answer.postings == [by_source["003"]]
    assert "$45" in answer.summary


def test_pay_asked_beside_a_housing_stipend_is_still_answered(
    engine: Engine, by_source: dict[str, str]
) -> None:
    answer = engine.answer("pay and housing stipend for the mle intern", "u")
    assert answer.intents == [Intent.PAY, Intent.BENEFITS] and answer.postings == [by_source["003"]]
