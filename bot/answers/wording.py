"""What a question's wording alone signals: "any of these", "which city", "the other one", advice."""

from __future__ import annotations

import itertools
from collections.abc import Collection, Sequence

from bot.answers.answer import Intent
from bot.answers.normalize import Word, stem
from bot.answers.router import Route
from bot.answers.vocabulary import Vocabulary

# "which close soon": a verb after "which" filters postings, unlike "which city".
_CLOSING_VERBS = frozenset({"close", "closes", "closing", "expire", "expires", "end", "ends"})
# "any of these", "which of them": one of all the postings, so a filter.
_ONE_OF = frozenset({"any", "which", "none", "either"})
_OF_ALL = frozenset({"these", "them", "those", "the", "all", "yours"})


def one_of_all(raws: Sequence[str]) -> bool:
    """ "any of these", "which of them": one of all the postings (a filter when it names a feature)."""
    return any(
        raw in _ONE_OF and following == "of" and after in _OF_ALL
        for raw, following, after in zip(raws, raws[1:], raws[2:], strict=False)
    )


def any_posting(raws: Sequence[str], plural_nouns: Collection[str]) -> bool:
    """ "any posting with a 401k", "is there a job that ...": one unnamed posting of many is a filter."""
    return any(
        raw in {"any", "anything"} and (stem(following) + "s" in plural_nouns or following in plural_nouns)
        for raw, following in itertools.pairwise(raws)
    )


def which_topic(route: Route, words: Sequence[Word]) -> bool:
    """ "which city is it in", "which programming languages do they want": a topic, not a filter."""
    return any(
        word.raw == "which"
        and position + 1 in route.topic_positions
        and words[position + 1].raw not in _CLOSING_VERBS
        for position, word in enumerate(words[:-1])
    )


def asks_other(raws: Sequence[str], plural_nouns: Collection[str]) -> bool:
    """ "and the other one": the posting discussed before the current one."""
    return "other" in raws and not any(raw in plural_nouns for raw in raws)


def career_advice(raws: Sequence[str], route: Route, vocabulary: Vocabulary) -> bool:
    """ "rate my gpa", "best programming language": career advice rather than a posting's facts."""
    if any(raw in vocabulary.posting_asks for raw in raws):
        return False
    text = f" {' '.join(raws)} "
    if any(f" {topic} " in text for topic in vocabulary.career_topics):
        return True
    advice = any(raw in vocabulary.advice_words for raw in raws)
    return advice and bool(route.topics) and set(route.topics) <= {Intent.REQUIREMENTS}


def explicit_overview(route: Route) -> bool:
    """Tell whether the question opens by asking for an overview ("overview and pay")."""
    return bool(route.topics) and route.topics[0] is Intent.OVERVIEW
