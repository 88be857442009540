"""The Engine API the Discord layer and the CLI call: topics, overview, compare, list, help, suggest."""

from __future__ import annotations

from pathlib import Path

from bot.answers.answer import Intent
from bot.answers.engine import Engine
from tests.answers.conftest import KNOWLEDGE, TODAY


def test_from_knowledge_reads_the_vocabulary(shipped: list) -> None:
    engine = Engine.from_knowledge(shipped, Path(KNOWLEDGE), today=lambda: TODAY, context_ttl=60)
    assert engine.answer("benifits for the rs intern", "u").intent is Intent.BENEFITS


def test_answer_topic_by_id_and_by_name(engine: Engine, by_source: dict[str, str]) -> None:
    by_id = engine.answer_topic(Intent.PAY, by_source["003"], "u")
    by_name = engine.answer_topic(Intent.PAY, "mle intern", "u")
    assert by_id.postings == by_name.postings == [by_source["003"]]
    assert "$45 hourly" in by_id.summary


def test_answer_topic_without_posting_answers_for_all_postings(
    engine: Engine, by_source: dict[str, str]
) -> None:
    assert len(engine.answer_topic(Intent.LOCATION, None, "fresh").postings) == 5
    engine.answer("tell me about the rs intern", "known")
    for intent in (Intent.PAY, Intent.BENEFITS, Intent.REQUIREMENTS, Intent.DEADLINE):
        answer = engine.answer_topic(intent, None, "known")
        assert answer.intent is intent
        assert len(answer.postings) == 5, intent
        assert answer.title.endswith("across all 5 postings")
    assert len(engine.answer_topic(Intent.PAY, "  ", "known").postings) == 5


def test_free_text_follow_up_still_uses_the_remembered_posting(
    engine: Engine, by_source: dict[str, str]
) -> None:
    engine.answer("tell me about the rs intern", "known")
    assert engine.answer("and the benefits?", "known").postings == [by_source["004"]]
    assert engine.answer_topic(Intent.PAY, by_source["003"], "known").postings == [by_source["003"]]
    assert engine.answer("and the deadline?", "known").postings == [by_source["003"]]


def test_overview_and_compare(engine: Engine, by_source: dict[str, str]) -> None:
    overview = engine.overview("lrm", "u")
    assert overview.intent is Intent.OVERVIEW and overview.postings == [by_source["004"]]
    compared = engine.compare("mle intern", by_source["002"], "u")
    assert compared.intent is Intent.COMPARE
    assert compared.postings == [by_source["003"], by_source["002"]]


def test_list_postings_filters(engine: Engine, by_source: dict[str, str]) -> None:
    assert len(engine.list_postings().postings) == 5
    assert engine.list_postings(degree="masters").postings == [by_source["003"]]
    assert engine.list_postings(remote=True).postings == [by_source["000"]]
    assert set(engine.list_postings(query="housing").postings) == {by_source["000"], by_source["001"]}


def test_help_lists_examples(engine: Engine) -> None:
    answer = engine.help()
    assert answer.intent is Intent.HELP and any("pay" in field.value for field in answer.fields)


def test_suggest_autocompletes_partly_typed_names(engine: Engine, by_source: dict[str, str]) -> None:
    assert engine.suggest("lr")[0][0] == by_source["004"]
    assert engine.suggest("mle")[0][0] == by_source["003"]
    assert len(engine.suggest("", limit=3)) == 3
    assert all(len(name) <= 100 for _, name in engine.suggest("intern"))
