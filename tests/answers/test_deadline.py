"""Dates relative to a pinned today: expiry, listing, contradictions, rolling review, age, future expiry."""

from __future__ import annotations

from datetime import date

from bot.answers.engine import Engine
from bot.postings.model import DateFact, Dates, Fact, Posting, RelativeAge
from bot.render.text import answer_to_text


def test_expired_days_are_counted_from_today(engine: Engine) -> None:
    answer = engine.answer("deadline for the grad role", "u")
    assert "Expired on February 28, 2026 (268 days ago)" in answer.summary
    assert answer.as_of == "2026-11-23"


def test_listing_after_expiry_is_pointed_out(engine: Engine) -> None:
    text = answer_to_text(engine.answer("when was the grad role listed", "u"))
    assert "2026-03-02" in text
    assert "contradicts itself" in text


def test_rolling_review_without_a_closing_date(engine: Engine) -> None:
    text = answer_to_text(engine.answer("rs intern deadline", "u"))
    assert "rolling basis" in text and "no closing date stated" in text


def test_no_deadline_and_a_relative_age(engine: Engine) -> None:
    text = answer_to_text(engine.answer("when was the llm one posted", "u"))
    assert "does not state a deadline" in text
    assert "Posted 2 weeks ago" in text


def test_future_expiry_counts_down(make_engine) -> None:
    source = "Expires on December 1, 2026"
    posting = Posting(
        id="future",
        title="Data Engineer Intern",
        dates=Dates(
            expires=DateFact(date=date(2026, 12, 1), text=source, source=source),
            start=Fact(text="2027 Summer", source="Start: 2027 Summer"),
            posted_ago=RelativeAge(text="3 days ago", days=3, source="3 days ago"),
        ),
        text=f"Data Engineer Intern\n{source}\nStart: 2027 Summer\n3 days ago",
        source="future.txt",
        content_hash="0",
    )
    answer = make_engine([posting]).answer("is it still open?", "u")
    assert "Open until December 1, 2026 (in 8 days)" in answer.summary
    assert "Summer 2027" in answer_to_text(answer)
