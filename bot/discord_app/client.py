"""The bot: minimal intents, no pings, cogs loaded and slash commands synced at start-up."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.cogs.admin import AdminCog
from bot.discord_app.cogs.ask import AskCog
from bot.discord_app.cogs.messages import MessagesCog
from bot.discord_app.cogs.postings import PostingsCog
from bot.discord_app.cogs.topics import TopicsCog
from bot.discord_app.cooldown import SlidingWindow
from bot.discord_app.errors import ReloadInProgress, ReloadTimedOut, SlowDown, report_interaction_error
from bot.discord_app.ports import AnswerEngine, EngineReloader, PostingCounter
from bot.discord_app.views import DEFAULT_VIEW_TIMEOUT
from bot.discord_app.worker import EngineWorker
from bot.settings import Settings
from bot.store import LoadReport

log = logging.getLogger(__name__)

DEFAULT_FIELDS_PER_PAGE = 8
# Discord wants a first response within 3 s; past this the interaction is deferred instead.
DEFAULT_DEFER_AFTER = 2.0
# Seconds a reload stopped at its time limit gets to finish the batch of files in hand before the lock goes.
DEFAULT_RELOAD_GRACE = 5.0


def bot_intents() -> discord.Intents:
    """Ask only for what the bot uses: servers, and messages (their content arrives for DMs and mentions)."""
    intents = discord.Intents.none()
    intents.guilds = True
    intents.dm_messages = True
    intents.guild_messages = True
    return intents


class JobBotTree(app_commands.CommandTree["JobBot"]):
    """The command tree, with one place that turns command failures into a reply."""

    async def on_error(
        self, interaction: discord.Interaction[JobBot], error: app_commands.AppCommandError, /
    ) -> None:
        await report_interaction_error(interaction, error)


class JobBot(commands.Bot):
    """Adapt Discord to the answer engine; holds no business logic of its own."""

    def __init__(
        self,
        engine: AnswerEngine,
        *,
        settings: Settings,
        store: PostingCounter | None = None,
        reload: EngineReloader | None = None,
        fields_per_page: int = DEFAULT_FIELDS_PER_PAGE,
        view_timeout: float = DEFAULT_VIEW_TIMEOUT,
        defer_after: float = DEFAULT_DEFER_AFTER,
        reload_grace: float = DEFAULT_RELOAD_GRACE,
        **options: Any,
    ) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,  # no text commands: free text goes to MessagesCog
            help_command=None,
            intents=bot_intents(),
            tree_cls=JobBotTree,
            allowed_mentions=discord.AllowedMentions(
                everyone=False, roles=False, users=False, replied_user=False
            ),
            **options,
        )
        # Read afresh for every question (on the engine worker thread) and swapped whole by a reload:
        # never keep a reference to it beyond one call.
        self.engine = engine
        self._reload = reload
        self._reload_lock = asyncio.Lock()
        self.store = store
        self.settings = settings
        self.cooldown = SlidingWindow(settings.cooldown_rate, settings.cooldown_seconds)
        self.worker = EngineWorker()
        self.fields_per_page = fields_per_page
        self.view_timeout = view_timeout
        self.defer_after = defer_after
        self.reload_grace = reload_grace

    def check_rate(self, user_id: int) -> None:
        """Count a question for the user; raise SlowDown when over the cooldown."""
        retry_after = self.cooldown.hit(str(user_id))
        if retry_after is not None:
            raise SlowDown(retry_after)

    @property
    def can_reload(self) -> bool:
        return self._reload is not None

    async def reload_engine(self) -> LoadReport:
        """Reload the postings and swap in the new engine; the old one stays if the reload raises."""
        if self._reload is None:
            raise RuntimeError("this bot was started without a way to reload")
        if self._reload_lock.locked():
            raise ReloadInProgress
        async with self._reload_lock:
            engine, report = await self._within_time_limit(self._reload)
            # One reference assignment: a question already on the worker finishes with the old engine,
            # the next one reads this.
            self.engine = engine
        log.info("reloaded the postings: %s", report.summary())
        return report

    async def _within_time_limit(self, reload: EngineReloader) -> tuple[AnswerEngine, LoadReport]:
        """Run ``reload``; past the configured time, stop it and raise ReloadTimedOut so the lock is freed.

        The store writes each batch of files in one transaction on its own thread, so a load stopped
        here keeps whole files: the batch being written commits or rolls back whole, the rest is not
        started, and the next reload loads what is missing.
        """
        limit = self.settings.reload_timeout_seconds
        task = asyncio.ensure_future(reload())
        try:
            done, _ = await asyncio.wait({task}, timeout=limit)
        except asyncio.CancelledError:  # the bot is closing: stop the reload with it
            task.cancel()
            raise
        if task in done:
            return task.result()
        task.cancel()
        # Give the stopped load a moment to finish the batch in hand, so the log can say it ended.
        done, _ = await asyncio.wait({task}, timeout=self.reload_grace)
        if task in done and not task.cancelled() and task.exception() is None:
            log.warning("the reload finished just as it was stopped after %s s; using it", limit)
            return task.result()
        log.error(
            "the reload took longer than reload_timeout_seconds=%s and was stopped; "
            "the bot keeps the postings it had",
            limit,
        )
        if task in done:
            _log_stopped_reload(task)
        else:
            task.add_done_callback(_log_stopped_reload)
            log.error(
                "the stopped reload is still finishing its batch after %s s; it ends in the background",
                self.reload_grace,
            )
        raise ReloadTimedOut(limit)

    async def setup_hook(self) -> None:
        cogs: list[commands.Cog] = [AskCog(self), TopicsCog(self), PostingsCog(self), MessagesCog(self)]
        if self.can_reload:
            cogs.append(AdminCog(self))
        for cog in cogs:
            await self.add_cog(cog)
        if self.settings.guild_id is not None:
            guild = discord.Object(id=self.settings.guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d slash commands to server %s", len(synced), self.settings.guild_id)
        else:
            synced = await self.tree.sync()
            log.info("synced %d slash commands globally (may take a while to show up)", len(synced))

    async def on_ready(self) -> None:
        postings = str(await self.store.count()) if self.store is not None else "an unknown number of"
        log.info(
            "ready: logged in as %s (id %s), serving %s postings in %d servers",
            self.user,
            self.user.id if self.user else "?",
            postings,
            len(self.guilds),
        )

    async def on_message(self, message: discord.Message, /) -> None:
        """Process no prefix commands; MessagesCog answers free text."""

    async def close(self) -> None:
        await super().close()
        self.worker.close()


def _log_stopped_reload(task: asyncio.Future[tuple[AnswerEngine, LoadReport]]) -> None:
    """Say how a reload stopped at its time limit ended; its result is never used."""
    if task.cancelled():
        log.warning("the stopped reload has ended; the store keeps every file it wrote whole")
    elif (error := task.exception()) is not None:
        log.warning("the stopped reload ended with an error", exc_info=error)
    else:
        log.warning("the stopped reload finished after all; the bot did not take its postings")
