"""A per-user sliding-window rate limit shared by slash commands, buttons and free text."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

# Forget users whose window is empty once this many are tracked, so memory stays bounded.
_PRUNE_AT = 10_000


class SlidingWindow:
    """Allow at most ``rate`` hits per ``per`` seconds for each key."""

    def __init__(self, rate: int, per: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        if rate < 1 or per <= 0:
            raise ValueError("rate must be at least 1 and per positive")
        self.rate = rate
        self.per = per
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}

    def hit(self, key: str) -> float | None:
        """Record a hit for ``key``; return None if allowed, else the seconds to wait before the next."""
        now = self._clock()
        hits = self._hits.setdefault(key, deque())
        self._expire(hits, now)
        if len(hits) >= self.rate:
            return max(hits[0] + self.per - now, 0.0)
        hits.append(now)
        if len(self._hits) > _PRUNE_AT:
            self._prune(now)
        return None

    def _expire(self, hits: deque[float], now: float) -> None:
        while hits and hits[0] <= now - self.per:
            hits.popleft()

    def _prune(self, now: float) -> None:
        for key in list(self._hits):
            self._expire(self._hits[key], now)
            if not self._hits[key]:
                del self._hits[key]
