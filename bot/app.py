"""Wire the store and the engine together, the same way for the bot and the terminal commands."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass

from bot.answers.engine import Engine
from bot.postings.model import Posting
from bot.settings import Settings
from bot.store import LoadReport, Store

log = logging.getLogger(__name__)


@dataclass(slots=True)
class App:
    """What a front end needs: the settings, the open store, the engine built from it."""

    settings: Settings
    store: Store
    engine: Engine
    report: LoadReport

    async def reload(self) -> LoadReport:
        """Sync the store with the knowledge folder and rebuild the engine from what it holds."""
        report = await self.store.load_directory(
            self.settings.knowledge_postings_dir, max_bytes=self.settings.max_posting_bytes
        )
        postings = await self.store.all_postings()
        # Built off the event loop so a running bot keeps its gateway heartbeat while thousands load.
        self.engine = await asyncio.to_thread(rebuild_engine, self.settings, postings, self.engine)
        self.report = report
        return report


def rebuild_engine(settings: Settings, postings: Sequence[Posting], previous: Engine) -> Engine:
    """Build the engine over the reloaded postings and carry each user's conversation over to it.

    The turns are read last, just before the swap: only a question answered by ``previous`` in that
    instant has its turn left behind, and the user's follow-up then builds on the turn before it.
    """
    engine = build_engine(settings, postings)
    engine.carry_conversations(previous)
    return engine


def build_engine(settings: Settings, postings: Sequence[Posting]) -> Engine:
    """Build the engine over ``postings`` with the settings' vocabulary, clock and context lifetime."""
    reloading = gc.get_freeze_count() > 0
    # The postings just read are long-lived too: keep the collector's passes off them while building.
    gc.freeze()
    engine = Engine.from_knowledge(
        postings,
        settings.knowledge_dir,
        today=settings.today_date,
        context_ttl=settings.context_ttl_seconds,
        max_question_chars=settings.max_question_chars,
    )
    # The postings and indexes live as long as the engine: move them out of the collector's view so
    # its full passes over tens of thousands of long-lived objects do not stall answers. On a reload,
    # unfreezing first lets the collector free the engine it replaced, rather than keep it forever.
    if reloading:
        gc.unfreeze()
        gc.collect()
    else:  # the first build: no engine to free, and a full pass would walk every posting (~0.5 s)
        gc.collect(1)
    gc.freeze()
    return engine


@asynccontextmanager
async def open_app(settings: Settings) -> AsyncIterator[App]:
    """Open the store, bring it up to date with the knowledge folder, build the engine; close on exit."""
    store = await Store.open(settings.db_path)
    try:
        report = await store.load_directory(
            settings.knowledge_postings_dir, max_bytes=settings.max_posting_bytes
        )
        for outcome in report.outcomes:
            if outcome.status == "failed":
                log.warning("skipped %s: %s", outcome.path, outcome.error)
        engine = build_engine(settings, await store.all_postings())
        yield App(settings=settings, store=store, engine=engine, report=report)
    finally:
        await store.close()
