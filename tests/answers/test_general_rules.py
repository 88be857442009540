"""General routing and context rules: hedged filters, places, "the other one", "the last two", shorthand."""

from __future__ import annotations

from bot.answers.answer import Intent
from bot.answers.engine import Engine


def test_intensifiers_do_not_make_a_filter_off_topic(engine: Engine, by_source: dict[str, str]) -> None:
    answer = engine.answer("which ones are completely remote", "u")
    assert answer.intent is Intent.LIST and answer.postings == [by_source["000"]]


def test_unknown_words_beside_a_topic_word_stay_off_topic(engine: Engine) -> None:
    assert engine.answer("whats the traffic like in seattle", "u").intent is Intent.UNKNOWN
    assert engine.answer("which backpack should i get for grad school", "u").intent is Intent.UNKNOWN


def test_in_before_a_place_asks_where(engine: Engine, by_source: dict[str, str]) -> None:
    answer = engine.answer("is the grad role in toronto?", "u")
    assert answer.intent is Intent.LOCATION and answer.postings == [by_source["002"]]


def test_the_other_one_is_the_other_candidate(engine: Engine, by_source: dict[str, str]) -> None:
    assert engine.answer("ml scientist intern deadline", "u").intent is Intent.CLARIFY
    assert engine.answer("the tiktok-recommendation one", "u").postings == [by_source["000"]]
    answer = engine.answer("what about the other one", "u")
    assert answer.intent is Intent.DEADLINE and answer.postings == [by_source["001"]]


def test_compare_the_last_two_discussed(engine: Engine, by_source: dict[str, str]) -> None:
    engine.answer("pay for the rs intern", "u")
    engine.answer("and the grad role", "u")
    engine.answer("benefits for the mle intern", "u")
    answer = engine.answer("compare the last two", "u")
    assert answer.intent is Intent.COMPARE
    assert set(answer.postings) == {by_source["003"], by_source["002"]}


def test_which_one_after_a_comparison_compares_again(engine: Engine, by_source: dict[str, str]) -> None:
    engine.answer("compare the rs intern and the mle intern", "u")
    answer = engine.answer("which one is hybrid", "u")
    assert answer.intent is Intent.COMPARE
    assert set(answer.postings) == {by_source["004"], by_source["003"]}


def test_any_job_with_a_benefit_is_a_filter(engine: Engine, by_source: dict[str, str]) -> None:
    answer = engine.answer("any job with housing", "u")
    assert answer.intent is Intent.LIST
    assert set(answer.postings) == {by_source["000"], by_source["001"]}


def test_it_keeps_the_posting_in_view_over_feature_words(engine: Engine, by_source: dict[str, str]) -> None:
    engine.answer("tell me about the rs intern", "u")
    options = engine.answer("does it offer relocation or hybrid options", "u")
    assert options.intent is Intent.BENEFITS and options.postings == [by_source["004"]]
    engine.answer("tell me about the llm one", "v")
    degree = engine.answer("is it strictly for masters students", "v")
    assert degree.intent is Intent.REQUIREMENTS and degree.postings == [by_source["001"]]


def test_helper_verbs_and_synonyms_route_by_the_topic(engine: Engine, by_source: dict[str, str]) -> None:
    assert engine.answer("could i know the deadline for the mle intern", "u").intent is Intent.DEADLINE
    assert engine.answer("does the remote intern need to move for it", "u").intent is not Intent.REQUIREMENTS
    assert engine.answer("remuneration of the mle intern", "u").intent is Intent.PAY


def test_topics_follow_the_words_that_ask_them(engine: Engine) -> None:
    answer = engine.answer("do they sponsor the remote one and is it actually remote", "u")
    assert answer.intents[:2] == [Intent.SPONSORSHIP, Intent.LOCATION]


def test_chat_shorthand_and_split_compounds(engine: Engine, by_source: dict[str, str]) -> None:
    assert engine.answer("wen does the grad role close", "u").intent is Intent.DEADLINE
    answer = engine.answer("tl;dr the rs intern", "u")
    assert answer.intent is Intent.OVERVIEW and answer.postings == [by_source["004"]]


def test_an_unknown_place_filters_a_list_instead_of_going_off_topic(engine: Engine) -> None:
    answer = engine.answer("internships in toronto?", "u")
    assert answer.intent is Intent.LIST
    assert answer.postings == [] and "Toronto" in answer.summary
