"""/pay, /benefits, /requirements, /deadline: one topic about one posting, or about all of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.answers.answer import Intent
from bot.discord_app.autocomplete import posting_autocomplete
from bot.discord_app.replies import answer_interaction

if TYPE_CHECKING:
    from bot.discord_app.client import JobBot

POSTING_OPTION = "A posting: pick from the list or type part of its title. Leave empty for all."


class TopicsCog(commands.Cog):
    """Answer a single topic for a posting picked by name."""

    def __init__(self, bot: JobBot) -> None:
        self.bot = bot

    async def _topic(
        self, interaction: discord.Interaction[JobBot], intent: Intent, posting: str | None
    ) -> None:
        user_id = str(interaction.user.id)
        await answer_interaction(interaction, lambda: self.bot.engine.answer_topic(intent, posting, user_id))

    @app_commands.command(
        name="pay", description="What a posting pays, quoted from it (all postings if none given)."
    )
    @app_commands.describe(posting=POSTING_OPTION)
    @app_commands.autocomplete(posting=posting_autocomplete)
    async def pay(self, interaction: discord.Interaction[JobBot], posting: str | None = None) -> None:
        await self._topic(interaction, Intent.PAY, posting)

    @app_commands.command(
        name="benefits", description="The benefits a posting lists (all postings if none given)."
    )
    @app_commands.describe(posting=POSTING_OPTION)
    @app_commands.autocomplete(posting=posting_autocomplete)
    async def benefits(self, interaction: discord.Interaction[JobBot], posting: str | None = None) -> None:
        await self._topic(interaction, Intent.BENEFITS, posting)

    @app_commands.command(
        name="requirements",
        description="Degree, skills and experience a posting asks for (all if none given).",
    )
    @app_commands.describe(posting=POSTING_OPTION)
    @app_commands.autocomplete(posting=posting_autocomplete)
    async def requirements(
        self, interaction: discord.Interaction[JobBot], posting: str | None = None
    ) -> None:
        await self._topic(interaction, Intent.REQUIREMENTS, posting)

    @app_commands.command(
        name="deadline", description="When applications close, or how long ago it was posted."
    )
    @app_commands.describe(posting=POSTING_OPTION)
    @app_commands.autocomplete(posting=posting_autocomplete)
    async def deadline(self, interaction: discord.Interaction[JobBot], posting: str | None = None) -> None:
        await self._topic(interaction, Intent.DEADLINE, posting)
