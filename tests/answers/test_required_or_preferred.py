"""Required or preferred: the posting's own list decides, and the line saying so is quoted."""

from __future__ import annotations

import pytest

from bot.answers.answer import Intent
from bot.answers.engine import Engine


@pytest.mark.parametrize(
    ("question", "source", "verdict", "quote_start"),
    [
        (
            "are pubs required or just nice to have for the rs intern",
            "004",
            "Preferred, not required",
            "- Publications",
        ),
        ("are pubs required for the remote intern", "000", "Required", "- Strong first-author"),
        ("is research experience a must for the mle intern", "003", "Preferred, not required", "• Bonus:"),
        ("papers needed for the content eco one?", "001", "Preferred, not required", "Publications"),
    ],
)
def test_the_verdict_leads_with_the_quoted_line(
    engine: Engine, by_source: dict[str, str], question: str, source: str, verdict: str, quote_start: str
) -> None:
    answer = engine.answer(question, "u")
    assert answer.intent is Intent.REQUIREMENTS and answer.postings == [by_source[source]]
    assert answer.summary.startswith(f"Requirements: {verdict}")
    assert any(citation.quote.startswith(quote_start) for citation in answer.citations)


def test_a_follow_up_asks_of_the_posting_in_view(engine: Engine, by_source: dict[str, str]) -> None:
    engine.answer("reqs for the rs intern", "u")
    answer = engine.answer("are pubs required or just nice to have", "u")
    assert answer.postings == [by_source["004"]]
    assert "Preferred, not required" in answer.summary


def test_an_unlisted_qualification_is_said_plainly(engine: Engine) -> None:
    answer = engine.answer("is gpa required for the rs intern", "u")
    assert "does not mention a GPA" in answer.summary
