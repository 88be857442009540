"""Fixtures: the local fake of Discord, a fake engine, and the real bot connected to the fake."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from bot.discord_app.client import JobBot
from bot.settings import Settings

from .fake_discord import GUILD_ID, FakeDiscord
from .fake_engine import FakeEngine
from .payload_limits import callback_problems, mention_problems, message_problems

TOKEN = "fake-token"
POSTING_COUNT = 5


class CountingStore:
    """Answers the one store query the bot makes."""

    async def count(self) -> int:
        return POSTING_COUNT


def make_settings(**overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "guild_id": GUILD_ID,
        "cooldown_rate": 5,
        "cooldown_seconds": 60.0,
        "max_question_chars": 500,
        "discord_token": TOKEN,
        "db_path": ":memory:",
    }
    return Settings(**(values | overrides))


def traffic_problems(fake: FakeDiscord) -> list[str]:
    """Check every request the bot sent: known route, within limits, no pings."""
    problems: list[str] = []
    for request in fake.requests:
        where = f"{request.method} {request.path}"
        if not request.known:
            problems.append(f"{where}: route the fake does not know")
        body = request.body if isinstance(request.body, dict) else None
        if body is None:
            continue
        if request.path.endswith("/callback"):
            data = body.get("data") or {}
            found = callback_problems(body) + (mention_problems(data) if body.get("type") in (4, 7) else [])
        elif request.method in ("POST", "PATCH") and (
            "/messages" in request.path or "/webhooks/" in request.path
        ):
            found = message_problems(body) + mention_problems(body)
        else:
            found = []
        problems += [f"{where}: {problem}" for problem in found]
    return problems


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    """A fake Discord that discord.py talks to for the test; every body it got is checked afterwards."""
    server = FakeDiscord()
    await server.start()
    try:
        with server.pointed_at():
            yield server
    finally:
        await server.stop()
    assert traffic_problems(server) == []


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()


@asynccontextmanager
async def running_bot(engine: Any, **options: Any) -> AsyncIterator[JobBot]:
    """Start the real bot against the fake (already pointed at) and stop it afterwards."""
    settings = options.pop("settings", None) or make_settings()
    options.setdefault("guild_ready_timeout", 0.05)  # do not wait for more servers than the fake has
    bot = JobBot(engine, settings=settings, store=CountingStore(), **options)
    client = asyncio.create_task(bot.start(TOKEN))
    ready = asyncio.create_task(bot.wait_until_ready())
    done, _ = await asyncio.wait({client, ready}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
    if client in done:
        client.result()  # start-up failed: raise why
    assert ready in done, "the bot never became ready"
    try:
        yield bot
    finally:
        await bot.close()
        await asyncio.wait_for(client, 10)


@pytest.fixture
async def bot(fake: FakeDiscord, engine: FakeEngine) -> AsyncIterator[JobBot]:
    async with running_bot(engine, fields_per_page=8) as started:
        yield started
