"""Tell strong evidence of a topic from weak: an everyday benefit word alone, an emoji."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bot.answers.answer import Intent
from bot.answers.normalize import Word
from bot.answers.router import Route

# Words asking across the postings: a benefit word with one of these filters them ("any with dental").
LIST_CUES = frozenset(
    {
        "which", "any", "anything", "anyone", "anybody", "none", "either", "who", "everyone", "someone",
        "somebody", "one", "ones", "offer", "offers", "offering", "provide", "provides", "list", "show",
        "filter",
    }
)  # fmt: skip


def has_phrase(texts: Sequence[str], phrase: Sequence[str]) -> bool:
    """Tell whether ``phrase`` occurs in ``texts`` as consecutive words."""
    size = len(phrase)
    return any(tuple(texts[start : start + size]) == tuple(phrase) for start in range(len(texts) - size + 1))


def loose_benefit(
    words: Sequence[Word],
    route: Route,
    *,
    bare_words: Collection[str],
    perk_phrases: Collection[tuple[str, ...]],
    plural_nouns: Collection[str],
    all_words: Collection[str],
) -> bool:
    """Tell whether a question's only benefit evidence is an everyday word ("life", "health", "vision").

    Such a word alone, with no list cue, no benefit phrase ("life insurance", "casual dress") and no
    benefit noun ("benefits", "insurance"), may mean something else: "the meaning of life", "vision
    for my career". The caller then lets the off-topic check decide instead of filtering on it.
    """
    raws = [word.raw for word in words]
    if any(raw in LIST_CUES or raw in plural_nouns or raw in all_words for raw in raws):
        return False
    for position, intent in route.topic_positions.items():
        if intent is Intent.BENEFITS and (
            position in route.phrase_positions or words[position].text not in bare_words
        ):
            return False
    texts = [word.text for word in words]
    return not any(has_phrase(texts, phrase) for phrase in perk_phrases)


def typed_only(words: Sequence[Word]) -> list[Word]:
    """The words typed as words, without those standing for an emoji."""
    return [word for word in words if not word.emoji]
