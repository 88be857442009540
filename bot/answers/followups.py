"""Tell how a follow-up refers to the previous answer: "which of those …", "it" after a one-posting list."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from bot.answers.context import Turn
from bot.answers.groups import Universe

# "which of those", "any of them": the postings of the previous answer.
_DEMONSTRATIVES = frozenset({"those", "these", "them"})
_PICKERS = frozenset({"which", "any", "none", "either", "one", "ones", "all", "each"})


def narrows_previous(raws: Sequence[str]) -> bool:
    """Tell whether the question picks among the previous answer's postings ("which of those is remote")."""
    return any(
        first in _PICKERS and middle == "of" and last in _DEMONSTRATIVES
        for first, middle, last in zip(raws, raws[1:], raws[2:], strict=False)
    ) or any(
        raw in {"those", "these"} and following in {"ones", "jobs", "postings", "roles"}
        for raw, following in itertools.pairwise(raws)
    )


def previous_mask(turn: Turn | None, universe: Universe) -> int:
    """The previous answer's postings as a mask, when it was about several; else 0."""
    if turn is None:
        return 0
    if turn.group:
        return turn.group
    if len(turn.postings) >= 2:
        return universe.mask_of(turn.postings)
    return 0


def object_only_all(raws: Sequence[str], all_words: frozenset[str]) -> bool:
    """Tell whether the only "all" word is "anything" after a pronoun ("does it pay anything")."""
    found = {raw for raw in raws if raw in all_words}
    return found == {"anything"} and any(raw in {"it", "its", "this", "that"} for raw in raws)


# Words that ask for postings in general: "anything that uses tensorflow", "any for undergrads".
_ASKING_FOR_POSTINGS = frozenset({"anything", "any", "anyone", "who", "which", "whichever", "something"})


def asks_for_postings(raws: Sequence[str], plural_nouns: frozenset[str]) -> bool:
    """Tell whether the question asks for postings in general rather than about one."""
    return any(raw in _ASKING_FOR_POSTINGS or raw in plural_nouns for raw in raws)


def definite(raws: Sequence[str]) -> bool:
    """Tell whether the question names a posting definitely ("does the grad phd job list …")."""
    return any(raw in {"the", "this", "that"} for raw in raws)


# At most this many remaining postings are offered when "the other one" leaves several.
_OTHER_CHOICES = 10


def other_postings(turn: Turn, pool: Sequence[str]) -> tuple[str, ...]:
    """The postings of ``pool`` not yet discussed in the conversation ("the other phd one")."""
    discussed = set(turn.discussed)
    remaining: list[str] = []
    for posting_id in pool:
        if posting_id not in discussed:
            remaining.append(posting_id)
            if len(remaining) > _OTHER_CHOICES:
                break
    return tuple(remaining)
