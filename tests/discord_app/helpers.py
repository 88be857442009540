"""Helpers the end-to-end tests share: the users they play and how to read the bot's responses."""

from __future__ import annotations

from typing import Any

from .fake_discord import APP_ID, FakeDiscord, Recorded, user

ALICE = user(111_000_000_000_000_001, "alice")
BOB = user(222_000_000_000_000_002, "bob")
OTHER_BOT = user(333_000_000_000_000_003, "helperbot", bot=True)
EXPECTED_COMMANDS = {"ask", "pay", "benefits", "requirements", "deadline", "job", "jobs", "compare", "help"}
MENTION = f"<@{APP_ID}>"
BOT_MENTION = {"id": str(APP_ID), "username": "jobbot", "discriminator": "0", "avatar": None, "bot": True}


def uid(author: dict[str, Any]) -> str:
    return str(author["id"])


async def callback_for(fake: FakeDiscord, interaction: dict[str, Any], *, after: int = 0) -> dict[str, Any]:
    """Wait for the bot's response to an interaction and return its body."""
    path = f"/interactions/{interaction['id']}/{interaction['token']}/callback"
    request = await fake.wait_for(lambda r: r.method == "POST" and r.path == path, after=after)
    body: dict[str, Any] = request.body
    return body


async def reply_to(fake: FakeDiscord, message: dict[str, Any]) -> Recorded:
    """Wait for the bot's reply to a user's message."""

    def is_reply(request: Recorded) -> bool:
        body = request.body if isinstance(request.body, dict) else {}
        reference = body.get("message_reference") or {}
        return request.method == "POST" and str(reference.get("message_id")) == message["id"]

    return await fake.wait_for(is_reply)


def embed_of(body: dict[str, Any]) -> dict[str, Any]:
    data = body.get("data", body)
    embed: dict[str, Any] = data["embeds"][0]
    return embed


def labels(message: dict[str, Any]) -> dict[str, bool]:
    """Map each button label of a message to whether it is disabled."""
    return {
        child["label"]: bool(child.get("disabled"))
        for row in message.get("components", [])
        for child in row["components"]
    }


def response_message_id(fake: FakeDiscord, interaction: dict[str, Any]) -> int:
    return fake.original_message_id(interaction["token"])
