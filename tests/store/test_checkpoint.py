"""The background checkpointer copies the writer's log into the database file without blocking it."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from bot.storage.checkpoint import WalCheckpointer


def _writer(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")  # only the checkpointer copies the log
    conn.execute("CREATE TABLE notes (text TEXT)")
    return conn


def test_stopping_copies_every_committed_page_into_the_database_file(tmp_path: Path) -> None:
    path = tmp_path / "jobbot.db"
    writer = _writer(path)
    checkpointer = WalCheckpointer(str(path))
    for batch in range(5):
        writer.executemany("INSERT INTO notes VALUES (?)", [(f"note {batch}-{i} " * 20,) for i in range(200)])
        checkpointer.nudge()

    checkpointer.stop()

    pages = writer.execute("PRAGMA page_count").fetchone()[0]
    page_size = writer.execute("PRAGMA page_size").fetchone()[0]
    assert pages > 20 and path.stat().st_size == pages * page_size  # every page is in the file itself
    assert writer.execute("SELECT count(*) FROM notes").fetchone() == (1000,)
    writer.close()


def test_a_failed_checkpoint_is_logged_and_the_writer_goes_on(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "jobbot.db"
    writer = _writer(path)
    checkpointer = WalCheckpointer(str(path))
    checkpointer._conn.close()  # every checkpoint from now on fails

    with caplog.at_level(logging.WARNING, logger="bot.storage.checkpoint"):
        writer.execute("INSERT INTO notes VALUES ('still written')")
        checkpointer.nudge()
        checkpointer.stop()

    assert writer.execute("SELECT count(*) FROM notes").fetchone() == (1,)
    assert any("Background checkpoint failed" in message for message in caplog.messages)


def test_checkpointing_every_few_batches_still_copies_the_rest_on_stop(tmp_path: Path) -> None:
    path = tmp_path / "jobbot.db"
    writer = _writer(path)
    checkpointer = WalCheckpointer(str(path), every=4)
    for batch in range(3):  # fewer nudges than ``every``: no checkpoint runs before stop
        writer.executemany("INSERT INTO notes VALUES (?)", [(f"note {batch}-{i} " * 20,) for i in range(200)])
        checkpointer.nudge()
    assert path.stat().st_size < 4096 * 5  # the rows are still only in the log

    checkpointer.stop()

    pages = writer.execute("PRAGMA page_count").fetchone()[0]
    page_size = writer.execute("PRAGMA page_size").fetchone()[0]
    assert pages > 20 and path.stat().st_size == pages * page_size
    assert writer.execute("SELECT count(*) FROM notes").fetchone() == (600,)
    writer.close()
