""" "The other one" excludes the postings already discussed: one left is answered, several are offered."""

from __future__ import annotations

from bot.answers.answer import Intent
from bot.answers.engine import Engine


def test_the_other_phd_one_clarifies_among_the_undiscussed(engine: Engine, by_source: dict[str, str]) -> None:
    engine.answer("tell me about the rs intern", "u")
    engine.answer("what about the content eco one", "u")
    answer = engine.answer("and the other phd one", "u")
    assert answer.intent is Intent.CLARIFY
    assert sorted(answer.postings) == sorted([by_source["000"], by_source["002"]])


def test_the_other_phd_one_answers_when_one_is_left(engine: Engine, by_source: dict[str, str]) -> None:
    engine.answer("deadline for the rs intern", "u")
    engine.answer("what about the content eco one", "u")
    engine.answer("and the grad role", "u")
    answer = engine.answer("and the other phd one", "u")
    assert answer.intent is Intent.DEADLINE and answer.postings == [by_source["000"]]
    follow_up = engine.answer("is it remote", "u")
    assert follow_up.postings == [by_source["000"]]


def test_the_other_one_never_offers_a_discussed_posting(engine: Engine, by_source: dict[str, str]) -> None:
    engine.answer("pay for the rs intern", "u")
    engine.answer("and the mle intern", "u")
    answer = engine.answer("the other one", "u")
    assert answer.intent is Intent.CLARIFY
    assert by_source["004"] not in answer.postings and by_source["003"] not in answer.postings
    assert len(answer.postings) == 3


def test_the_other_one_after_a_clarifying_question_is_the_other_candidate(
    engine: Engine, by_source: dict[str, str]
) -> None:
    assert engine.answer("ml scientist intern location?", "u").intent is Intent.CLARIFY
    engine.answer("the tiktok-recommendation one", "u")
    answer = engine.answer("and the other one", "u")
    assert answer.intent is Intent.LOCATION and answer.postings == [by_source["001"]]
