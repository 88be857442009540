"""One thread for every engine call, handing each result back to the event loop that asked for it."""

from __future__ import annotations

import asyncio
import functools
import logging
import queue
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from bot.discord_app.outbox import LoopOutbox

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class _Job(Generic[T]):
    """A call waiting for the worker thread, and the loop's future that receives its outcome."""

    call: Callable[[], T]
    future: asyncio.Future[T]
    outbox: LoopOutbox

    def run(self) -> None:
        """Make the call on the worker thread and hand its outcome to the future's loop."""
        if self.future.cancelled():  # its asker stopped waiting before the job started
            return
        try:
            result = self.call()
        except BaseException as exc:  # every failure belongs to the asker, the thread keeps serving
            self._deliver(_fail, exc)
        else:
            self._deliver(_succeed, result)

    def drop(self) -> None:
        """Cancel the future from the worker thread without making the call."""
        self._deliver(_cancel, None)

    def _deliver(self, settle: Callable[[asyncio.Future[Any], Any], None], outcome: object) -> None:
        self.outbox.post(functools.partial(settle, self.future, outcome))


def _succeed(future: asyncio.Future[Any], result: object) -> None:
    if not future.done():
        future.set_result(result)


def _cancel(future: asyncio.Future[Any], _: object) -> None:
    future.cancel()


def _fail(future: asyncio.Future[Any], exc: BaseException) -> None:
    if future.done():
        return
    if isinstance(exc, StopIteration):  # a future cannot carry StopIteration itself
        exc = RuntimeError(f"engine call raised StopIteration: {exc}")
    future.set_exception(exc)


class EngineWorker:
    """Run engine calls on one worker thread, one at a time, in the order they were asked.

    The event loop keeps heartbeating while the engine works, and the engine's per-user context is only
    ever touched by that one thread, so it needs no locks. Handing a call over costs the loop one future
    and one queue put, and results come back through a ``LoopOutbox``, a few settled per loop step, so a
    burst of questions never makes the loop do more than bookkeeping per question: do the heavy work
    (answering and rendering) inside the call.
    """

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[_Job[Any] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._closed = False
        self._start_lock = threading.Lock()
        self._outboxes: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, LoopOutbox] = (
            weakref.WeakKeyDictionary()
        )

    def submit(self, call: Callable[[], T]) -> asyncio.Future[T]:
        """Queue the call and return a future for its result, on the running loop."""
        if self._closed:
            raise RuntimeError("the engine worker is closed")
        loop = asyncio.get_running_loop()
        outbox = self._outboxes.get(loop)
        if outbox is None:
            outbox = self._outboxes[loop] = LoopOutbox(loop)
        future: asyncio.Future[T] = loop.create_future()
        self._ensure_thread()
        self._jobs.put(_Job(call, future, outbox))
        return future

    async def run(self, call: Callable[[], T]) -> T:
        """Run the call and wait for its result."""
        return await self.submit(call)

    def close(self) -> None:
        """Stop accepting calls; cancel the ones not started, let the running one finish.

        Call it from the loop the calls were submitted on: the dropped calls' futures are cancelled here.
        """
        if self._closed:
            return
        self._closed = True
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                break
            if job is not None:
                job.future.cancel()
        self._jobs.put(None)

    def _ensure_thread(self) -> None:
        if self._thread is not None:
            return
        with self._start_lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._serve, name="engine", daemon=True)
                self._thread.start()

    def _serve(self) -> None:
        while (job := self._jobs.get()) is not None:
            if self._closed:  # taken while close() was dropping the queue: drop it too
                job.drop()
                continue
            job.run()
