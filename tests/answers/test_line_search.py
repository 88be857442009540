"""Details no topic covers are looked up in the named posting's own lines, and never answered loosely."""

from __future__ import annotations

from bot.answers.answer import Intent
from bot.answers.engine import Engine
from bot.answers.line_search import LineSearch
from bot.postings.model import Posting


def test_a_detail_is_quoted_from_the_posting(engine: Engine, by_source: dict[str, str]) -> None:
    answer = engine.answer("are pets allowed in the office at the lrm internship", "u")
    assert answer.postings == [by_source["004"]]
    assert any("Pet-friendly Office" in citation.quote for citation in answer.citations)


def test_a_benefit_line_answers_as_benefits(engine: Engine) -> None:
    answer = engine.answer("is there a cafeteria for the rs intern", "u")
    assert answer.intent is Intent.BENEFITS and "On-Site Cafeteria" in answer.summary


def test_a_detail_the_posting_lacks_is_said_plainly(engine: Engine, by_source: dict[str, str]) -> None:
    answer = engine.answer("is there a dress code for the mle intern", "u")
    assert answer.intent is Intent.UNKNOWN and answer.postings == [by_source["003"]]
    assert "does not mention" in answer.summary and not answer.citations


def test_it_searches_the_posting_in_view(engine: Engine, by_source: dict[str, str]) -> None:
    engine.answer("tell me about the rs intern", "u")
    answer = engine.answer("does it have company outings", "u")
    assert answer.postings == [by_source["004"]] and "Company Outings" in answer.summary


def test_every_quoted_line_is_a_line_of_the_posting(shipped: list[Posting]) -> None:
    search = LineSearch()
    posting = next(p for p in shipped if p.source.startswith("004"))
    hits = search.search(posting, ["casual", "dress"])
    assert hits and all(hit.line in posting.text for hit in hits)
    assert search.search(posting, ["submarine"]) == []
