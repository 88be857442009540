"""/reload: let server admins bring the bot's postings up to date with the knowledge folder, no restart."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord_app.errors import ReloadInProgress, ReloadTimedOut
from bot.discord_app.reload_report import (
    RELOAD_FAILED,
    RELOAD_IN_PROGRESS,
    reload_embed,
    reload_timed_out_text,
)

if TYPE_CHECKING:
    from bot.discord_app.client import JobBot

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()


class AdminCog(commands.Cog):
    """Commands for the people who run the server, hidden from everyone else by default."""

    def __init__(self, bot: JobBot) -> None:
        self.bot = bot

    @app_commands.command(
        name="reload", description="Reload the postings from the knowledge folder (server admins)."
    )
    # Manage Server by default; server admins can grant it to other roles in the integration settings.
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    async def reload(self, interaction: discord.Interaction[JobBot]) -> None:
        # Defer first: loading may take longer than Discord's 3 seconds, and ephemeral is chosen now.
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            report = await self.bot.reload_engine()
        except ReloadInProgress:
            await interaction.edit_original_response(content=RELOAD_IN_PROGRESS, allowed_mentions=NO_MENTIONS)
            return
        except ReloadTimedOut as stopped:
            text = reload_timed_out_text(stopped.seconds)
            await interaction.edit_original_response(content=text, allowed_mentions=NO_MENTIONS)
            return
        except Exception:
            log.exception("reload asked by %s failed; keeping the current postings", interaction.user.id)
            await interaction.edit_original_response(content=RELOAD_FAILED, allowed_mentions=NO_MENTIONS)
            return
        for outcome in report.with_status("failed"):
            log.warning("reload skipped %s: %s", outcome.path, outcome.error)
        await interaction.edit_original_response(embed=reload_embed(report), allowed_mentions=NO_MENTIONS)
