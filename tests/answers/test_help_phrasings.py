"""Help phrasings reach the help answer; the same words with a posting named still answer about it."""

from __future__ import annotations

import pytest

from bot.answers.answer import Intent
from bot.answers.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "what can u do",
        "how do i use this",
        "commands?",
        "what do you know",
        "what should i ask",
        "what can you answer",
    ],
)
def test_help_phrasings_get_help(engine: Engine, question: str) -> None:
    assert engine.answer(question, "u").intent is Intent.HELP


def test_what_do_you_know_about_a_posting_describes_it(engine: Engine, by_source: dict[str, str]) -> None:
    answer = engine.answer("what do you know about the mle intern", "u")
    assert answer.intent is Intent.OVERVIEW and answer.postings == [by_source["003"]]
