"""Hand outcomes from a worker thread to an event loop in small batches, waking the loop once per batch."""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable

log = logging.getLogger(__name__)

# Outcomes settled per loop step. The askers they wake run in the next step, after which the next batch is
# settled: a burst of finished answers is spread over many short steps instead of one long one.
DEFAULT_BATCH = 16


class LoopOutbox:
    """Carry callbacks from one worker thread to one event loop without a loop wake-up for each.

    ``call_soon_threadsafe`` writes a byte to the loop's wake-up pipe per call, and the loop reads that
    pipe until it is empty, giving up the GIL on every read: a worker finishing results one after another
    keeps the pipe full and the loop inside that read for as long as the burst lasts. Here only the first
    callback of a batch wakes the loop; the rest wait in a deque that the loop drains a batch at a time.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop, batch: int = DEFAULT_BATCH) -> None:
        self._loop = loop
        self._batch = max(1, batch)
        self._pending: deque[Callable[[], None]] = deque()
        self._drain_due = False

    def post(self, callback: Callable[[], None]) -> None:
        """Queue a callback for the loop (from any thread), waking the loop only if no drain is due."""
        self._pending.append(callback)
        if self._drain_due:  # a drain is scheduled and has not started: it will see this callback
            return
        self._drain_due = True
        try:
            self._loop.call_soon_threadsafe(self._drain)
        except RuntimeError:  # the loop is closed: nobody is left to run the callback
            log.debug("dropped a worker result: its event loop is closed")

    def _drain(self) -> None:
        # Cleared before popping: a callback posted from now on either is popped below or schedules a drain.
        self._drain_due = False
        for _ in range(self._batch):
            try:
                callback = self._pending.popleft()
            except IndexError:
                return
            callback()
        if self._pending:
            self._drain_due = True
            self._loop.call_soon(self._drain)
