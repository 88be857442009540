"""`run_bot`: opens the app, runs the bot, and on SIGTERM closes the client and the app's store."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import discord
import pytest

from bot.discord_app.run import AppOpener, BotSetupError, RunningApp, run_bot
from bot.health import check_health, read_beat
from bot.settings import Settings
from bot.store import FileOutcome, LoadReport

from .conftest import CountingStore, make_settings
from .fake_discord import FakeDiscord
from .fake_engine import FakeEngine
from .helpers import ALICE, callback_for


@dataclass
class FakeApp:
    engine: FakeEngine = field(default_factory=FakeEngine)
    store: CountingStore = field(default_factory=CountingStore)
    closed: bool = False
    reloads: int = 0

    async def reload(self) -> LoadReport:
        self.reloads += 1
        self.engine = FakeEngine()
        return LoadReport(outcomes=[FileOutcome(path="new.txt", status="added", posting_id="new")])


def opener(app: FakeApp) -> AppOpener:
    """Stand in for bot.app.open_app: yield the app, mark it closed on the way out."""

    @asynccontextmanager
    async def open_app(settings: Settings) -> AsyncIterator[RunningApp]:
        try:
            yield app
        finally:
            app.closed = True

    return open_app


async def test_sigterm_closes_the_client_and_the_store(
    fake: FakeDiscord, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.discord_app")
    app = FakeApp()
    running = asyncio.create_task(run_bot(make_settings(), open_app=opener(app)))
    await fake.wait_for(lambda r: r.method == "PUT" and r.path.endswith("/commands"))
    await asyncio.wait_for(fake.identified.wait(), 10)  # connected to the gateway
    os.kill(os.getpid(), signal.SIGTERM)
    await asyncio.wait_for(running, 10)
    assert app.closed
    messages = [record.getMessage() for record in caplog.records]
    assert "stop requested: closing the Discord connection" in messages
    assert "bot stopped" in messages
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL  # the handler was removed again


async def test_a_rejected_token_fails_start_up_and_still_closes_the_store(fake: FakeDiscord) -> None:
    fake.reject_login = True
    app = FakeApp()
    with pytest.raises(discord.LoginFailure):
        await asyncio.wait_for(run_bot(make_settings(), open_app=opener(app)), 10)
    assert app.closed


async def test_a_missing_token_is_refused_before_anything_opens() -> None:
    app = FakeApp()
    with pytest.raises(BotSetupError, match="DISCORD_TOKEN"):
        await run_bot(make_settings(discord_token=None), open_app=opener(app))
    assert not app.closed


async def test_reload_swaps_in_the_engine_the_opened_app_rebuilt(fake: FakeDiscord) -> None:
    app = FakeApp()
    first_engine = app.engine
    running = asyncio.create_task(run_bot(make_settings(), open_app=opener(app)))
    try:
        await fake.wait_for(lambda r: r.method == "PUT" and r.path.endswith("/commands"))
        await asyncio.wait_for(fake.identified.wait(), 10)
        reload = await fake.slash("reload", ALICE)
        assert (await callback_for(fake, reload))["type"] == 5
        edited = await fake.wait_for(lambda r: r.method == "PATCH" and reload["token"] in r.path)
        assert edited.body["embeds"][0]["description"].startswith("1 file: 1 added")
        await callback_for(fake, await fake.slash("ask", ALICE, question="after the reload"))
    finally:
        os.kill(os.getpid(), signal.SIGTERM)
        await asyncio.wait_for(running, 10)
    assert app.reloads == 1
    assert app.engine is not first_engine
    assert ("answer", "after the reload", ALICE["id"]) in app.engine.calls
    assert not [call for call in first_engine.calls if call[0] == "answer"]


async def _wait_for_file(path: Path) -> None:
    async with asyncio.timeout(10):
        while not await asyncio.to_thread(path.exists):  # noqa: ASYNC110 - the bot writes it unprompted
            await asyncio.sleep(0.02)


async def test_a_connected_bot_keeps_a_heartbeat_beside_its_database_until_it_stops(
    fake: FakeDiscord, tmp_path: Path
) -> None:
    app = FakeApp()
    heartbeat = tmp_path / "jobbot.heartbeat"
    running = asyncio.create_task(
        run_bot(make_settings(db_path=str(tmp_path / "jobbot.db")), open_app=opener(app))
    )
    try:
        await _wait_for_file(heartbeat)
        assert check_health(heartbeat, max_age_seconds=60).startswith("healthy: heartbeat")
        assert read_beat(heartbeat).servers == 1  # the one server the fake gateway's READY lists
    finally:
        os.kill(os.getpid(), signal.SIGTERM)
        await asyncio.wait_for(running, 10)
    assert not await asyncio.to_thread(
        heartbeat.exists
    )  # a stopped bot is unhealthy at once, not once its beat is stale
