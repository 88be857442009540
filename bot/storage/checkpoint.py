"""Copy the write-ahead log into the database file from a second connection while a large load writes.

A checkpoint waits on fsync for most of its time. Run by the writing connection (SQLite's automatic
checkpoint), that wait stalls every file behind it; run here, on its own thread, it overlaps with the
writes. The writer's own automatic checkpoint still runs when the log reaches its limit, but finds
nearly every page already copied and synced, and so lets the log start over at little cost.
"""

from __future__ import annotations

import logging
import sqlite3
import threading

log = logging.getLogger(__name__)


class WalCheckpointer:
    """Run passive checkpoints on a background thread each time the writer says it wrote a batch."""

    def __init__(self, path: str, *, every: int = 1) -> None:
        """Open a second connection to the database file and start the thread, which waits for nudges.

        ``every``: checkpoint on every that many nudges. The pages a load rewrites in each batch (the
        search index's structure, the tables' inner pages) are copied once per checkpoint, not once
        per batch.
        """
        self._every = max(1, every)
        self._nudges = 0
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA busy_timeout = 5000")
        self._wake = threading.Event()
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="jobbot-wal-checkpoint", daemon=True)
        self._thread.start()

    def nudge(self) -> None:
        """Ask for a checkpoint soon: the writer has committed more of the log."""
        self._nudges += 1
        if self._nudges % self._every == 0:
            self._wake.set()

    def stop(self) -> None:
        """Copy what is left of the log, then end the thread and close its connection (blocks)."""
        self._stopping = True
        self._wake.set()
        self._thread.join()
        self._conn.close()

    def _run(self) -> None:
        while True:
            self._wake.wait()
            self._wake.clear()
            self._checkpoint()
            if self._stopping:
                return

    def _checkpoint(self) -> None:
        """Copy the committed log into the file without blocking the writer (PASSIVE never waits)."""
        try:
            self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.Error as exc:  # the writer's automatic checkpoint still bounds the log
            log.warning("Background checkpoint failed: %s", exc)
