"""Start the bot for `jobbot run`: open the app, connect to Discord, stop cleanly on SIGINT or SIGTERM."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Protocol

from bot.discord_app.client import JobBot
from bot.discord_app.heartbeat import keep_beating
from bot.discord_app.ports import AnswerEngine, EngineReloader, PostingCounter
from bot.health import heartbeat_path
from bot.settings import Settings
from bot.store import LoadReport

log = logging.getLogger(__name__)


class BotSetupError(Exception):
    """The bot cannot start: the message says which setting to fix."""


class RunningApp(Protocol):
    """The parts of the opened app the bot uses."""

    @property
    def engine(self) -> AnswerEngine: ...

    @property
    def store(self) -> PostingCounter: ...

    async def reload(self) -> LoadReport:
        """Sync the store with the knowledge folder and rebuild ``engine``."""
        ...


AppOpener = Callable[[Settings], AbstractAsyncContextManager[RunningApp]]


async def run_bot(settings: Settings, *, open_app: AppOpener | None = None) -> None:
    """Run the bot until Discord ends the session or the process is asked to stop."""
    if settings.discord_token is None:
        raise BotSetupError("DISCORD_TOKEN is not set")
    token = settings.discord_token.get_secret_value()
    if open_app is None:
        from bot.app import open_app as open_default_app

        open_app = open_default_app
    async with open_app(settings) as app:  # closes the store on the way out
        bot = JobBot(app.engine, settings=settings, store=app.store, reload=engine_reloader(app))
        await run_until_stopped(bot, token, heartbeat=heartbeat_path(settings.db_path))


def engine_reloader(app: RunningApp) -> EngineReloader:
    """Let the bot reload the app: the app syncs and rebuilds, the bot swaps in the engine it returns."""

    async def reload() -> tuple[AnswerEngine, LoadReport]:
        report = await app.reload()
        return app.engine, report

    return reload


async def run_until_stopped(bot: JobBot, token: str, *, heartbeat: Path | None = None) -> None:
    """Run the client; on SIGINT or SIGTERM close it and return once it has disconnected.

    While it runs, a heartbeat file at ``heartbeat`` (if given) is kept fresh for health probes.
    """
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    installed: list[signal.Signals] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)
        except (NotImplementedError, RuntimeError):  # not the main thread, or no signals on this platform
            log.debug("cannot handle %s here", sig.name)
    beating: asyncio.Task[None] | None = None
    try:
        async with bot:
            client = asyncio.create_task(bot.start(token), name="discord-client")
            if heartbeat is not None:
                beating = asyncio.create_task(keep_beating(bot, heartbeat), name="heartbeat")
            stopping = asyncio.create_task(stop.wait(), name="stop-signal")
            await asyncio.wait({client, stopping}, return_when=asyncio.FIRST_COMPLETED)
            if stop.is_set():
                log.info("stop requested: closing the Discord connection")
                await bot.close()
            stopping.cancel()
            await client  # re-raises a login or connection failure
    finally:
        if beating is not None:
            beating.cancel()
            await asyncio.gather(beating, return_exceptions=True)
        for sig in installed:
            loop.remove_signal_handler(sig)
    log.info("bot stopped")
