"""The per-user sliding window behind the "slow down" reply."""

from __future__ import annotations

import pytest

from bot.discord_app.cooldown import SlidingWindow


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_allows_rate_hits_per_window_then_says_how_long_to_wait() -> None:
    clock = Clock()
    window = SlidingWindow(rate=5, per=10.0, clock=clock)
    for _ in range(5):
        assert window.hit("alice") is None
        clock.now += 1
    assert window.hit("alice") == pytest.approx(5.0)  # the first hit leaves the window at 110
    assert window.hit("bob") is None  # per user


def test_the_window_slides_instead_of_resetting() -> None:
    clock = Clock()
    window = SlidingWindow(rate=2, per=10.0, clock=clock)
    assert window.hit("alice") is None
    clock.now = 105.0
    assert window.hit("alice") is None
    clock.now = 109.0
    assert window.hit("alice") is not None  # refused hits are not counted
    clock.now = 110.0
    assert window.hit("alice") is None  # the hit at 100 has left the window
    assert window.hit("alice") is not None


def test_rejects_a_window_that_allows_nothing() -> None:
    with pytest.raises(ValueError):
        SlidingWindow(rate=0, per=10.0)
