"""Remote-mode list filters: intensifiers mean remote only, "remote-friendly" lets hybrid in and says so."""

from __future__ import annotations

import pytest

from bot.answers.answer import Intent
from bot.answers.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "any fully remote ones?",
        "completely remote",
        "100% remote",
        "wfh jobs",
        "work from home",
        "remote jobs?",
    ],
)
def test_remote_asked_of_all_postings_lists_the_remote_ones(
    engine: Engine, by_source: dict[str, str], question: str
) -> None:
    answer = engine.answer(question, "u")
    assert answer.intent is Intent.LIST
    assert answer.postings == [by_source["000"]]


def test_an_intensifier_is_named_in_the_answer(engine: Engine) -> None:
    assert "fully remote" in engine.answer("100% remote", "u").title


@pytest.mark.parametrize("question", ["remote-friendly", "anything remote friendly?"])
def test_remote_friendly_includes_hybrid_and_says_so(
    engine: Engine, by_source: dict[str, str], question: str
) -> None:
    answer = engine.answer(question, "u")
    assert answer.intent is Intent.LIST
    assert sorted(answer.postings) == sorted([by_source["000"], by_source["004"]])
    assert "remote or hybrid" in answer.summary


def test_work_from_home_asked_of_the_posting_in_view_stays_on_it(
    engine: Engine, by_source: dict[str, str]
) -> None:
    engine.answer("tell me about the rs intern", "u")
    answer = engine.answer("can i wfh", "u")
    assert answer.intent is Intent.LOCATION and answer.postings == [by_source["004"]]
