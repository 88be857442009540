"""Per-user conversation memory: follow-ups, clarifying replies, TTL expiry, no leaks, bounded size."""

from __future__ import annotations

from bot.answers.answer import Intent
from bot.answers.context import ConversationMemory
from bot.answers.engine import Engine
from tests.answers.conftest import FakeClock


def test_follow_up_reuses_the_posting(engine: Engine, by_source: dict[str, str]) -> None:
    engine.answer("whats the pay for the mle intern", "alice")
    answer = engine.answer("and the benefits?", "alice")
    assert answer.intent is Intent.BENEFITS
    assert answer.postings == [by_source["003"]]


def test_what_about_reuses_the_intent(engine: Engine, by_source: dict[str, str]) -> None:
    engine.answer("deadline for the rs intern", "alice")
    answer = engine.answer("what about the grad role?", "alice")
    assert answer.intent is Intent.DEADLINE
    assert answer.postings == [by_source["002"]]


def test_clarify_reply_picks_a_candidate_and_keeps_the_question(
    engine: Engine, by_source: dict[str, str]
) -> None:
    assert engine.answer("pay for the phd intern", "bob").intent is Intent.CLARIFY
    answer = engine.answer("the lrm one", "bob")
    assert answer.intent is Intent.PAY
    assert answer.postings == [by_source["004"]]


def test_clarify_reply_by_number(engine: Engine, by_source: dict[str, str]) -> None:
    clarify = engine.answer("benefits for the ml scientist intern", "bob")
    answer = engine.answer("2", "bob")
    assert answer.intent is Intent.BENEFITS
    assert answer.postings == [clarify.postings[1]]


def test_context_expires_after_the_ttl(engine: Engine, clock: FakeClock, shipped: list) -> None:
    engine.answer("whats the pay for the mle intern", "carol")
    clock.advance(901)
    answer = engine.answer("and the benefits?", "carol")
    assert len(answer.postings) == len(shipped)


def test_context_never_leaks_between_users(engine: Engine, shipped: list) -> None:
    engine.answer("whats the pay for the mle intern", "dave")
    answer = engine.answer("and the benefits?", "erin")
    assert len(answer.postings) == len(shipped)


def test_memory_is_bounded() -> None:
    clock = FakeClock()
    memory = ConversationMemory(ttl=60, clock=clock, max_users=3)
    for user in ("a", "b", "c", "d"):
        memory.remember(user, postings=("p",), intents=(Intent.PAY,))
    assert len(memory) == 3
    assert memory.recall("a") is None
    assert memory.recall("d") is not None
