"""Honesty: no invented figures, plain "not stated" wording, every quote taken from its posting."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from bot.postings.model import Posting
from bot.render.text import answer_to_text


@pytest.mark.parametrize("source", ["000", "001", "002", "004"])
def test_no_dollar_figure_for_postings_without_pay(
    engine: Engine, by_source: dict[str, str], source: str
) -> None:
    answer = engine.answer_topic(engine.answer("pay", "x").intent, by_source[source], f"u{source}")
    text = answer_to_text(answer)
    assert "$" not in text
    assert "does not list pay" in text


def test_not_stated_is_said_plainly_with_what_is_known_nearby(engine: Engine) -> None:
    answer = engine.answer("benefits for the mle intern", "u")
    assert "This posting does not list benefits." in answer.summary
    assert "3 of 5 postings list benefits" in answer.summary
    assert "401(K)" not in answer_to_text(answer)


def test_no_totals_are_computed(engine: Engine) -> None:
    text = answer_to_text(engine.answer("how much would i make total at $45/hr over the 12 weeks", "u"))
    assert "$45" in text and "21,600" not in text and "21600" not in text


def test_every_citation_quotes_its_posting(engine: Engine, shipped: list[Posting]) -> None:
    text_of = {posting.id: posting.text for posting in shipped}
    questions = [
        "pay??",
        "benefits across all postings?",
        "reqs for the rs intern",
        "deadlines for all of them",
        "where r the jobs located",
        "does tiktok sponsor h1b",
        "tell me about the grad role",
        "compare the mle intern and the llm one",
        "which ones list pay?",
    ]
    for number, question in enumerate(questions):
        answer = engine.answer(question, f"quote-{number}")
        assert answer.citations, question
        for citation in answer.citations:
            assert citation.quote in text_of[citation.posting_id], (question, citation.quote)


def test_other_postings_facts_do_not_leak_into_an_answer(engine: Engine) -> None:
    text = answer_to_text(engine.answer("sponsorship for the remote one", "u"))
    assert "979" not in text and "does not mention visa sponsorship" in text
