"""Find the posting(s) a question names: an inverted index of name words, then rapidfuzz on the few hits."""

from __future__ import annotations

import logging
import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from rapidfuzz import fuzz

from bot.answers.names import FEATURE_KINDS, KIND_WEIGHT, NameKind, PostingNames
from bot.answers.normalize import Word

log = logging.getLogger(__name__)

# Up to this many equally good postings the bot asks which one was meant; more are a group.
MAX_CLARIFY = 5
# A word that is also an intent keyword ("remote") names a posting only weakly.
INTENT_WORD_FACTOR = 0.3
# Fuzzy title similarity only breaks ties between equally scored postings when it differs this much.
FUZZY_MARGIN = 20.0
_TIE = 0.999
# A word naming more postings than this only re-scores candidates that rarer words found.
_EXPAND_LIMIT = 200


class Match(StrEnum):
    NONE = "none"  # no posting named
    UNIQUE = "unique"
    AMBIGUOUS = "ambiguous"  # a few fit equally: ask which
    GROUP = "group"  # many fit, or the question used a plural ("the phd ones")


@dataclass(frozen=True, slots=True)
class Resolution:
    match: Match
    ids: tuple[str, ...] = ()
    used: frozenset[int] = field(default_factory=frozenset)  # word positions that named the postings

    @property
    def unique(self) -> str | None:
        return self.ids[0] if self.match is Match.UNIQUE else None


NO_MATCH = Resolution(Match.NONE)


class PostingIndex:
    """Name words -> postings, built once per engine; resolving touches only postings sharing a word."""

    def __init__(
        self,
        names: Sequence[PostingNames],
        *,
        stopwords: Collection[str],
        intent_words: Collection[str],
    ) -> None:
        self._order = {name.posting_id: position for position, name in enumerate(names)}
        self._display = {name.posting_id: name.display for name in names}
        self._fuzzy_text = {name.posting_id: " ".join(name.words) for name in names}
        self._postings: dict[str, dict[str, NameKind]] = {}
        for name in names:
            for word, kind in name.words.items():
                self._postings.setdefault(word, {})[name.posting_id] = kind
        total = max(len(names), 1)
        self._idf = {word: math.log((total + 1) / len(ids)) for word, ids in self._postings.items()}
        self._total = len(names)
        self._words = frozenset(self._postings)
        self._stopwords = frozenset(stopwords)
        self._intent_words = frozenset(intent_words)

    @property
    def words(self) -> frozenset[str]:
        return self._words

    def postings_with(self, word: str) -> frozenset[str]:
        """Return the ids of the postings one of whose names contains ``word``."""
        return frozenset(self._postings.get(word, {}))

    def kind_of(self, word: str) -> set[NameKind]:
        return set(self._postings.get(word, {}).values())

    def is_feature_word(self, word: str) -> bool:
        """Tell whether ``word`` only describes features (degree, remote, pay, place) of postings."""
        kinds = self.kind_of(word)
        return bool(kinds) and kinds <= FEATURE_KINDS

    def names_posting(self, words: Sequence[Word]) -> bool:
        """Tell whether any word of ``words`` is a name word that does not fit every posting."""
        return any(
            word.text in self._postings and len(self._postings[word.text]) < self._total for word in words
        )

    def resolve(
        self,
        words: Sequence[Word],
        *,
        within: Collection[str] | None = None,
        ignore: Collection[str] = (),
        skip_positions: Collection[int] = (),
    ) -> Resolution:
        """Score postings sharing a name word with ``words``; one winner, a few to ask about, or a group."""
        scores: dict[str, float] = {}
        contributors: dict[str, set[int]] = {}
        seen: set[str] = set()
        plural = False
        matched: list[tuple[int, int, str]] = []
        for position, word in enumerate(words):
            text = word.text
            if text in seen or text in self._stopwords or text in ignore or position in skip_positions:
                continue
            postings = self._postings.get(text)
            if not postings or (len(postings) == self._total > 1 and within is None):
                continue
            seen.add(text)
            plural = plural or word.plural
            matched.append((len(postings), position, text))
        # Rarest words first: once a rare word has found candidates, a common word ("intern") only
        # adds to their scores instead of pulling in thousands of postings.
        matched.sort()
        for count, position, text in matched:
            postings = self._postings[text]
            factor = INTENT_WORD_FACTOR if text in self._intent_words else 1.0
            idf = self._idf[text] * factor
            if scores and within is None and count > _EXPAND_LIMIT:
                items: list[tuple[str, NameKind]] = [
                    (pid, postings[pid]) for pid in scores if pid in postings
                ]
            else:
                items = list(postings.items())
            for posting_id, kind in items:
                if within is not None and posting_id not in within:
                    continue
                scores[posting_id] = scores.get(posting_id, 0.0) + idf * KIND_WEIGHT[kind]
                contributors.setdefault(posting_id, set()).add(position)
        if not scores:
            return NO_MATCH
        best = max(scores.values())
        tied = sorted(
            (posting_id for posting_id, score in scores.items() if score >= best * _TIE),
            key=self._order.__getitem__,
        )
        if within is None and len(tied) == self._total and self._total > 1:
            return NO_MATCH
        if len(tied) > 1:
            tied = self._break_tie(words, tied)
        # Tied postings matched the same words; the first and last stand for all of a large tie.
        used = frozenset(contributors[tied[0]] | contributors[tied[-1]])
        if len(tied) == 1:
            return Resolution(Match.UNIQUE, tuple(tied), used)
        if plural or len(tied) > MAX_CLARIFY:
            return Resolution(Match.GROUP, tuple(tied), used)
        return Resolution(Match.AMBIGUOUS, tuple(tied), used)

    def _break_tie(self, words: Sequence[Word], tied: list[str]) -> list[str]:
        """Keep the tie unless one title is clearly closer to the question's name words (rapidfuzz)."""
        if len(tied) > 50:
            return tied
        query = " ".join(word.text for word in words if word.text not in self._stopwords)
        ranked = sorted(
            ((fuzz.token_set_ratio(query, self._fuzzy_text[posting_id]), posting_id) for posting_id in tied),
            reverse=True,
        )
        if ranked[0][0] - ranked[1][0] >= FUZZY_MARGIN:
            return [ranked[0][1]]
        return tied

    def display(self, posting_id: str) -> str:
        return self._display[posting_id]
