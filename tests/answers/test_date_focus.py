"""Date answers lead with the date fact asked about: start, duration or listing date."""

from __future__ import annotations

from bot.answers.answer import Intent
from bot.answers.engine import Engine


def _lead(engine: Engine, question: str) -> str:
    answer = engine.answer(question, "dates")
    assert answer.intent is Intent.DEADLINE, question
    return answer.summary.splitlines()[0]


def test_a_start_date_question_leads_with_the_start(engine: Engine, by_source: dict[str, str]) -> None:
    answer = engine.answer("could you tell me the start date of the content eco team role", "u")
    assert answer.intent is Intent.DEADLINE and answer.postings == [by_source["001"]]
    assert answer.summary.startswith("Dates: Start: in 2026")
    assert "Start" in _lead(engine, "which season does the mle intern begin")


def test_a_length_question_leads_with_the_duration(engine: Engine) -> None:
    assert "12 weeks" in _lead(engine, "what's the length of the mle internship")


def test_a_missing_aspect_is_said_plainly(engine: Engine) -> None:
    assert "does not state how long" in _lead(engine, "how long does the remote intern last")


def test_a_posted_question_leads_with_the_listing(engine: Engine) -> None:
    assert "March 2, 2026" in _lead(engine, "when did the grad role get posted")
    assert "2 weeks ago" in _lead(engine, "how old is the content ecology listing")


def test_a_deadline_question_still_leads_with_the_status(engine: Engine) -> None:
    assert "Expired" in _lead(engine, "is the grad role still accepting applications")
