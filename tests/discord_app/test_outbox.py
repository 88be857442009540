"""The loop outbox: callbacks from another thread all arrive, in order, a batch per loop step."""

from __future__ import annotations

import asyncio
import threading

from bot.discord_app.outbox import LoopOutbox


async def test_callbacks_posted_from_a_thread_all_run_on_the_loop_in_order() -> None:
    loop = asyncio.get_running_loop()
    outbox = LoopOutbox(loop, batch=4)
    seen: list[tuple[int, bool]] = []
    done = asyncio.Event()
    count = 500

    def record(number: int) -> None:
        seen.append((number, threading.current_thread() is threading.main_thread()))
        if number == count - 1:
            done.set()

    def produce() -> None:
        for number in range(count):
            outbox.post(lambda n=number: record(n))

    await asyncio.to_thread(produce)
    await done.wait()
    assert [number for number, _ in seen] == list(range(count))
    assert all(on_loop for _, on_loop in seen)


async def test_a_burst_is_settled_a_batch_per_loop_step() -> None:
    loop = asyncio.get_running_loop()
    outbox = LoopOutbox(loop, batch=3)
    steps: list[int] = []
    step = 0
    all_settled = asyncio.Event()

    def settle() -> None:
        steps.append(step)
        if len(steps) == 7:
            all_settled.set()

    async def count_steps() -> None:
        nonlocal step
        while True:
            await asyncio.sleep(0)
            step += 1

    ticker = asyncio.create_task(count_steps())
    await asyncio.sleep(0)
    for _ in range(7):
        outbox.post(settle)
    await all_settled.wait()
    ticker.cancel()
    assert steps[0:3] == [steps[0]] * 3
    assert steps[3:6] == [steps[3]] * 3
    assert steps[0] < steps[3] < steps[6]


async def test_posting_to_a_closed_loop_drops_the_callback_quietly() -> None:
    other = asyncio.new_event_loop()
    other.close()
    ran: list[str] = []
    LoopOutbox(other).post(lambda: ran.append("ran"))
    assert ran == []
