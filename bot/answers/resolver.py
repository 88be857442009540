"""Find the posting(s) a question names: an inverted index of name words, then rapidfuzz on the few hits."""

from __future__ import annotations

import logging
import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from rapidfuzz import fuzz

from bot.answers.groups import Universe
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
# Words naming more than this share of the postings (or _EXPAND_LIMIT) get bitmasks per kind.
_MASK_SHARE = 256
# A resolution lists up to this many postings by id; a larger group is kept as a mask.
_LISTED_MAX = 64


class Match(StrEnum):
    NONE = "none"  # no posting named
    UNIQUE = "unique"
    AMBIGUOUS = "ambiguous"  # a few fit equally: ask which
    GROUP = "group"  # many fit, or the question used a plural ("the phd ones")


@dataclass(frozen=True, slots=True)
class Resolution:
    match: Match
    ids: tuple[str, ...] = ()  # the postings in catalog order, unless there are too many: see ``group``
    used: frozenset[int] = field(default_factory=frozenset)  # word positions that named the postings
    group: int = 0  # a group too large to list, as a mask over the catalog (``ids`` is then empty)

    @property
    def unique(self) -> str | None:
        return self.ids[0] if self.match is Match.UNIQUE else None

    @property
    def count(self) -> int:
        return self.group.bit_count() if self.group else len(self.ids)


NO_MATCH = Resolution(Match.NONE)


@dataclass(slots=True)
class _Class:
    """Postings that matched the same question words with the same kinds: one score for all of them."""

    mask: int
    score: float
    used: frozenset[int]


class PostingIndex:
    """Name words -> postings, built once per engine; resolving touches only postings sharing a word.

    Words naming many postings also get bitmasks per kind, so a question made only of common words
    ("the phd one") is scored a class of postings at a time instead of a posting at a time.
    """

    def __init__(
        self,
        names: Sequence[PostingNames],
        *,
        universe: Universe,
        stopwords: Collection[str],
        intent_words: Collection[str],
    ) -> None:
        self._universe = universe
        self._order = universe.positions
        self._names = {name.posting_id: name for name in names}
        self._postings: dict[str, dict[str, NameKind]] = {}
        for name in names:
            for word, kind in name.words.items():
                self._postings.setdefault(word, {})[name.posting_id] = kind
        total = max(len(names), 1)
        self._idf = {word: math.log((total + 1) / len(ids)) for word, ids in self._postings.items()}
        self._total = len(names)
        self._words = frozenset(self._postings)
        self._kinds: dict[str, frozenset[NameKind]] = {}  # filled on first use: most words are never asked
        self._stopwords = frozenset(stopwords)
        self._intent_words = frozenset(intent_words)
        self._mask_min = max(_EXPAND_LIMIT, self._total // _MASK_SHARE)
        self._masks: dict[str, dict[NameKind, int]] = {}
        self._word_masks: dict[str, int] = {}
        for word, ids in self._postings.items():
            if len(ids) > self._mask_min:
                by_kind: dict[NameKind, list[int]] = {}
                for posting_id, kind in ids.items():
                    by_kind.setdefault(kind, []).append(self._order[posting_id])
                masks = {kind: universe.mask_of_positions(spots) for kind, spots in by_kind.items()}
                self._masks[word] = masks
                whole = 0
                for mask in masks.values():  # one big-int OR per kind, not another pass over the postings
                    whole |= mask
                self._word_masks[word] = whole
        log.debug("posting index: %d words, %d with masks", len(self._words), len(self._masks))

    @property
    def words(self) -> frozenset[str]:
        return self._words

    def count_with(self, word: str) -> int:
        """How many postings one of whose names contains ``word``."""
        return len(self._postings.get(word, ()))

    def mask_with(self, word: str) -> int:
        """The postings one of whose names contains ``word``, as a mask."""
        if word in self._word_masks:
            return self._word_masks[word]
        return self._universe.mask_of(self._postings.get(word, {}))

    def _fuzzy_text(self, posting_id: str) -> str:
        """A posting's name words as one string, for rapidfuzz (built only for tied postings)."""
        return " ".join(self._names[posting_id].words)

    def kind_of(self, word: str) -> frozenset[NameKind]:
        kinds = self._kinds.get(word)
        if kinds is None:
            kinds = frozenset(self._postings.get(word, {}).values())
            if word in self._postings:
                self._kinds[word] = kinds
        return kinds

    def is_feature_word(self, word: str) -> bool:
        """Tell whether ``word`` only describes features (degree, remote, pay, place) of postings."""
        kinds = self.kind_of(word)
        return bool(kinds) and kinds <= FEATURE_KINDS

    def resolve(
        self,
        words: Sequence[Word],
        *,
        within: Collection[str] | None = None,
        ignore: Collection[str] = (),
        skip_positions: Collection[int] = (),
    ) -> Resolution:
        """Score postings sharing a name word with ``words``; one winner, a few to ask about, or a group."""
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
        if not matched:
            return NO_MATCH
        # Rarest words first: once a rare word has found candidates, a common word ("intern") only
        # adds to their scores instead of pulling in thousands of postings.
        matched.sort()
        if within is None and matched[0][0] > self._mask_min:
            tied_mask, used = self._score_classes(matched)
            if not tied_mask or tied_mask == self._universe.all:
                return NO_MATCH
            if tied_mask.bit_count() > _LISTED_MAX:
                return Resolution(Match.GROUP, (), used, group=tied_mask)
            return self._verdict(words, list(self._universe.first_ids(tied_mask, _LISTED_MAX)), used, plural)
        scores, contributors = self._score_postings(matched, within)
        if not scores:
            return NO_MATCH
        best = max(scores.values())
        tied = sorted(
            (posting_id for posting_id, score in scores.items() if score >= best * _TIE),
            key=self._order.__getitem__,
        )
        if within is None and len(tied) == self._total and self._total > 1:
            return NO_MATCH
        # Tied postings matched the same words; the first and last stand for all of a large tie.
        used = frozenset(contributors[tied[0]] | contributors[tied[-1]])
        if len(tied) > _LISTED_MAX:
            return Resolution(Match.GROUP, (), used, group=self._universe.mask_of(tied))
        return self._verdict(words, tied, used, plural)

    def _verdict(
        self, words: Sequence[Word], tied: list[str], used: frozenset[int], plural: bool
    ) -> Resolution:
        """One posting, a few to ask about, or a group, from the best-scored postings in catalog order."""
        if len(tied) > 1:
            tied = self._break_tie(words, tied)
        if len(tied) == 1:
            return Resolution(Match.UNIQUE, tuple(tied), used)
        if plural or len(tied) > MAX_CLARIFY:
            return Resolution(Match.GROUP, tuple(tied), used)
        return Resolution(Match.AMBIGUOUS, tuple(tied), used)

    def _score_postings(
        self, matched: list[tuple[int, int, str]], within: Collection[str] | None
    ) -> tuple[dict[str, float], dict[str, set[int]]]:
        """Score, posting by posting, the candidates of the rarer words (or of ``within``)."""
        scores: dict[str, float] = {}
        contributors: dict[str, set[int]] = {}
        for count, position, text in matched:
            postings = self._postings[text]
            idf = self._idf[text] * (INTENT_WORD_FACTOR if text in self._intent_words else 1.0)
            if within is not None:
                items = [(pid, postings[pid]) for pid in within if pid in postings]
            elif scores and count > _EXPAND_LIMIT:
                items = [(pid, postings[pid]) for pid in scores if pid in postings]
            else:
                items = list(postings.items())
            for posting_id, kind in items:
                scores[posting_id] = scores.get(posting_id, 0.0) + idf * KIND_WEIGHT[kind]
                contributors.setdefault(posting_id, set()).add(position)
        return scores, contributors

    def _score_classes(self, matched: list[tuple[int, int, str]]) -> tuple[int, frozenset[int]]:
        """Score the rarest word's postings a class at a time; return the best-scored ones as a mask.

        Postings that have the same question words with the same kinds score the same, so the work
        depends on how many such classes there are, not on how many postings they hold.
        """
        weights = [
            self._idf[text] * (INTENT_WORD_FACTOR if text in self._intent_words else 1.0)
            for _count, _position, text in matched
        ]
        remaining = [0.0] * (len(matched) + 1)
        for index in range(len(matched) - 1, -1, -1):
            strongest = max(KIND_WEIGHT[kind] for kind in self._masks[matched[index][2]])
            remaining[index] = remaining[index + 1] + weights[index] * strongest
        classes = [_Class(self._word_masks[matched[0][2]], 0.0, frozenset())]
        for index, (_count, position, text) in enumerate(matched):
            merged: dict[tuple[float, frozenset[int]], _Class] = {}
            outside = ~self._word_masks[text]
            for group in classes:
                _merge(merged, group.mask & outside, group.score, group.used)
                for kind, kind_mask in self._masks[text].items():
                    _merge(
                        merged,
                        group.mask & kind_mask,
                        group.score + weights[index] * KIND_WEIGHT[kind],
                        group.used | {position},
                    )
            leader = max(group.score for group in merged.values())
            classes = [
                group for group in merged.values() if group.score + remaining[index + 1] >= leader * _TIE
            ]
        best = max(group.score for group in classes)
        tied = [group for group in classes if group.score >= best * _TIE]
        mask = 0
        for group in tied:
            mask |= group.mask
        return mask, frozenset(position for group in tied for position in group.used)

    def _break_tie(self, words: Sequence[Word], tied: list[str]) -> list[str]:
        """Keep the tie unless one title is clearly closer to the question's name words (rapidfuzz)."""
        if len(tied) > 50:
            return tied
        query = " ".join(word.text for word in words if word.text not in self._stopwords)
        ranked = sorted(
            ((fuzz.token_set_ratio(query, self._fuzzy_text(posting_id)), posting_id) for posting_id in tied),
            reverse=True,
        )
        if ranked[0][0] - ranked[1][0] >= FUZZY_MARGIN:
            return [ranked[0][1]]
        return tied

    def display(self, posting_id: str) -> str:
        return self._names[posting_id].display


def _merge(
    classes: dict[tuple[float, frozenset[int]], _Class], mask: int, score: float, used: frozenset[int]
) -> None:
    """Add postings to the class with the same score and words, or start that class."""
    if not mask:
        return
    key = (round(score, 9), used)
    if key in classes:
        classes[key].mask |= mask
    else:
        classes[key] = _Class(mask, score, used)
