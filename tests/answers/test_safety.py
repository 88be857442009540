"""Unusable questions and echoed text: empty, too long, mentions that must never ping."""

from __future__ import annotations

from bot.answers.answer import Intent
from bot.answers.engine import Engine
from bot.postings.model import Pay, Posting
from bot.render.text import answer_to_text


def test_empty_question_is_an_error(engine: Engine) -> None:
    answer = engine.answer("   ", "u")
    assert answer.intent is Intent.ERROR and answer.summary


def test_too_long_question_is_an_error(make_engine) -> None:
    engine = make_engine(max_question_chars=50)
    answer = engine.answer("pay " * 20, "u")
    assert answer.intent is Intent.ERROR
    assert "50" in answer.summary


def test_question_text_is_not_echoed(engine: Engine) -> None:
    text = answer_to_text(engine.answer("@everyone what's the weather <@123>", "u"))
    assert "@everyone" not in text and "<@123>" not in text


def test_mentions_inside_postings_are_neutralised(make_engine) -> None:
    line = "Pay: $30 hourly, ask @everyone"
    posting = Posting(
        id="ping",
        title="Support Intern @here",
        pay=[Pay(min=30, max=30, text="$30 hourly, ask @everyone", source=line)],
        text=f"Support Intern @here\n{line}",
        source="ping.txt",
        content_hash="0",
    )
    answer = make_engine([posting]).answer("pay?", "u")
    text = answer_to_text(answer) + " ".join(citation.quote for citation in answer.citations)
    assert "@everyone" not in text and "@here" not in text
    assert "$30 hourly" in text
