"""Whether a question is about the postings at all: unknown words, another company's name."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answers.normalize import SEPARATOR, Normalizer, Word
from bot.answers.vocabulary import Vocabulary
from bot.postings.model import Posting

# A year, as in "the 2023 h1b count".
YEAR = re.compile(r"^(19|20)\d\d$")
# An amount of money or a number: "$40", "100k", "45.50".
_AMOUNT = re.compile(r"^\$?\d[\d,.]*k?$")
# Share of a question's content words the engine does not know above which, with no posting named,
# the question is taken to be about something else.
_OFF_TOPIC_SHARE = 0.5


class Topicality:
    """Tell questions about the postings from questions about something else."""

    def __init__(
        self,
        vocabulary: Vocabulary,
        normalizer: Normalizer,
        name_words: frozenset[str],
        postings: Sequence[Posting],
    ) -> None:
        self._vocabulary = vocabulary
        self._normalizer = normalizer
        self._name_words = name_words
        self._companies = frozenset(
            word.text for posting in postings if posting.company for word in normalizer.words(posting.company)
        )

    def off_topic(
        self,
        words: Sequence[Word],
        *,
        strict: bool = False,
        unknown_at_least: int = 1,
        places: Sequence[str] = (),
    ) -> bool:
        """Tell whether a question is mostly words the engine does not know.

        ``strict``: the question asks nothing and names postings only vaguely, so one unknown word
        ("recommend me a laptop for ml") is enough. ``unknown_at_least``: how many unknown words it
        takes at all.
        """
        protected = self._vocabulary.stopwords | self._vocabulary.neutral
        known: dict[str, bool] = {}
        for word in words:
            if word.text == SEPARATOR or word.raw in protected or word.text in protected:
                continue
            is_known = (
                any(word.raw in place.split() for place in places)
                or self._normalizer.known(word.text)
                or word.text in self._name_words
                or bool(YEAR.match(word.text))
                or bool(_AMOUNT.match(word.raw))
            )
            known[word.raw] = known.get(word.raw, False) or is_known
        if not known:
            return False
        unknown = sum(1 for value in known.values() if not value)
        if unknown < unknown_at_least:
            return False
        if strict:
            return True
        return unknown / len(known) >= _OFF_TOPIC_SHARE

    def other_company(self, raws: Sequence[str]) -> bool:
        """Tell whether the question is about another company than the postings' ones."""
        if not any(raw in self._vocabulary.other_companies for raw in raws):
            return False
        return not any(raw in self._companies for raw in raws)
