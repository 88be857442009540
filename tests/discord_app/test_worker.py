"""The engine worker: one thread, calls in order, failures to the asker, a clean close; answer jobs render."""

from __future__ import annotations

import asyncio
import threading

import pytest

from bot.answers.answer import Answer, Intent
from bot.discord_app.replies import rendered
from bot.discord_app.worker import EngineWorker
from bot.render.embeds import answer_pages

from .fake_engine import FIRST, FakeEngine


async def test_many_calls_at_once_run_in_order_on_one_thread() -> None:
    worker = EngineWorker()
    threads: list[str] = []

    def call(number: int) -> int:
        threads.append(threading.current_thread().name)
        return number * 2

    try:
        results = await asyncio.gather(*(worker.run(lambda n=n: call(n)) for n in range(200)))
    finally:
        worker.close()
    assert results == [n * 2 for n in range(200)]
    assert set(threads) == {"engine"}
    assert threading.current_thread().name not in threads


async def test_a_failing_call_raises_for_its_asker_and_the_worker_goes_on() -> None:
    worker = EngineWorker()

    def fail() -> int:
        raise ValueError("no such posting")

    try:
        with pytest.raises(ValueError, match="no such posting"):
            await worker.run(fail)
        assert await worker.run(lambda: 7) == 7
    finally:
        worker.close()


async def test_stop_iteration_arrives_as_a_runtime_error() -> None:
    worker = EngineWorker()

    def stop() -> int:
        raise StopIteration

    try:
        with pytest.raises(RuntimeError, match="StopIteration"):
            await worker.run(stop)
    finally:
        worker.close()


async def test_a_call_whose_asker_gave_up_before_it_started_is_skipped() -> None:
    worker = EngineWorker()
    gate = threading.Event()
    made: list[str] = []
    try:
        busy = worker.submit(lambda: gate.wait(timeout=10))
        abandoned = worker.submit(lambda: made.append("abandoned"))
        abandoned.cancel()
        gate.set()
        assert await busy is True
        assert await worker.run(lambda: "after") == "after"
    finally:
        worker.close()
    assert made == []


async def test_close_lets_the_running_call_finish_and_cancels_the_queued_ones() -> None:
    worker = EngineWorker()
    started, gate = threading.Event(), threading.Event()
    made: list[str] = []

    def running() -> str:
        started.set()
        gate.wait(timeout=10)
        return "finished"

    first = worker.submit(running)
    queued = worker.submit(lambda: made.append("queued"))
    await asyncio.to_thread(started.wait, 10)
    worker.close()
    gate.set()
    assert await first == "finished"
    with pytest.raises(asyncio.CancelledError):
        await queued
    assert made == []
    with pytest.raises(RuntimeError, match="closed"):
        worker.submit(lambda: None)
    worker.close()  # closing twice is harmless


async def test_an_answer_job_answers_and_renders_on_the_worker_thread() -> None:
    worker = EngineWorker()
    engine = FakeEngine()
    threads: list[str] = []

    def answer_on_worker() -> Answer:
        threads.append(threading.current_thread().name)
        return engine.answer_topic(Intent.PAY, FIRST, "alice")

    try:
        reply = await worker.run(rendered(answer_on_worker, fields_per_page=3))
    finally:
        worker.close()
    assert threads == ["engine"]
    assert reply.answer.postings == [FIRST]
    expected = answer_pages(reply.answer, fields_per_page=3)
    assert [[embed.to_dict() for embed in page] for page in reply.pages] == [
        [embed.to_dict() for embed in page] for page in expected
    ]
