"""/reload within a time limit: a hung reload is stopped, the admin is told, the old engine stays, the lock
is freed, and a store load stopped half way keeps whole files.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

import bot.store
from bot.app import App, open_app
from bot.discord_app.ports import AnswerEngine
from bot.discord_app.reload_report import RELOADED_TITLE, reload_timed_out_text
from bot.discord_app.run import engine_reloader
from bot.postings.parse import parse_file
from bot.store import LoadReport

from .conftest import make_settings, running_bot
from .fake_discord import APP_ID, FakeDiscord
from .fake_engine import FakeEngine
from .helpers import ALICE, BOB, callback_for, embed_of, uid

LIMIT = 0.3
NEW_FILES = 8
POSTING = """Robotics Software Engineer Intern – Zorblax Labs {n} – Summer 2026 (BS/MS)
Location: Pittsburgh, PA (on-site)
Pay: ${pay} hourly
Responsibilities
- Write motion planning software for warehouse robots
Requirements
- Currently pursuing a BS or MS in computer science or robotics
"""


async def reload_reply(fake: FakeDiscord, interaction: dict[str, Any]) -> dict[str, Any]:
    """Wait for /reload to edit its private deferred response, and return the edited body."""
    assert (await callback_for(fake, interaction))["type"] == 5
    path = f"/webhooks/{APP_ID}/{interaction['token']}/messages/@original"
    edit = await fake.wait_for(lambda r: r.method == "PATCH" and r.path == path)
    body: dict[str, Any] = edit.body
    return body


async def test_a_hung_reload_is_stopped_and_the_next_one_runs(
    fake: FakeDiscord, engine: FakeEngine, caplog: pytest.LogCaptureFixture
) -> None:
    stopped = asyncio.Event()
    replacement = FakeEngine()
    calls = 0

    async def hangs_once() -> tuple[AnswerEngine, LoadReport]:
        nonlocal calls
        calls += 1
        if calls == 1:
            try:
                await asyncio.Event().wait()  # never set: a load stuck on a dead disk
            except asyncio.CancelledError:
                stopped.set()
                raise
        return replacement, LoadReport(outcomes=[])

    caplog.set_level(logging.INFO, logger="bot.discord_app.client")
    settings = make_settings(reload_timeout_seconds=LIMIT)
    async with running_bot(engine, reload=hangs_once, settings=settings) as started:
        body = await reload_reply(fake, await fake.slash("reload", ALICE))
        assert body["content"] == reload_timed_out_text(LIMIT)
        assert stopped.is_set()
        assert started.engine is engine
        await callback_for(fake, await fake.slash("ask", BOB, question="still answering?"))

        again = await reload_reply(fake, await fake.slash("reload", ALICE))  # the lock was freed
        assert embed_of(again)["title"] == RELOADED_TITLE
        assert started.engine is replacement
    assert ("answer", "still answering?", uid(BOB)) in engine.calls
    messages = [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]
    assert any("reload_timeout_seconds=0.3" in message and "stopped" in message for message in messages)


async def test_a_reload_slow_to_stop_still_frees_the_lock(
    fake: FakeDiscord, engine: FakeEngine, caplog: pytest.LogCaptureFixture
) -> None:
    finish = asyncio.Event()
    ended = asyncio.Event()

    async def slow_to_stop() -> tuple[AnswerEngine, LoadReport]:
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            await finish.wait()  # the batch in hand takes its time to commit
            ended.set()
            raise
        raise AssertionError("never reached")

    caplog.set_level(logging.INFO, logger="bot.discord_app.client")
    settings = make_settings(reload_timeout_seconds=LIMIT)
    async with running_bot(engine, reload=slow_to_stop, settings=settings, reload_grace=0.05) as started:
        body = await reload_reply(fake, await fake.slash("reload", ALICE))
        assert body["content"] == reload_timed_out_text(LIMIT)
        assert not ended.is_set() and started.engine is engine
        assert any("ends in the background" in record.getMessage() for record in caplog.records)
        finish.set()
        await asyncio.wait_for(ended.wait(), 5)
        await asyncio.sleep(0)  # let the done callback log
    assert any("stopped reload has ended" in record.getMessage() for record in caplog.records)


@pytest.fixture
async def app(knowledge: Path, tmp_path: Path) -> AsyncIterator[App]:
    settings = make_settings(
        knowledge_dir=knowledge, db_path=str(tmp_path / "jobbot.db"), reload_timeout_seconds=LIMIT
    )
    async with open_app(settings) as opened:
        yield opened


def stalling_writes(monkeypatch: pytest.MonkeyPatch, release: threading.Event) -> None:
    """Write two files a batch, and stall the database thread before the third batch until released."""
    real_write = bot.store.write_prepared
    calls = 0

    def write(conn: sqlite3.Connection, **options: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 3:
            release.wait()
        return real_write(conn, **options)

    monkeypatch.setattr(bot.store, "_BATCH", 2)
    monkeypatch.setattr(bot.store, "write_prepared", write)


async def test_a_store_load_stopped_by_the_time_limit_keeps_whole_files(
    fake: FakeDiscord, app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = app.settings.knowledge_postings_dir
    new_files = [folder / f"zz_{n:02}.txt" for n in range(NEW_FILES)]
    for n, path in enumerate(new_files):
        path.write_text(POSTING.format(n=n, pay=40 + n), encoding="utf-8")
    release = threading.Event()
    stalling_writes(monkeypatch, release)
    old_engine = app.engine
    try:
        async with running_bot(app.engine, reload=engine_reloader(app), settings=app.settings) as started:
            body = await reload_reply(fake, await fake.slash("reload", ALICE))
            assert body["content"] == reload_timed_out_text(LIMIT)
            assert started.engine is old_engine and app.engine is old_engine
            release.set()  # the stalled batch now commits whole

            stored = {posting.source: posting for posting in await app.store.all_postings()}
            assert 5 <= len(stored) < 5 + NEW_FILES
            for path in new_files:
                if path.name in stored:  # each stored file is the whole file, nothing half written
                    assert stored[path.name].text == parse_file(path).text

            app.settings.reload_timeout_seconds = 60.0  # the next reload, unstalled, takes what it needs
            done = embed_of(await reload_reply(fake, await fake.slash("reload", ALICE)))
            assert done["title"] == RELOADED_TITLE
            assert done["description"].endswith("0 removed, 0 failed")
            assert await app.store.count() == 5 + NEW_FILES
            assert started.engine is app.engine is not old_engine
    finally:
        release.set()


def test_the_timeout_reply_fits_a_message() -> None:
    text: Callable[[float], str] = reload_timed_out_text
    assert "300 seconds" in text(300.0) and len(text(840.0)) < 2000
