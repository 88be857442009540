"""Autocomplete: the postings whose names best match partly typed text, for a slash command option."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from rapidfuzz import fuzz

from bot.answers import answer_text
from bot.answers.groups import Universe
from bot.answers.normalize import Normalizer, _split_raw
from bot.answers.resolver import PostingIndex
from bot.postings.model import Posting

# Autocomplete ranks at most this many candidates with rapidfuzz (Discord wants a reply in 3 s).
_SUGGEST_SCAN = 200


class Suggester:
    """Rank postings by name against partly typed text, looking at a bounded pool of candidates."""

    def __init__(
        self, postings: Sequence[Posting], normalizer: Normalizer, index: PostingIndex, universe: Universe
    ) -> None:
        self._postings = list(postings)
        self._by_id = {posting.id: posting for posting in self._postings}
        self._normalizer = normalizer
        self._index = index
        self._universe = universe
        self._order = universe.positions
        self._suggest_words = sorted(index.words)

    def suggest(self, text: str, limit: int = 25) -> list[tuple[str, str]]:
        """Return (posting id, display name) pairs matching partly typed ``text``, best first."""
        limit = max(0, min(limit, 25))
        if not text or not text.strip():
            return [(p.id, answer_text.short(p.title, 100)) for p in self._postings[:limit]]
        if text in self._by_id:
            return [(text, answer_text.short(self._by_id[text].title, 100))]
        words = self._normalizer.words(text)
        # The best-named postings first, then those sharing the rarest words, then the word being typed.
        resolution = self._index.resolve(words)
        pool = dict.fromkeys(resolution.ids or self._universe.first_ids(resolution.group, _SUGGEST_SCAN))
        for name_word in sorted(
            {w.text for w in words if w.text in self._index.words}, key=self._index.count_with
        ):
            if len(pool) >= _SUGGEST_SCAN:
                break
            pool.update(
                dict.fromkeys(self._universe.first_ids(self._index.mask_with(name_word), _SUGGEST_SCAN))
            )
        raws = _split_raw(text, {})
        if raws and len(pool) < _SUGGEST_SCAN:
            pool.update(
                dict.fromkeys(self._universe.first_ids(self._prefix_postings(raws[-1]), _SUGGEST_SCAN))
            )
        candidates = list(pool)[:_SUGGEST_SCAN]
        if not candidates:
            return []
        ranked = sorted(
            candidates,
            key=lambda pid: (-fuzz.WRatio(text, self._by_id[pid].title), self._order[pid]),
        )[:limit]
        return [(pid, answer_text.short(self._by_id[pid].title, 100)) for pid in ranked]

    def _prefix_postings(self, prefix: str) -> int:
        """Postings with a name word starting with ``prefix`` (the word being typed), as a mask."""
        found = 0
        start = bisect.bisect_left(self._suggest_words, prefix)
        for word in self._suggest_words[start : start + 50]:
            if not word.startswith(prefix):
                break
            found |= self._index.mask_with(word)
        return found
