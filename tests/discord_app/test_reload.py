"""/reload end to end against the fake Discord: registration, a real reload over a temporary knowledge
folder, failed files in the reply, a failing reload keeping the old engine, and overlapping reloads refused.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.app import App, open_app
from bot.discord_app.client import JobBot
from bot.discord_app.ports import AnswerEngine
from bot.discord_app.reload_report import (
    MAX_FAILURES_SHOWN,
    RELOAD_FAILED,
    RELOAD_IN_PROGRESS,
    RELOADED_TITLE,
    reload_embed,
)
from bot.discord_app.run import engine_reloader
from bot.store import FileOutcome, LoadReport

from .conftest import make_settings, running_bot
from .fake_discord import APP_ID, GUILD_ID, FakeDiscord
from .fake_engine import FakeEngine
from .helpers import ALICE, BOB, EXPECTED_COMMANDS, callback_for, embed_of, uid
from .payload_limits import EPHEMERAL, command_problems, message_problems

NEW_POSTING = """Robotics Software Engineer Intern – Zorblax Labs – Summer 2026 (BS/MS)
Location: Pittsburgh, PA (on-site)
Pay: $52 hourly
Responsibilities
- Write motion planning software for warehouse robots
Requirements
- Currently pursuing a BS or MS in computer science or robotics
Benefits
- Housing stipend
"""
NEW_POSTING_QUESTION = "what does the zorblax robotics intern pay?"

Reload = Callable[[], Awaitable[tuple[AnswerEngine, LoadReport]]]


@pytest.fixture
async def app(knowledge: Path) -> AsyncIterator[App]:
    settings = make_settings(knowledge_dir=knowledge, today="2026-03-01", cooldown_rate=100)
    async with open_app(settings) as opened:
        yield opened


async def reload_reply(fake: FakeDiscord, interaction: dict[str, Any]) -> dict[str, Any]:
    """Check /reload deferred privately, then return the body it edited into that response."""
    deferred = await callback_for(fake, interaction)
    assert deferred["type"] == 5
    assert deferred["data"]["flags"] & EPHEMERAL
    path = f"/webhooks/{APP_ID}/{interaction['token']}/messages/@original"
    edit = await fake.wait_for(lambda r: r.method == "PATCH" and r.path == path)
    body: dict[str, Any] = edit.body
    assert body["allowed_mentions"]["parse"] == []
    return body


def footer_of(body: dict[str, Any]) -> str:
    text: str = embed_of(body).get("footer", {}).get("text", "")
    return text


# ----- registration ------------------------------------------------------------------------------------


async def test_reload_is_registered_for_server_managers_and_not_in_direct_messages(fake: FakeDiscord) -> None:
    async def never(*_: Any) -> tuple[AnswerEngine, LoadReport]:
        raise AssertionError("not reloaded in this test")

    async with running_bot(FakeEngine(), reload=never):
        pass
    commands = {c["name"]: c for c in fake.commands[str(GUILD_ID)]}
    assert set(commands) == EXPECTED_COMMANDS | {"reload"}
    assert command_problems(list(commands.values())) == []
    reload = commands["reload"]
    assert int(reload["default_member_permissions"]) == discord.Permissions(manage_guild=True).value
    assert reload["contexts"] == [0]  # servers only: no DMs with the bot, no group DMs
    assert reload["dm_permission"] is False
    assert reload.get("options", []) == []


async def test_without_a_reload_callable_there_is_no_reload_command(fake: FakeDiscord) -> None:
    async with running_bot(FakeEngine()):
        pass
    assert "reload" not in {c["name"] for c in fake.commands[str(GUILD_ID)]}


# ----- a real reload -----------------------------------------------------------------------------------


async def test_a_posting_added_to_the_folder_is_answerable_after_reload(
    fake: FakeDiscord, app: App, knowledge: Path
) -> None:
    async with running_bot(app.engine, reload=engine_reloader(app), settings=app.settings) as bot:
        before = await callback_for(fake, await fake.slash("ask", BOB, question=NEW_POSTING_QUESTION))
        assert "zorblax" not in footer_of(before)
        old_engine = bot.engine

        (knowledge / "postings" / "zz_zorblax.txt").write_text(NEW_POSTING, encoding="utf-8")
        body = await reload_reply(fake, await fake.slash("reload", ALICE))
        embed = embed_of(body)
        assert embed["title"] == RELOADED_TITLE
        assert embed["description"] == "6 files: 1 added, 0 updated, 5 unchanged, 0 removed, 0 failed"
        assert not embed.get("fields")
        assert bot.engine is not old_engine and bot.engine is app.engine

        after = await callback_for(fake, await fake.slash("ask", BOB, question=NEW_POSTING_QUESTION))
        assert "zorblax" in footer_of(after)
        assert "$52 hourly" in str(embed_of(after))

        # Autocomplete reads the engine afresh too: it offers the new posting.
        completion = await fake.slash("pay", BOB, focused="posting", posting="zorblax")
        choices = (await callback_for(fake, completion))["data"]["choices"]
        assert "zorblax" in choices[0]["value"]


async def test_failed_files_are_listed_with_their_reasons(
    fake: FakeDiscord, app: App, knowledge: Path
) -> None:
    (knowledge / "postings" / "empty_*posting*.txt").write_text("", encoding="utf-8")
    async with running_bot(app.engine, reload=engine_reloader(app), settings=app.settings):
        body = await reload_reply(fake, await fake.slash("reload", ALICE))
    embed = embed_of(body)
    assert embed["description"].endswith("1 failed")
    # The name is escaped, so the asterisks show as typed instead of turning the text bold.
    assert embed["fields"] == [{"name": r"empty\_\*posting\*.txt", "value": "file is empty", "inline": False}]


# ----- failures and overlaps ---------------------------------------------------------------------------


async def test_a_failing_reload_keeps_the_old_engine_and_tells_the_admin(
    fake: FakeDiscord, engine: FakeEngine, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken() -> tuple[AnswerEngine, LoadReport]:
        raise OSError("the knowledge folder is gone: internal detail")

    caplog.set_level(logging.ERROR)
    async with running_bot(engine, reload=broken) as bot:
        body = await reload_reply(fake, await fake.slash("reload", ALICE))
        assert body["content"] == RELOAD_FAILED
        assert "internal detail" not in str(body)
        assert bot.engine is engine
        await callback_for(fake, await fake.slash("ask", BOB, question="still there?"))
    assert ("answer", "still there?", uid(BOB)) in engine.calls
    assert any(r.exc_info and "internal detail" in str(r.exc_info[1]) for r in caplog.records)


async def test_a_second_reload_while_one_runs_is_refused(fake: FakeDiscord, engine: FakeEngine) -> None:
    release = asyncio.Event()
    started = asyncio.Event()
    replacement = FakeEngine()
    runs = 0

    async def slow() -> tuple[AnswerEngine, LoadReport]:
        nonlocal runs
        runs += 1
        started.set()
        await release.wait()
        return replacement, LoadReport(outcomes=[])

    async with running_bot(engine, reload=slow) as bot:
        first = await fake.slash("reload", ALICE)
        await asyncio.wait_for(started.wait(), 5)
        refused = await reload_reply(fake, await fake.slash("reload", BOB))
        assert refused["content"] == RELOAD_IN_PROGRESS
        assert bot.engine is engine  # still loading
        release.set()
        done = await reload_reply(fake, first)
        assert embed_of(done)["title"] == RELOADED_TITLE
        assert bot.engine is replacement

        again = await reload_reply(fake, await fake.slash("reload", ALICE))  # the lock was released
        assert embed_of(again)["title"] == RELOADED_TITLE
    assert runs == 2


# ----- the reply embed ---------------------------------------------------------------------------------


def test_the_embed_shows_ten_failures_and_counts_the_rest() -> None:
    failed = [
        FileOutcome(
            path=f"/srv/knowledge/postings/{'long name ' * 30}{n}.txt", status="failed", error="x" * 900
        )
        for n in range(13)
    ]
    report = LoadReport(outcomes=[*failed, FileOutcome(path="/srv/ok.txt", status="unchanged")])
    embed = reload_embed(report).to_dict()
    assert embed["description"] == report.summary()
    assert len(embed["fields"]) == MAX_FAILURES_SHOWN
    assert "/srv/" not in embed["fields"][0]["name"]
    assert embed["footer"]["text"] == "…and 3 more failed files: see the log."
    assert message_problems({"embeds": [embed]}) == []


def test_a_failure_without_a_reason_still_gets_a_field_value() -> None:
    report = LoadReport(outcomes=[FileOutcome(path="odd.txt", status="failed", error=None)])
    field = reload_embed(report).to_dict()["fields"][0]
    assert field == {"name": "odd.txt", "value": "no reason given", "inline": False}


async def test_reload_is_run_by_the_bot_only_when_wired(engine: FakeEngine) -> None:
    bot = JobBot(engine, settings=make_settings())
    try:
        assert not bot.can_reload
        with pytest.raises(RuntimeError):
            await bot.reload_engine()
    finally:
        await bot.close()
