"""A specific benefit asked across postings: which state it (quoted) and that the others do not."""

from __future__ import annotations

from collections.abc import Callable

from bot.answers.answer import Intent
from bot.answers.engine import Engine
from bot.postings.model import Posting


def test_who_states_a_benefit_quotes_it(engine: Engine, by_source: dict[str, str]) -> None:
    answer = engine.answer("anybody got retirement matching?", "u")
    assert answer.intent is Intent.LIST and answer.postings == [by_source["004"]]
    assert any("401(K)" in citation.quote for citation in answer.citations)
    assert "other 4 postings do not mention" in answer.summary


def test_a_benefit_no_posting_states_is_said_plainly(
    make_engine: Callable[..., Engine], shipped: list[Posting]
) -> None:
    without_benefits = make_engine([posting for posting in shipped if not posting.benefits])
    answer = without_benefits.answer("who gives dental coverage", "u")
    assert answer.intent is Intent.LIST and answer.postings == []
    assert "No posting mentions" in answer.summary


def test_a_benefit_follow_up_stays_on_the_posting_in_view(engine: Engine, by_source: dict[str, str]) -> None:
    engine.answer("benefits for the remote one", "u")
    answer = engine.answer("and a gym?", "u")
    assert answer.intent is Intent.BENEFITS and answer.postings == [by_source["000"]]
    across = engine.answer("does anyone have a gym", "u")
    assert across.intent is Intent.LIST and across.postings == [by_source["004"]]
