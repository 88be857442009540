"""Feature-list filters on skills and degrees: "anything that uses tensorflow", "any for undergrads"."""

from __future__ import annotations

import pytest

from bot.answers.answer import Intent
from bot.answers.engine import Engine


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("anything that uses tensorflow?", "TensorFlow"),
        ("anything using Tensor Flow", "TensorFlow"),
        ("jobs that mention pytorch", "PyTorch"),
        ("which ones want c++", "C++"),
        ("any roles asking for python", "Python"),
    ],
)
def test_a_skill_filter_lists_the_postings_naming_it(engine: Engine, question: str, label: str) -> None:
    answer = engine.answer(question, "u")
    assert answer.intent is Intent.LIST
    assert label in answer.title
    assert 0 < len(answer.postings) < 5


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("anything for undergrads?", "BS"),
        ("any for bachelor's students", "BS"),
        ("jobs suitable for undergrads", "BS"),
        ("masters-friendly ones", "MS"),
        ("any ms ones?", "MS"),
    ],
)
def test_a_degree_filter_lists_the_postings_for_it(
    engine: Engine, by_source: dict[str, str], question: str, label: str
) -> None:
    answer = engine.answer(question, "u")
    assert answer.intent is Intent.LIST
    assert label in answer.title
    assert answer.postings == [by_source["003"]]


def test_a_skill_asked_of_the_posting_in_view_stays_on_it(engine: Engine, by_source: dict[str, str]) -> None:
    engine.answer("tell me about the rs intern", "u")
    answer = engine.answer("does it use tensorflow", "u")
    assert answer.intent is Intent.REQUIREMENTS and answer.postings == [by_source["004"]]
