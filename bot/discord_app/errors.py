"""Errors in two tiers: expected ones become friendly text, unexpected ones are logged and apologised for."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands

log = logging.getLogger(__name__)

GENERIC_FAILURE = "Sorry, something went wrong while answering. Please try again in a moment."
NOT_YOURS = "Only the person who asked can turn these pages. Ask your own question to get a copy."


class SlowDown(app_commands.CheckFailure):
    """The user asked more than the cooldown allows."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"cooldown: retry after {retry_after:.1f}s")
        self.retry_after = retry_after


class QuestionTooLong(app_commands.AppCommandError):
    """The question is longer than the configured maximum."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(f"question of {length} characters, limit {limit}")
        self.length = length
        self.limit = limit


class ReloadInProgress(Exception):
    """Another reload of the postings is still running; reloads never overlap."""


class ReloadTimedOut(Exception):
    """A reload ran past its time limit and was stopped; the bot keeps the postings it had."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"reload stopped after {seconds:g} s")
        self.seconds = seconds


def slow_down_text(retry_after: float) -> str:
    """Ask the user politely to wait, saying for how long."""
    seconds = max(1, round(retry_after + 0.5))
    unit = "second" if seconds == 1 else "seconds"
    return f"You're asking a bit fast — please slow down and try again in {seconds} {unit}."


def too_long_text(limit: int) -> str:
    """Tell the user the question is too long and how long it may be."""
    return f"That question is too long: please keep it under {limit} characters."


def expected_error_text(error: Exception) -> str | None:
    """Return friendly text for an error the user caused, or None if it is a bug to log."""
    if isinstance(error, SlowDown):
        return slow_down_text(error.retry_after)
    if isinstance(error, app_commands.CommandOnCooldown):
        return slow_down_text(error.retry_after)
    if isinstance(error, QuestionTooLong):
        return too_long_text(error.limit)
    if isinstance(error, app_commands.TransformerError):
        return "I couldn't understand one of the options. Please check it and try again."
    if isinstance(error, app_commands.CheckFailure):
        return "You can't use this command here."
    return None


async def send_ephemeral(interaction: discord.Interaction[Any], text: str) -> None:
    """Answer the interaction privately, as a follow-up if it already has a response."""
    mentions = discord.AllowedMentions.none()
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=mentions)
        else:
            await interaction.response.send_message(text, ephemeral=True, allowed_mentions=mentions)
    except discord.HTTPException:
        log.warning("could not send the error message for interaction %s", interaction.id, exc_info=True)


async def report_interaction_error(interaction: discord.Interaction[Any], error: Exception) -> None:
    """Answer an interaction that failed: friendly text when expected, a logged traceback otherwise."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    text = expected_error_text(error)
    if text is None:
        command = interaction.command.qualified_name if interaction.command else "component"
        log.error("interaction %s (%s) failed", interaction.id, command, exc_info=error)
        text = GENERIC_FAILURE
    if interaction.type is discord.InteractionType.autocomplete:
        return  # autocomplete can only be answered with choices
    await send_ephemeral(interaction, text)
