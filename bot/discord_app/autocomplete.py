"""Posting autocomplete for every `posting` option, from the engine's own matcher."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.render.embeds import trim

if TYPE_CHECKING:
    from bot.discord_app.client import JobBot

log = logging.getLogger(__name__)

# Discord allows 25 choices, each with a name of 1-100 characters and a value of at most 100.
MAX_CHOICES = 25
CHOICE_TEXT_LIMIT = 100


def to_choices(suggestions: Iterable[tuple[str, str]]) -> list[app_commands.Choice[str]]:
    """Turn (posting id, display name) pairs into at most 25 valid, distinct choices."""
    choices: list[app_commands.Choice[str]] = []
    seen: set[str] = set()
    for posting_id, display in suggestions:
        name = trim(" ".join(display.split()), CHOICE_TEXT_LIMIT) or trim(posting_id, CHOICE_TEXT_LIMIT)
        # An id too long for a choice value is replaced by the display name, which the engine resolves too.
        value = posting_id if 0 < len(posting_id) <= CHOICE_TEXT_LIMIT else name
        if not name or not value or value in seen:
            continue
        seen.add(value)
        choices.append(app_commands.Choice(name=name, value=value))
        if len(choices) == MAX_CHOICES:
            break
    return choices


async def posting_autocomplete(
    interaction: discord.Interaction[JobBot], current: str
) -> list[app_commands.Choice[str]]:
    """Suggest postings matching what the user has typed so far."""
    bot = interaction.client
    text = current[:200]
    suggestions = await bot.worker.run(lambda: bot.engine.suggest(text, MAX_CHOICES))
    return to_choices(suggestions)
