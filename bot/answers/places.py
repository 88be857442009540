"""Place names of several words ("New York", "Salt Lake City", "The Hague") spotted in a question.

Such names are often made of stop words or short words ("new", "the", "st"), so they are matched on the
typed tokens before any word is dropped or corrected: from the vocabulary's list of well-known names and
from the postings' own locations ("New York, NY" gives "new york").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.answers.normalize import _split_raw
from bot.postings.model import Posting

# A location name is split into parts at these: "New York, NY (on-site)" -> "New York", "NY", "on-site".
PART_BREAKS = re.compile(r"[,;/|()\[\]]|\s[-–—]\s")
# Parts longer than this are sentences ("anywhere in the continental United States"), not names.
_MAX_PHRASE_TOKENS = 4


@dataclass(frozen=True, slots=True)
class SpottedPlaces:
    """The places a question names, as typed ("new york"), and the word positions they take."""

    names: tuple[str, ...] = ()
    positions: frozenset[int] = frozenset()
    introduced: bool = False  # a known place follows "in" or "near": "internships in seattle"

    def __bool__(self) -> bool:
        return bool(self.names)


class PlacePhrases:
    """Every known place name of two or more tokens, found by its first token."""

    def __init__(self, phrases: Iterable[str], postings: Sequence[Posting]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        texts = set(phrases)
        # Thousands of postings share a few hundred location names: split each distinct name once.
        names = {location.name for posting in postings for location in posting.locations}
        texts.update(part for name in names for part in PART_BREAKS.split(name))
        for text in texts:
            tokens = tuple(_split_raw(text, {}))
            if 2 <= len(tokens) <= _MAX_PHRASE_TOKENS and all(token.isalpha() for token in tokens):
                self._by_first.setdefault(tokens[0], []).append(tokens)
        for candidates in self._by_first.values():
            candidates.sort(key=len, reverse=True)  # the longest name first: "new york city" over "new york"

    def __len__(self) -> int:
        return sum(len(candidates) for candidates in self._by_first.values())

    def match(self, raws: Sequence[str], start: int) -> int:
        """How many tokens from ``start`` form the longest known place name; 0 when none does."""
        if start >= len(raws):
            return 0
        for tokens in self._by_first.get(raws[start], ()):
            if tuple(raws[start : start + len(tokens)]) == tokens:
                return len(tokens)
        return 0
