"""A new topic right after a clarifying question stays with its candidates; a pick still picks one."""

from __future__ import annotations

from bot.answers.answer import Intent
from bot.answers.engine import Engine


def test_topic_change_after_clarify_answers_for_the_candidates(engine: Engine) -> None:
    clarify = engine.answer("pay for the phd intern", "fay")
    assert clarify.intent is Intent.CLARIFY
    answer = engine.answer("what about the benefits?", "fay")
    assert answer.intent is Intent.BENEFITS
    assert sorted(answer.postings) == sorted(clarify.postings)


def test_weak_topic_after_clarify_answers_for_the_candidates(engine: Engine) -> None:
    clarify = engine.answer("benefits for the ml scientist intern", "gus")
    assert clarify.intent is Intent.CLARIFY
    answer = engine.answer("where is it located", "gus")
    assert answer.intent is Intent.LOCATION
    assert sorted(answer.postings) == sorted(clarify.postings)


def test_pick_after_clarify_still_picks_one(engine: Engine, by_source: dict[str, str]) -> None:
    assert engine.answer("pay for the phd intern", "hal").intent is Intent.CLARIFY
    answer = engine.answer("the lrm one", "hal")
    assert answer.intent is Intent.PAY
    assert answer.postings == [by_source["004"]]


def test_ordinal_after_clarify_still_picks_one(engine: Engine) -> None:
    clarify = engine.answer("reqs for the rec phd one", "ida")
    assert clarify.intent is Intent.CLARIFY
    answer = engine.answer("the first one", "ida")
    assert answer.intent is Intent.REQUIREMENTS
    assert answer.postings == [clarify.postings[0]]


def test_asking_for_all_after_clarify_answers_for_every_posting(engine: Engine, shipped: list) -> None:
    assert engine.answer("reqs for the rec phd one", "jan").intent is Intent.CLARIFY
    answer = engine.answer("the deadline for all of them?", "jan")
    assert answer.intent is Intent.DEADLINE
    assert len(answer.postings) == len(shipped)
