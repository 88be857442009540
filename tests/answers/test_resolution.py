"""Posting resolution: derived aliases, clarifying questions, all postings when none is named."""

from __future__ import annotations

import pytest

from bot.answers.answer import Intent
from bot.answers.engine import Engine
from bot.answers.names import role_title, title_acronyms
from bot.answers.normalize import Normalizer


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("pay for the mle intern", "003"),
        ("pay for the $45 one", "003"),
        ("pay for the masters one", "003"),
        ("pay for the bs/ms one", "003"),
        ("pay for the rs intern", "004"),
        ("pay for the lrm intern", "004"),
        ("pay for the grad role", "002"),
        ("pay for the new grad job", "002"),
        ("pay for the remote one", "000"),
        ("pay for the content ecology one", "001"),
        ("pay for the llm one", "001"),
    ],
)
def test_derived_aliases_name_one_posting(
    engine: Engine, by_source: dict[str, str], question: str, source: str
) -> None:
    answer = engine.answer(question, f"user-{question}")
    assert answer.postings == [by_source[source]]


def test_acronyms_come_from_the_title() -> None:
    normalizer = Normalizer(set(), abbreviations={}, protected=set(), emoji={})
    title = "Research Scientist Intern (TikTok Recommendation-Large Recommender Models) - 2026 Start (PhD)"
    assert role_title(title) == "Research Scientist Intern"
    assert {"rs", "rsi", "lrm"} <= title_acronyms(title, normalizer)


def test_equally_likely_postings_get_a_clarifying_question(engine: Engine, by_source: dict[str, str]) -> None:
    answer = engine.answer("pay for the phd intern", "u")
    assert answer.intent is Intent.CLARIFY
    assert set(answer.postings) == {by_source["000"], by_source["001"], by_source["004"]}
    assert "$" not in " ".join(field.value for field in answer.fields)


def test_the_phd_one_is_ambiguous(engine: Engine) -> None:
    assert engine.answer("the phd one", "u").intent is Intent.CLARIFY


def test_no_posting_named_answers_for_all(engine: Engine, shipped: list) -> None:
    answer = engine.answer("pay??", "u")
    assert answer.intent is Intent.PAY
    assert len(answer.postings) == len(shipped)
    assert "1 of 5 postings lists pay" in answer.summary


def test_plural_names_a_group_instead_of_asking(engine: Engine, by_source: dict[str, str]) -> None:
    answer = engine.answer("how much do tiktok interns make", "u")
    assert answer.intent is Intent.PAY
    assert set(answer.postings) == {by_source[s] for s in ("000", "001", "003", "004")}


def test_many_postings_list_only_those_that_state_it(make_engine, shipped: list) -> None:
    copies = [
        posting.model_copy(update={"id": f"{posting.id}-{n}", "source": f"{n}-{posting.source}"})
        for n in range(3)
        for posting in shipped
    ]
    answer = make_engine(copies).answer("pay??", "u")
    assert "3 of 15 postings list pay" in answer.summary
    assert "12 postings do not state pay" in answer.summary
    assert len(answer.fields) == 3
