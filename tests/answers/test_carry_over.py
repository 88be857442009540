"""Conversations carried over to an engine of reloaded postings: kept where valid, never misdirected."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.answers.answer import Intent
from bot.answers.carry_over import carried_turn
from bot.answers.context import Turn
from bot.answers.engine import Engine
from bot.answers.groups import Universe
from bot.postings.model import Posting
from bot.postings.parse import parse_text

from .conftest import FakeClock

REMOTE = """[Remote] {role} Intern – {company} – Summer 2026 (BS)
Note: The job is a remote job and is open to candidates in USA.
Pay: ${pay} hourly
Responsibilities
- Build and ship features with the team
Requirements
- Currently pursuing a BS in computer science
"""
ROLES = (
    "Data",
    "Backend",
    "Frontend",
    "Mobile",
    "Cloud",
    "Security",
    "Compiler",
    "Graphics",
    "Robotics",
    "Kernel",
)


@pytest.fixture(scope="module")
def remote_postings() -> list[Posting]:
    """More remote postings than an answer lists one by one, so "which ones are remote" is kept as a group."""
    return [
        parse_text(
            REMOTE.format(role=role, company=f"Tidewater {n}", pay=30 + n), source=f"remote_{n:02}.txt"
        )
        for n, role in enumerate(ROLES)
    ]


def without(postings: list[Posting], *prefixes: str) -> list[Posting]:
    return [posting for posting in postings if not posting.source.startswith(prefixes)]


def test_a_follow_up_works_after_a_reload(
    make_engine: Callable[..., Engine], shipped: list[Posting], by_source: dict[str, str]
) -> None:
    old = make_engine()
    assert old.answer("what does the mle intern pay?", "u").postings == [by_source["003"]]
    new = make_engine(list(reversed(shipped)))  # the same postings at other catalog positions
    assert new.carry_conversations(old) == 1
    answer = new.answer("and benefits?", "u")
    assert answer.intent is Intent.BENEFITS
    assert answer.postings == [by_source["003"]]


def test_a_turn_about_a_removed_posting_is_dropped(
    make_engine: Callable[..., Engine], shipped: list[Posting], by_source: dict[str, str]
) -> None:
    old = make_engine()
    old.answer("what does the mle intern pay?", "gone")
    old.answer("what does the rs intern pay?", "kept")
    new = make_engine(without(shipped, "003"))
    assert new.carry_conversations(old) == 1
    assert by_source["003"] not in new.answer("and benefits?", "gone").postings
    assert new.answer("and benefits?", "kept").postings == [by_source["004"]]


def test_a_comparison_keeps_only_the_postings_still_there(
    make_engine: Callable[..., Engine], shipped: list[Posting], by_source: dict[str, str]
) -> None:
    old = make_engine()
    old.answer("compare the mle intern and the rs intern", "u")
    new = make_engine(without(shipped, "003"))
    new.carry_conversations(old)
    assert new.answer("and benefits?", "u").postings == [by_source["004"]]


def test_clarifying_candidates_are_kept_whole_or_not_at_all(
    make_engine: Callable[..., Engine], shipped: list[Posting], by_source: dict[str, str]
) -> None:
    old = make_engine()
    asked = old.answer("ml scientist intern deadline", "u")
    assert asked.intent is Intent.CLARIFY and asked.postings == [by_source["000"], by_source["001"]]

    reordered = make_engine(list(reversed(shipped)))
    reordered.carry_conversations(old)
    assert reordered.answer("the second one", "u").postings == [by_source["001"]]

    # With the first candidate gone, "the first one" must not slide onto the second.
    shrunk = make_engine(without(shipped, "000"))
    assert shrunk.carry_conversations(old) == 0
    assert by_source["001"] not in shrunk.answer("the first one", "u").postings


def test_a_group_is_rebuilt_on_the_new_catalog(
    make_engine: Callable[..., Engine], shipped: list[Posting], remote_postings: list[Posting]
) -> None:
    old = make_engine([*shipped, *remote_postings])
    listed = old.answer("which ones are remote?", "u")
    assert len(listed.postings) == 11  # ten new ones and the shipped remote posting
    survivors = remote_postings[1:]
    new = make_engine([*reversed(survivors), *shipped])  # one removed, every position moved
    new.carry_conversations(old)
    answer = new.answer("what do they pay?", "u")
    assert answer.intent is Intent.PAY
    assert answer.summary.startswith(f"{len(survivors)} of {len(survivors) + 1} postings list pay")
    assert remote_postings[0].id not in answer.postings


def test_expired_turns_are_not_carried(make_engine: Callable[..., Engine], clock: FakeClock) -> None:
    old = make_engine(context_ttl=60.0)
    old.answer("what does the mle intern pay?", "u")
    clock.advance(61)
    assert make_engine(context_ttl=60.0).carry_conversations(old) == 0


def test_a_newer_turn_on_the_new_engine_wins(
    make_engine: Callable[..., Engine], by_source: dict[str, str]
) -> None:
    old = make_engine()
    old.answer("what does the mle intern pay?", "u")
    new = make_engine()
    new.answer("what does the rs intern pay?", "u")
    assert new.carry_conversations(old) == 0
    assert new.answer("and benefits?", "u").postings == [by_source["004"]]


def test_carried_turn_maps_ids_and_masks_by_id(shipped: list[Posting]) -> None:
    old = Universe(shipped)
    new = Universe([shipped[4], shipped[2], shipped[0]])  # 1 and 3 removed, the rest moved
    ids = [posting.id for posting in shipped]
    turn = Turn(
        postings=(ids[1], ids[2]),
        intents=(Intent.PAY,),
        group=old.mask_of([ids[0], ids[3], ids[4]]),
        recent=(ids[3], ids[2], ids[0]),
        discussed=(ids[1], ids[4]),
        offered=(ids[2], ids[4]),
    )
    carried = carried_turn(turn, old, new)
    assert carried is not None
    assert carried.postings == (ids[2],)
    assert set(new.ids_of(carried.group)) == {ids[0], ids[4]}
    assert carried.recent == (ids[2], ids[0])
    assert carried.discussed == (ids[4],)
    assert carried.offered == (ids[2], ids[4])
    assert carried.intents == (Intent.PAY,)
    assert carried_turn(Turn(postings=(ids[1],), intents=(Intent.PAY,)), old, new) is None
    assert carried_turn(Turn(intents=(Intent.PAY,)), old, new) == Turn(intents=(Intent.PAY,))
