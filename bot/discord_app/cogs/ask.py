"""/ask and /help: free questions and the guide, through the same engine as direct messages."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.errors import QuestionTooLong
from bot.discord_app.replies import answer_interaction

if TYPE_CHECKING:
    from bot.discord_app.client import JobBot

# Discord's own check on the option; the configured maximum (at most this) is checked when it arrives.
QUESTION_HARD_LIMIT = 4000


class AskCog(commands.Cog):
    """Answer questions in the user's own words."""

    def __init__(self, bot: JobBot) -> None:
        self.bot = bot

    @app_commands.command(name="ask", description="Ask anything about the job postings, in your own words.")
    @app_commands.describe(question="For example: what does the TikTok internship pay?")
    async def ask(
        self,
        interaction: discord.Interaction[JobBot],
        question: app_commands.Range[str, 1, QUESTION_HARD_LIMIT],
    ) -> None:
        limit = self.bot.settings.max_question_chars
        if len(question) > limit:
            raise QuestionTooLong(len(question), limit)
        user_id = str(interaction.user.id)
        await answer_interaction(interaction, lambda: self.bot.engine.answer(question, user_id))

    @app_commands.command(name="help", description="Show what I can answer and how to ask.")
    async def help(self, interaction: discord.Interaction[JobBot]) -> None:
        await answer_interaction(interaction, lambda: self.bot.engine.help())
