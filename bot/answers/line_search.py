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


class LineSearch:
    """A word index of each posting's lines, built the first time the posting is searched."""

    def __init__(self) -> None:
        self._indexes: dict[str, list[tuple[str, frozenset[str]]]] = {}

    def _index(self, posting: Posting) -> list[tuple[str, frozenset[str]]]:
        index = self._indexes.get(posting.id)
        if index is None:
            if len(self._indexes) >= _CACHE_SIZE:
                self._indexes.clear()
            index = []
            for raw in posting.text.splitlines():
                line = raw.strip()
                if line and len(line) <= _MAX_LINE:
                    keys = frozenset(key for word in _WORD.findall(line.lower()) for key in _keys(word))
                    index.append((line, keys))
            self._indexes[posting.id] = index
        return index

    def search(self, posting: Posting, words: Sequence[str]) -> list[LineHit]:
        """Return the lines holding the most of ``words`` (at least half of them), shortest first."""
        asked = list(dict.fromkeys(stem(word) for word in words))
        if not asked:
            return []
        scored: list[tuple[int, int, str]] = []
        for line, keys in self._index(posting):
            matched = sum(1 for word in asked if any(key in keys for key in _keys(word)))
            if matched and matched * 2 >= len(asked):
                scored.append((-matched, len(line), line))
        scored.sort()
        best = scored[0][0] if scored else 0
        return [
            LineHit(line, _line_intent(posting, line), -score)
            for score, _length, line in scored[:_MAX_HITS]
            if score == best
        ]
