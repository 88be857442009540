"""Pay bounds: the postings whose stated pay meets them, and no guess for the postings stating none."""

from __future__ import annotations

from bot.answers.answer import Intent
from bot.answers.engine import Engine
from bot.answers.handlers.pay_threshold import parse
from bot.postings.model import PayUnit


def test_bounds_are_read_with_their_unit() -> None:
    hourly = parse(["does", "any", "role", "pay", "at", "least", "$42", "per", "hour"])
    assert hourly is not None and hourly.amount == 42 and hourly.unit is PayUnit.HOUR and not hourly.strict
    yearly = parse(["anything", "paying", "above", "120k"])
    assert yearly is not None and yearly.amount == 120_000 and yearly.unit is PayUnit.YEAR
    ceiling = parse(["jobs", "paying", "under", "20", "hourly"])
    assert ceiling is not None and not ceiling.at_least
    assert parse(["more", "than", "three", "postings"]) is None


def test_a_bound_lists_the_postings_that_meet_it(engine: Engine, by_source: dict[str, str]) -> None:
    answer = engine.answer("are there internships paying over 44 dollars an hour", "u")
    assert answer.intent is Intent.LIST and answer.postings == [by_source["003"]]
    assert any("$45" in citation.quote for citation in answer.citations)
    assert "4 of 5 postings state no pay" in answer.summary


def test_a_bound_nobody_meets_lists_none_and_guesses_nothing(engine: Engine) -> None:
    answer = engine.answer("who pays more than $60/hr", "u")
    assert answer.intent is Intent.LIST and answer.postings == []
    assert "state no pay" in answer.summary


def test_a_yearly_bound_does_not_compare_hourly_pay(engine: Engine) -> None:
    answer = engine.answer("any roles with a salary of at least 90k", "u")
    assert answer.intent is Intent.LIST and answer.postings == []
    assert "another unit" in answer.summary


def test_a_bound_asked_of_one_posting_answers_its_pay(engine: Engine, by_source: dict[str, str]) -> None:
    answer = engine.answer("is the mle intern paid above $40 an hour", "u")
    assert answer.intent is Intent.PAY and answer.postings == [by_source["003"]]
