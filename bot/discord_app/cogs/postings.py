"""/job, /jobs, /compare: one posting's overview, the filtered list, and two postings side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.autocomplete import posting_autocomplete
from bot.discord_app.replies import answer_interaction

if TYPE_CHECKING:
    from bot.discord_app.client import JobBot

PICK_POSTING = "A posting: pick from the list or type part of its title."

DegreeChoice = Literal["BS", "MS", "PhD"]
RemoteChoice = Literal["remote", "not remote"]


class PostingsCog(commands.Cog):
    """Browse the postings: overview, list, comparison."""

    def __init__(self, bot: JobBot) -> None:
        self.bot = bot

    @app_commands.command(
        name="job", description="Overview of one posting, with buttons for its requirements and benefits."
    )
    @app_commands.describe(posting=PICK_POSTING)
    @app_commands.autocomplete(posting=posting_autocomplete)
    async def job(self, interaction: discord.Interaction[JobBot], posting: str) -> None:
        user_id = str(interaction.user.id)
        await answer_interaction(
            interaction, lambda: self.bot.engine.overview(posting, user_id), actions=True
        )

    @app_commands.command(
        name="jobs", description="List the postings, optionally filtered by words, degree or remote work."
    )
    @app_commands.describe(
        query="Words or a place to look for, such as: machine learning, roles in seattle, nyc",
        degree="Only postings open to this degree",
        remote="Only remote postings, or only on-site and hybrid ones",
    )
    async def jobs(
        self,
        interaction: discord.Interaction[JobBot],
        query: app_commands.Range[str, 1, 200] | None = None,
        degree: DegreeChoice | None = None,
        remote: RemoteChoice | None = None,
    ) -> None:
        remote_only = None if remote is None else remote == "remote"
        await answer_interaction(
            interaction, lambda: self.bot.engine.list_postings(query, degree, remote_only)
        )

    @app_commands.command(
        name="compare", description="Compare two postings side by side: pay, benefits, requirements."
    )
    @app_commands.describe(first=PICK_POSTING, second=PICK_POSTING)
    @app_commands.autocomplete(first=posting_autocomplete, second=posting_autocomplete)
    async def compare(self, interaction: discord.Interaction[JobBot], first: str, second: str) -> None:
        user_id = str(interaction.user.id)
        await answer_interaction(interaction, lambda: self.bot.engine.compare(first, second, user_id))
