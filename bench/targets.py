"""The performance targets for this 2-core machine, and the figures they are checked against."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Sizes at or below this are held to the 10,000-posting targets.
_SMALL = 10_000


@dataclass(frozen=True)
class Target:
    """A limit on one metric, applying to corpus sizes in [min_size, max_size]."""

    metric: str
    limit: float
    higher_is_better: bool
    min_size: int = 0
    max_size: int = 10**12

    def applies(self, size: int) -> bool:
        """Return whether this target is checked at ``size`` postings."""
        return self.min_size <= size <= self.max_size

    def met(self, value: float) -> bool:
        """Return whether ``value`` meets the target."""
        return value >= self.limit if self.higher_is_better else value <= self.limit

    def describe(self) -> str:
        """Return the target as printed beside the figure: "≤ 5", "≥ 2,000"."""
        sign = "≥" if self.higher_is_better else "≤"
        return f"{sign} {self.limit:,g}"


TARGETS: tuple[Target, ...] = (
    Target("answer_p99_ms", 5, higher_is_better=False, max_size=_SMALL),
    Target("answer_p99_ms", 20, higher_is_better=False, min_size=_SMALL + 1),
    # Below 1,000 postings the fixed cost of opening the database dominates a rate.
    Target("ingest_per_second", 2_000, higher_is_better=True, min_size=1_000),
    Target("reload_unchanged_seconds", 1, higher_is_better=False, max_size=_SMALL),
    Target("startup_ready_seconds", 2, higher_is_better=False, max_size=_SMALL),
    Target("serve_peak_rss_mb", 300, higher_is_better=False, max_size=_SMALL),
    Target("stall_bot_ms", 50, higher_is_better=False),
)


def target_for(metric: str, size: int) -> Target | None:
    """Return the target checked for ``metric`` at ``size`` postings, if any."""
    return next((t for t in TARGETS if t.metric == metric and t.applies(size)), None)


def check(metrics: dict[str, Any], size: int) -> dict[str, dict[str, Any]]:
    """Return, per targeted metric present at ``size``, the limit and PASS or MISS."""
    checks = {}
    for metric, value in metrics.items():
        target = target_for(metric, size)
        if target is not None and isinstance(value, int | float):
            checks[metric] = {"target": target.describe(), "result": "PASS" if target.met(value) else "MISS"}
    return checks
