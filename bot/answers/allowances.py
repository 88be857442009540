"""Read "housing stipend", "gym allowance", "learning budget" as that benefit, not as a pay question."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Mapping, Sequence

from bot.answers.answer import Intent
from bot.answers.normalize import Word, stem
from bot.answers.router import Route


def _names_benefit(word: Word, benefit_words: Collection[str], kinds: Mapping[str, str]) -> bool:
    return any(text in benefit_words or text in kinds for text in (word.text, word.raw, stem(word.raw)))


def benefit_allowances(
    words: Sequence[Word],
    allowance_words: Collection[str],
    benefit_words: Collection[str],
    kinds: Mapping[str, str],
) -> list[int]:
    """Positions of allowance words right after a word naming a benefit: they ask for that benefit."""
    return [
        position
        for position in range(1, len(words))
        if words[position].raw in allowance_words
        and _names_benefit(words[position - 1], benefit_words, kinds)
    ]


def kinds_asked(
    words: Sequence[Word], allowance_words: Collection[str], kinds: Mapping[str, str]
) -> list[str]:
    """Benefit categories named only through an allowance: "learning budget" -> "learning"."""
    return [
        kinds[word.raw]
        for word, following in itertools.pairwise(words)
        if word.raw in kinds and following.raw in allowance_words
    ]


def kind_positions(
    words: Sequence[Word], allowance_words: Collection[str], kinds: Mapping[str, str]
) -> set[int]:
    """Positions of benefit words named through an allowance ("learning" in "learning budget"): not names."""
    return {
        position
        for position in range(len(words) - 1)
        if words[position].raw in kinds and words[position + 1].raw in allowance_words
    }


def pay_positions_to_drop(route: Route, words: Sequence[Word], allowances: Sequence[int]) -> list[int]:
    """The pay words of a question whose money is a benefit's: the allowance words, and a lone "how much".

    "how much is the housing stipend" asks the amount of the housing allowance; "what's the pay and is
    there a housing stipend" still asks pay through "pay".
    """
    if not allowances:
        return []
    dropped = list(allowances)
    remaining = [
        position
        for position, intent in route.topic_positions.items()
        if intent is Intent.PAY and position not in allowances
    ]
    if remaining and all(words[position].raw == "how" for position in remaining):
        dropped.extend(remaining)
    return dropped
