"""Many questions in flight on one event loop, and the longest stall a monitor task sees meanwhile.

The monitor sleeps a short tick in a loop and records how late it wakes up: the time the loop spent in
other callbacks without yielding. Each question is an asyncio task that yields (``sleep(0)``) before and
after asking, the way a Discord interaction handler awaits around the call.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

from bench.questions import TimedQuestion
from bench.timing import percentile

Ask = Callable[[str, str], Awaitable[Any]]
_TICK_SECONDS = 0.005
_BOT_SOURCES = Path(__file__).resolve().parents[2] / "bot" / "discord_app"


def inline_asker(engine: Any) -> Ask:
    """Return an async wrapper that calls the engine on the event loop thread."""

    async def ask(text: str, user: str) -> Any:
        return engine.answer(text, user)

    return ask


def thread_asker(engine: Any) -> Ask:
    """Return an async wrapper that calls the engine in the default thread pool."""

    async def ask(text: str, user: str) -> Any:
        return await asyncio.to_thread(engine.answer, text, user)

    return ask


def bot_mode() -> str:
    """Return how the Discord layer calls the engine ("thread" or "inline"), read from its sources."""
    sources = [path.read_text(encoding="utf-8") for path in _BOT_SOURCES.rglob("*.py")]
    uses_engine = [text for text in sources if "engine" in text]
    if not uses_engine:
        return "unknown"
    threaded = any("to_thread" in text or "run_in_executor" in text for text in uses_engine)
    return "thread" if threaded else "inline"


async def measure_stalls(ask: Ask, questions: Sequence[TimedQuestion]) -> dict[str, Any]:
    """Run every question as its own task at once and report the event loop's longest stall."""
    finished = asyncio.Event()
    lateness: list[float] = []
    errors: list[str] = []

    async def monitor() -> None:
        while not finished.is_set():
            expected = time.perf_counter() + _TICK_SECONDS
            await asyncio.sleep(_TICK_SECONDS)
            lateness.append(max(0.0, time.perf_counter() - expected))

    async def one(question: TimedQuestion) -> None:
        await asyncio.sleep(0)
        try:
            await ask(question.text, question.user)
        except Exception as exc:  # counted and reported: a failure here is a finding, not a crash
            errors.append(f"{type(exc).__name__}: {exc}")
        await asyncio.sleep(0)

    watcher = asyncio.create_task(monitor())
    await asyncio.sleep(0)
    started = time.perf_counter()
    await asyncio.gather(*(one(question) for question in questions))
    wall = time.perf_counter() - started
    finished.set()
    await watcher
    return {
        "in_flight": len(questions),
        "max_stall_ms": max(lateness, default=0.0) * 1000,
        "p99_stall_ms": (percentile(lateness, 0.99) if lateness else 0.0) * 1000,
        "wall_seconds": wall,
        "questions_per_second": len(questions) / wall if wall else 0.0,
        "errors": len(errors),
        "errors_sample": errors[:3],
    }
