"""The bot with the real answer engine over the shipped postings, end to end against the fake Discord.

Every quote the bot shows must be a line of a posting: the bot never shows a fact it did not read.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bot.postings.model import Posting
from bot.postings.parse import parse_file
from bot.settings import SHIPPED_KNOWLEDGE_DIR

from .conftest import make_settings, running_bot
from .fake_discord import FakeDiscord
from .helpers import ALICE, BOB, callback_for, embed_of, labels, reply_to, response_message_id

engine_module = pytest.importorskip("bot.answers.engine")

TODAY = date(2026, 3, 1)
CONTENT_ECOLOGY = "machine-learning-scientist-intern-tiktok-content-ecology-b7248a"


@pytest.fixture(scope="module")
def postings() -> list[Posting]:
    return [parse_file(path) for path in sorted((SHIPPED_KNOWLEDGE_DIR / "postings").iterdir())]


@pytest.fixture
def real_engine(postings: list[Posting]) -> Any:
    return engine_module.Engine.from_knowledge(
        postings, Path(SHIPPED_KNOWLEDGE_DIR), today=lambda: TODAY, context_ttl=900
    )


def quotes(body: dict[str, Any]) -> list[str]:
    """Every "> quote" line the embeds show, without a trailing ellipsis."""
    data = body.get("data", body)
    lines = [
        line[2:].removesuffix("…").strip()
        for embed in data.get("embeds", [])
        for field in embed.get("fields", [])
        for line in field["value"].splitlines()
        if line.startswith("> ")
    ]
    return [line for line in lines if line]


def assert_quoted_from(postings: list[Posting], body: dict[str, Any]) -> None:
    texts = [" ".join(p.text.split()) for p in postings]
    for quote in quotes(body):
        assert any(quote in text for text in texts), f"not in any posting: {quote!r}"


async def test_commands_answer_from_the_shipped_postings(
    fake: FakeDiscord, real_engine: Any, postings: list[Posting]
) -> None:
    # One user asks many questions here: lift the cooldown, which has its own tests.
    async with running_bot(real_engine, fields_per_page=2, settings=make_settings(cooldown_rate=100)):
        completion = await fake.slash("pay", ALICE, focused="posting", posting="content ecology")
        choices = (await callback_for(fake, completion))["data"]["choices"]
        assert choices[0]["value"] == CONTENT_ECOLOGY

        for command in ("pay", "benefits", "requirements", "deadline"):
            body = await callback_for(fake, await fake.slash(command, ALICE, posting=CONTENT_ECOLOGY))
            assert body["type"] == 4 and embed_of(body)["title"]
            assert CONTENT_ECOLOGY in embed_of(body)["footer"]["text"]
            assert_quoted_from(postings, body)

        every = await callback_for(fake, await fake.slash("pay", BOB))
        assert_quoted_from(postings, every)

        typed = await callback_for(fake, await fake.slash("benefits", BOB, posting="content ecology"))
        assert CONTENT_ECOLOGY in embed_of(typed)["footer"]["text"]  # raw text resolves too

        job = await fake.slash("job", ALICE, posting=CONTENT_ECOLOGY)
        overview = await callback_for(fake, job)
        assert_quoted_from(postings, overview)
        message_id = response_message_id(fake, job)
        assert "Benefits" in labels(fake.messages[message_id])
        benefits = await callback_for(fake, await fake.click(message_id, "Benefits", BOB))
        assert benefits["data"]["flags"] & 64
        assert_quoted_from(postings, benefits)

        listing = await fake.slash("jobs", ALICE)
        first_page = await callback_for(fake, listing)
        assert "page 1/" in embed_of(first_page)["footer"]["text"]
        turned = await callback_for(fake, await fake.click(response_message_id(fake, listing), "Next", ALICE))
        assert turned["type"] == 7 and "page 2/" in embed_of(turned)["footer"]["text"]

        second = "machine-learning-engineer-intern-recommendation-2026-summer-ded3c5"
        compared = await callback_for(
            fake, await fake.slash("compare", ALICE, first=CONTENT_ECOLOGY, second=second)
        )
        assert_quoted_from(postings, compared)
        assert embed_of(await callback_for(fake, await fake.slash("help", ALICE)))["title"]


async def test_free_text_keeps_each_users_context(
    fake: FakeDiscord, real_engine: Any, postings: list[Posting]
) -> None:
    async with running_bot(real_engine):
        asked = await reply_to(
            fake, await fake.post_message(ALICE, "what does the content ecology intern pay?", in_dm=True)
        )
        assert CONTENT_ECOLOGY in embed_of(asked.body)["footer"]["text"]
        assert_quoted_from(postings, asked.body)
        follow_up = await reply_to(
            fake, await fake.post_message(ALICE, "and what benefits does it have?", in_dm=True)
        )
        assert CONTENT_ECOLOGY in embed_of(follow_up.body)["footer"]["text"]
        assert_quoted_from(postings, follow_up.body)
