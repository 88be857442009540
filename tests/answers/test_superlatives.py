"""Pay superlatives: the top (or bottom) stated pay within one unit, quoted, silent postings counted."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.answers.answer import Intent
from bot.answers.engine import Engine
from bot.postings.model import Pay, PayUnit, Posting


def _paid(posting: Posting, amount: float, unit: PayUnit, line: str) -> Posting:
    return posting.model_copy(
        update={"pay": [Pay(min=amount, max=amount, currency="USD", unit=unit, text=line, source=line)]}
    )


@pytest.fixture
def ranked(make_engine: Callable[..., Engine], shipped: list[Posting]) -> Engine:
    by_prefix = {posting.source[:3]: posting for posting in shipped}
    postings = [
        _paid(by_prefix["000"], 52, PayUnit.HOUR, "Pay: $52 per hour"),
        _paid(by_prefix["001"], 38, PayUnit.HOUR, "Hourly rate: $38/hr"),
        _paid(by_prefix["002"], 150_000, PayUnit.YEAR, "Base salary: $150,000 per year"),
        by_prefix["003"].model_copy(update={"pay": []}),
        by_prefix["004"].model_copy(update={"pay": []}),
    ]
    return make_engine(postings)


@pytest.mark.parametrize(
    "question", ["which one pays the most", "the best paid?", "who pays highest", "top paying job"]
)
def test_highest_pay_is_ranked_within_one_unit(
    ranked: Engine, by_source: dict[str, str], question: str
) -> None:
    answer = ranked.answer(question, "u")
    assert answer.intent is Intent.PAY
    assert answer.postings == [by_source["000"]]
    assert "$52 per hour" in answer.summary
    assert "2 of 5 postings state no pay" in answer.summary
    assert "1 states pay only per another unit" in answer.summary
    assert any(citation.quote == "Pay: $52 per hour" for citation in answer.citations)


@pytest.mark.parametrize("question", ["lowest pay", "which one pays the least?"])
def test_lowest_pay_is_the_bottom_of_the_same_unit(
    ranked: Engine, by_source: dict[str, str], question: str
) -> None:
    answer = ranked.answer(question, "u")
    assert answer.postings == [by_source["001"]]
    assert "$38/hr" in answer.summary


def test_the_top_posting_is_the_follow_up_context(ranked: Engine, by_source: dict[str, str]) -> None:
    ranked.answer("which pays best", "u")
    answer = ranked.answer("is it remote", "u")
    assert answer.intent is Intent.LOCATION and answer.postings == [by_source["000"]]


def test_with_one_paying_posting_shipped_it_says_the_others_state_none(
    engine: Engine, by_source: dict[str, str]
) -> None:
    answer = engine.answer("which one pays the most", "u")
    assert answer.postings == [by_source["003"]]
    assert "$45" in answer.summary and "4 of 5 postings state no pay" in answer.summary


def test_a_named_posting_keeps_its_own_pay_answer(engine: Engine, by_source: dict[str, str]) -> None:
    answer = engine.answer("max pay for the mle intern", "u")
    assert answer.intent is Intent.PAY and answer.postings == [by_source["003"]]
    assert answer.title.startswith("Pay")
