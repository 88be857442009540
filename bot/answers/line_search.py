"""Find the lines of one posting that speak of a question's own words, for details no topic covers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.answers.answer import Intent
from bot.answers.normalize import stem
from bot.postings.model import Posting

_WORD = re.compile(r"[a-z0-9+]+")
# Two words this long sharing this many first letters are taken as one ("dress" / "dresses").
_PREFIX = 5
_MAX_LINE = 400
_MAX_HITS = 2
# Postings whose line index is kept; a question names one posting, so the cache grows slowly.
_CACHE_SIZE = 2000


@dataclass(frozen=True, slots=True)
class LineHit:
    """A quoted line of a posting, the topic it belongs to, and how many asked words it holds."""

    line: str
    intent: Intent
    matched: int


def _keys(word: str) -> tuple[str, ...]:
    base = stem(word)
    return (base, base[:_PREFIX]) if len(base) >= _PREFIX else (base,)


def _line_intent(posting: Posting, line: str) -> Intent:
    """The topic a line belongs to, by the facts quoting it; overview for any other line."""
    if any(benefit.source.strip() == line for benefit in posting.benefits):
        return Intent.BENEFITS
    items = [*posting.requirements.minimum, *posting.requirements.preferred]
    if any(item.source.strip() == line for item in items):
        return Intent.REQUIREMENTS
    if any(pay.source.strip() == line for pay in posting.pay):
        return Intent.PAY
    return Intent.OVERVIEW


class _LineIndex:
    """One posting's lines and, per word key, the lines holding it as a bitmask.

    Only strings and ints: the garbage collector stops tracking such tuples and dicts, so a large
    cache of indexes does not lengthen its pauses.
    """

    __slots__ = ("keys", "lines")

    def __init__(self, posting: Posting) -> None:
        lines: list[str] = []
        keys: dict[str, int] = {}
        for raw in posting.text.splitlines():
            line = raw.strip()
            if not line or len(line) > _MAX_LINE:
                continue
            bit = 1 << len(lines)
            lines.append(line)
            for word in _WORD.findall(line.lower()):
                for key in _keys(word):
                    keys[key] = keys.get(key, 0) | bit
        self.lines = tuple(lines)
        self.keys = keys

    def holding(self, word: str) -> int:
        """The lines holding ``word`` (or a word sharing its first letters), as a mask."""
        found = 0
        for key in _keys(word):
            found |= self.keys.get(key, 0)
        return found


class LineSearch:
    """A word index of each posting's lines, built the first time the posting is searched."""

    def __init__(self) -> None:
        self._indexes: dict[str, _LineIndex] = {}

    def _index(self, posting: Posting) -> _LineIndex:
        index = self._indexes.get(posting.id)
        if index is None:
            if len(self._indexes) >= _CACHE_SIZE:
                self._indexes.clear()
            index = self._indexes[posting.id] = _LineIndex(posting)
        return index

    def search(self, posting: Posting, words: Sequence[str]) -> list[LineHit]:
        """Return the lines holding the most of ``words`` (at least half of them), shortest first."""
        asked = list(dict.fromkeys(stem(word) for word in words))
        if not asked:
            return []
        index = self._index(posting)
        counts: dict[int, int] = {}
        for word in asked:
            mask = index.holding(word)
            while mask:
                low = mask & -mask
                position = low.bit_length() - 1
                counts[position] = counts.get(position, 0) + 1
                mask ^= low
        scored = sorted(
            {
                (-matched, len(index.lines[position]), index.lines[position])
                for position, matched in counts.items()
                if matched * 2 >= len(asked)
            }
        )
        best = scored[0][0] if scored else 0
        return [
            LineHit(line, _line_intent(posting, line), -score)
            for score, _length, line in scored[:_MAX_HITS]
            if score == best
        ]
