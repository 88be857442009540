"""/reload end to end: a user's follow-up after the reload is still about the posting they asked about."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import App, open_app
from bot.discord_app.reload_report import RELOADED_TITLE
from bot.discord_app.run import engine_reloader

from .conftest import make_settings, running_bot
from .fake_discord import APP_ID, FakeDiscord
from .helpers import ALICE, BOB, callback_for, embed_of

MLE_INTERN = "003_06e791ab298bce6d.txt"


@pytest.fixture
async def app(knowledge: Path) -> AsyncIterator[App]:
    settings = make_settings(knowledge_dir=knowledge, today="2026-11-23", cooldown_rate=100)
    async with open_app(settings) as opened:
        yield opened


async def reloaded(fake: FakeDiscord, interaction: dict[str, Any]) -> dict[str, Any]:
    """Wait for /reload to edit its deferred response, and return the embed it shows."""
    await callback_for(fake, interaction)
    path = f"/webhooks/{APP_ID}/{interaction['token']}/messages/@original"
    edit = await fake.wait_for(lambda r: r.method == "PATCH" and r.path == path)
    return embed_of(edit.body)


async def test_a_follow_up_after_reload_keeps_the_posting_in_view(fake: FakeDiscord, app: App) -> None:
    mle = next(posting.id for posting in app.engine.postings if posting.source == MLE_INTERN)
    async with running_bot(app.engine, reload=engine_reloader(app), settings=app.settings) as bot:
        asked = await callback_for(
            fake, await fake.slash("ask", BOB, question="what does the mle intern pay?")
        )
        assert mle in str(embed_of(asked))
        old_engine = bot.engine

        assert (await reloaded(fake, await fake.slash("reload", ALICE)))["title"] == RELOADED_TITLE
        assert bot.engine is not old_engine

        follow_up = await callback_for(fake, await fake.slash("ask", BOB, question="and benefits?"))
        embed = embed_of(follow_up)
        assert (
            embed["title"]
            == "Benefits — Machine Learning Engineer Intern (Recommendation) – 2026 Summer (BS/MS)"
        )
        assert embed["footer"]["text"].startswith(f"Source: {mle} ·")  # that posting alone, not all five
