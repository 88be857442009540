"""The real bot against a local fake of Discord: each command, button, message and failure, by payload."""

from __future__ import annotations

import pytest

from bot.discord_app.client import JobBot

from .fake_discord import FakeDiscord, user
from .fake_engine import FakeEngine

ALICE = user(111_000_000_000_000_001, "alice")
BOB = user(222_000_000_000_000_002, "bob")


async def callback_for(fake: FakeDiscord, interaction: dict) -> dict:
    path = f"/interactions/{interaction['id']}/{interaction['token']}/callback"
    request = await fake.wait_for(lambda r: r.method == "POST" and r.path == path)
    return request.body


async def test_ask(fake: FakeDiscord, bot: JobBot, engine: FakeEngine) -> None:
    interaction = await fake.slash("ask", ALICE, question="what does it pay?")
    body = await callback_for(fake, interaction)
    print(body)
    assert body["type"] == 4
