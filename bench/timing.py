"""Summaries of timing samples and memory readings, in the units the report prints."""

from __future__ import annotations

import gc
import math
import resource
import statistics
import sys
import time
from collections.abc import Sequence


def percentile(samples: Sequence[float], fraction: float) -> float:
    """Return the nearest-rank percentile (``fraction`` in 0..1) of non-empty ``samples``."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def summarize_ms(seconds: Sequence[float]) -> dict[str, float]:
    """Return count, median, p99, max and mean of durations given in seconds, in milliseconds."""
    if not seconds:
        return {"count": 0}
    return {
        "count": len(seconds),
        "median_ms": statistics.median(seconds) * 1000,
        "p99_ms": percentile(seconds, 0.99) * 1000,
        "max_ms": max(seconds) * 1000,
        "mean_ms": statistics.fmean(seconds) * 1000,
    }


def peak_rss_mb() -> float:
    """Return this process's peak resident set size so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def current_rss_mb() -> float:
    """Return this process's resident set size now, in MB."""
    import psutil  # type: ignore[import-untyped]

    return float(psutil.Process().memory_info().rss) / (1024 * 1024)


class GcPauses:
    """Record how long each garbage collection takes while active: long ones show up as stalls."""

    def __init__(self) -> None:
        self.pauses_ms: list[float] = []
        self._started = 0.0

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        elif info.get("generation") == 2:
            self.pauses_ms.append((time.perf_counter() - self._started) * 1000)

    def __enter__(self) -> GcPauses:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *exc_info: object) -> None:
        gc.callbacks.remove(self._callback)

    def summary(self) -> dict[str, float]:
        """Return how many full collections ran and the longest, in milliseconds."""
        return {"full_collections": len(self.pauses_ms), "longest_ms": max(self.pauses_ms, default=0.0)}
