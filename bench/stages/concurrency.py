"""Many questions in flight on one event loop, and the longest stall a monitor task sees meanwhile.

The monitor sleeps a short tick in a loop and records how late it wakes up: the time the loop spent in
other callbacks without yielding. Each question is an asyncio task that yields (``sleep(0)``) before and
after asking, the way a Discord interaction handler awaits around the call.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from typing import Any

from bench.questions import TimedQuestion
from bench.timing import percentile

Ask = Callable[[str, str], Awaitable[Any]]
_TICK_SECONDS = 0.005


def inline_asker(engine: Any) -> Ask:
    """Return an async wrapper that calls the engine on the event loop thread."""

    async def ask(text: str, user: str) -> Any:
        return engine.answer(text, user)

    return ask


@asynccontextmanager
async def bot_asker(engine: Any) -> AsyncIterator[tuple[Ask, str]]:
    """Yield an async wrapper that asks the way the bot does, and a description of that way.

    The bot hands each question to its one-thread ``EngineWorker`` as one job that answers and renders
    the embed pages (``replies.rendered``), and the loop only awaits the result; without the Discord
    layer, a one-thread executor stands in for the worker.
    """
    try:
        from bot.discord_app.client import DEFAULT_FIELDS_PER_PAGE
        from bot.discord_app.replies import rendered
        from bot.discord_app.worker import EngineWorker
    except Exception:  # the Discord layer is not there (yet): same threading, no rendering
        executor = ThreadPoolExecutor(max_workers=1)

        async def ask_executor(text: str, user: str) -> Any:
            return await asyncio.get_running_loop().run_in_executor(executor, engine.answer, text, user)

        try:
            yield ask_executor, "one-thread executor (bot.discord_app not importable)"
        finally:
            executor.shutdown(wait=True)
        return
    worker = EngineWorker()

    async def ask_worker(text: str, user: str) -> Any:
        return await worker.run(
            rendered(lambda: engine.answer(text, user), fields_per_page=DEFAULT_FIELDS_PER_PAGE)
        )

    try:
        yield ask_worker, "bot.discord_app EngineWorker: answer + answer_pages in one job on its thread"
    finally:
        worker.close()


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
