"""Large groups of postings: bitmask groups, class scoring equal to posting scoring, bounded answers."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from bot.answers import answer_text, compose_topics, resolver
from bot.answers.answer import Intent
from bot.answers.engine import Engine
from bot.answers.groups import Group, Universe
from bot.answers.handlers import STATES
from bot.answers.names import NameKind, PostingNames
from bot.answers.normalize import Word
from bot.answers.resolver import Match, PostingIndex
from bot.postings.model import Posting

COPIES = 200


@pytest.fixture(scope="module")
def copies(shipped: list[Posting]) -> list[Posting]:
    """Each shipped posting 200 times, told apart by a numbered cohort: 1,000 postings."""
    return [
        posting.model_copy(
            update={"id": f"{posting.id}-{number}", "title": f"{posting.title} Cohort {number}"}
        )
        for number in range(COPIES)
        for posting in shipped
    ]


@pytest.fixture
def big(make_engine: Callable[..., Engine], copies: list[Posting]) -> Engine:
    return make_engine(copies)


def test_universe_masks_round_trip(shipped: list[Posting]) -> None:
    universe = Universe(shipped)
    mask = universe.mask_of([shipped[3].id, shipped[1].id, "unknown"])
    assert universe.ids_of(mask) == (shipped[1].id, shipped[3].id)
    assert [p.id for p in universe.first(mask, 1)] == [shipped[1].id]
    assert universe.contains(mask, shipped[3].id) and not universe.contains(mask, shipped[0].id)
    assert universe.ids_of(universe.all) == tuple(p.id for p in shipped)
    assert Group.of(universe, mask).within(universe.mask_of([shipped[3].id])).size == 1


def _names(count: int, seed: int) -> list[PostingNames]:
    """Random name words drawn from a small pool, so every word names hundreds of postings."""
    rng = random.Random(seed)
    pool = [f"w{number}" for number in range(8)]
    kinds = [NameKind.TITLE, NameKind.TEAM, NameKind.DEGREE, NameKind.LOCATION]
    names = []
    for number in range(count):
        chosen = rng.sample(pool, rng.randint(1, 6))
        words = {word: rng.choice(kinds) for word in chosen}
        words[f"id{number}"] = NameKind.TITLE
        names.append(PostingNames(posting_id=f"p{number}", display=f"p{number}", words=words))
    return names


class _Stub:
    def __init__(self, posting_id: str) -> None:
        self.id = posting_id


def test_class_scoring_matches_posting_by_posting_scoring(monkeypatch: pytest.MonkeyPatch) -> None:
    names = _names(1500, seed=7)
    universe = Universe([_Stub(name.posting_id) for name in names])  # type: ignore[misc]
    by_class = PostingIndex(names, universe=universe, stopwords=(), intent_words={"w3"})
    monkeypatch.setattr(resolver, "_MASK_SHARE", 1)  # no word gets masks: score posting by posting
    by_posting = PostingIndex(names, universe=universe, stopwords=(), intent_words={"w3"})
    rng = random.Random(11)
    compared = 0
    for _ in range(200):
        texts = rng.sample([f"w{number}" for number in range(8)], rng.randint(1, 4))
        words = [Word(text=text, raw=text) for text in texts]
        expected, got = by_posting.resolve(words), by_class.resolve(words)
        assert got.match is expected.match, texts
        assert got.count == expected.count, texts
        assert (got.ids or universe.ids_of(got.group)) == (expected.ids or universe.ids_of(expected.group))
        compared += got.match is Match.GROUP
    assert compared > 50


def test_all_postings_answer_counts_every_posting_and_shows_a_few(big: Engine, copies: list[Posting]) -> None:
    answer = big.answer_topic(Intent.PAY, None, "u")
    stating = [p for p in copies if STATES[Intent.PAY](p)]
    assert answer.title == "Pay across all 1000 postings"
    assert answer.summary.startswith(f"{len(stating)} of 1000 postings list pay")
    assert f"{len(copies) - len(stating)} postings do not state pay" in answer.summary
    assert 0 < len(answer.postings) <= compose_topics.MANY_POSTINGS
    assert set(answer.postings) <= {p.id for p in stating}
    assert len(answer.fields) <= answer_text.MAX_FIELDS


def test_a_common_word_names_a_group_and_follow_ups_keep_it(big: Engine, copies: list[Posting]) -> None:
    phd = [p for p in copies if any(d.level.value == "PhD" for d in p.degree_levels)]
    asked = big.answer("what's the pay for the phd ones", "u")
    assert asked.intent is Intent.PAY
    assert asked.title == f"Pay across {len(phd)} postings"
    follow_up = big.answer("and the benefits?", "u")
    with_benefits = [p for p in phd if STATES[Intent.BENEFITS](p)]
    assert follow_up.title == f"Benefits across {len(phd)} postings"
    assert follow_up.summary.startswith(f"{len(with_benefits)} of {len(phd)} postings list benefits")
    assert set(follow_up.postings) <= {p.id for p in with_benefits}


def test_a_large_list_shows_the_first_postings_and_counts_the_rest(
    big: Engine, copies: list[Posting]
) -> None:
    remote = [p.id for p in copies if p.remote.mode.value == "remote"]
    answer = big.answer("which ones are remote", "u")
    assert answer.intent is Intent.LIST
    assert answer.summary == f"{len(remote)} of 1000 postings match (remote)."
    assert answer.postings == remote[: answer_text.MAX_FIELDS]
    assert answer.footer is not None and answer.footer.startswith(
        f"Showing {answer_text.MAX_FIELDS} of {len(remote)}"
    )
    follow_up = big.answer("what about the deadline", "u")
    assert follow_up.title == f"Dates across {len(remote)} postings"


def test_one_copy_is_still_found_by_its_own_words(big: Engine, copies: list[Posting]) -> None:
    answer = big.answer("pay for the mle intern cohort 7", "u")
    assert answer.postings == [copies[7 * 5 + 3].id]
    assert "$45 hourly" in answer.summary


def test_suggest_finds_a_posting_named_by_a_rare_word_among_common_ones(
    big: Engine, copies: list[Posting]
) -> None:
    wanted = copies[199 * 5 + 4].id  # the research scientist intern of the last cohort
    suggested = [posting_id for posting_id, _ in big.suggest("research scientist intern cohort 199")]
    assert wanted in suggested
    assert len(suggested) == 25
    assert all(len(name) <= 100 for _, name in big.suggest("resea"))
