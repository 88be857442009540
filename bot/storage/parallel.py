"""Where a load's files are hashed and parsed: a worker thread, or worker processes for large loads.

Parsing holds the GIL, so a thread uses one core at most. A load with many files to parse (a first
load, or every file after the parser changed) runs them in a process pool on every core instead, while
the database thread writes the batches already parsed, in order.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import multiprocessing
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from pathlib import Path

from bot.storage.files import source_key
from bot.storage.prepare import Prepared, StoredFile, prepare_batch

log = logging.getLogger(__name__)

# Below this many files to parse, starting worker processes (about half a second) costs more than it saves.
PARALLEL_THRESHOLD = 200


def likely_changed(files: Iterable[Path], known: Mapping[str, StoredFile], fingerprint: str) -> int:
    """Count the files that must be parsed whatever their bytes: new, or stored by other code."""
    if not known:  # a first load: every file is new, and no path needs its key
        return sum(1 for _ in files)
    count = 0
    for path in files:
        stored = known.get(source_key(path))
        if stored is None or stored.code_fingerprint != fingerprint:
            count += 1
    return count


def worker_count() -> int:
    """Return how many parser processes a large load should use: one per core this process may use.

    Only Linux forks them (see ``_fork_context``); elsewhere loads parse in one thread.
    """
    if sys.platform != "linux":
        return 1
    return len(os.sched_getaffinity(0))


def _prepare_in_worker(
    paths: Sequence[Path], known: Mapping[str, StoredFile], *, fingerprint: str, max_bytes: int
) -> list[Prepared]:
    """Prepare a batch in a worker process; a module function, so only its name is pickled."""
    return prepare_batch(paths, known, fingerprint=fingerprint, max_bytes=max_bytes)


# A worker's youngest generation is collected after this many new container objects rather than 700:
# parsing allocates and frees tens of thousands per file, almost none in cycles, so the default
# threshold ran a collection every few lines (measured: 5 % of a worker's CPU).
_WORKER_GC_THRESHOLD = 50_000


def _settle_worker() -> None:
    """Keep a forked worker's collector off the objects it inherited, and let it run less often.

    A running bot holds its whole engine when it reloads; a collection in the worker would walk
    (and so copy, page by page) that inherited memory. Frozen objects are never walked.
    """
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(_WORKER_GC_THRESHOLD, older, oldest)


def _fork_context() -> multiprocessing.context.BaseContext:
    """Fork the workers: they start at once with the parser already imported.

    A spawned worker would re-run the program's main script (one without a ``__main__`` guard
    would load again in every worker) and import the parser anew. The workers are forked on the
    first batch, while the store's other threads wait idle on their queues, so no lock is copied
    mid-use; ``worker_count`` asks for processes only on Linux, where forking is the norm.
    """
    return multiprocessing.get_context("fork")


class BatchPreparer:
    """Prepare batches of files in a thread, or in a process pool when there is enough to parse."""

    def __init__(self, *, fingerprint: str, max_bytes: int, processes: int) -> None:
        """Start ``processes`` workers when more than one is asked for; else prepare in a thread."""
        self._fingerprint = fingerprint
        self._max_bytes = max_bytes
        self._pool: Executor | None = None
        self._broken = False
        if processes > 1:
            self._pool = ProcessPoolExecutor(
                max_workers=processes, mp_context=_fork_context(), initializer=_settle_worker
            )

    @property
    def parallel(self) -> bool:
        """Tell whether batches go to worker processes."""
        return self._pool is not None and not self._broken

    async def prepare(self, batch: Sequence[Path], known: Mapping[str, StoredFile]) -> list[Prepared]:
        """Hash and parse a batch; a broken pool (a worker killed) falls back to a thread."""
        if self._pool is not None and not self._broken:
            # Send only what the batch needs to know: the whole map would be pickled once per batch.
            # A first load knows no file, and spares the parent a key per file.
            relevant = {key: known[key] for key in map(source_key, batch) if key in known} if known else {}
            work = partial(
                _prepare_in_worker,
                list(batch),
                relevant,
                fingerprint=self._fingerprint,
                max_bytes=self._max_bytes,
            )
            try:
                return await asyncio.get_running_loop().run_in_executor(self._pool, work)
            except BrokenProcessPool:
                if not self._broken:
                    log.warning("A parser process died; parsing the rest of the load in a thread")
                self._broken = True
        return await asyncio.to_thread(
            prepare_batch, batch, known, fingerprint=self._fingerprint, max_bytes=self._max_bytes
        )

    async def close(self) -> None:
        """Stop the worker processes, dropping batches not yet started."""
        if self._pool is not None:
            pool, self._pool = self._pool, None
            await asyncio.to_thread(pool.shutdown, wait=True, cancel_futures=True)
