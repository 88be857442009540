"""Run an engine call for an interaction and send its answer: fast when the engine is, deferred when not."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import discord

from bot.answers.answer import Answer, Intent
from bot.discord_app.views import AnswerView, Paginator, PostingActions, topic_buttons
from bot.render.embeds import answer_pages

if TYPE_CHECKING:
    from bot.discord_app.client import JobBot

log = logging.getLogger(__name__)

NO_MENTIONS = discord.AllowedMentions.none()


@dataclass(frozen=True, slots=True)
class RenderedAnswer:
    """An answer with its embed pages, made together on the worker thread."""

    answer: Answer
    pages: list[list[discord.Embed]]


def rendered(call: Callable[[], Answer], *, fields_per_page: int) -> Callable[[], RenderedAnswer]:
    """Make one worker job of answering and rendering, so the loop only sends what comes back.

    Both steps are pure: rendering on the worker keeps a burst of answers finishing together from
    turning into one long loop step of embed building.
    """

    def answer_and_render() -> RenderedAnswer:
        answer = call()
        return RenderedAnswer(answer, answer_pages(answer, fields_per_page=fields_per_page))

    return answer_and_render


def build_view(
    bot: JobBot, answer: Answer, pages: list[list[discord.Embed]], owner_id: int, *, actions: bool
) -> AnswerView | None:
    """Choose the buttons for an answer: a paginator when it has pages, posting actions for an overview."""
    buttons = []
    if actions and answer.intent is Intent.OVERVIEW and len(answer.postings) == 1:
        buttons = topic_buttons(answer.postings[0], on_topic=answer_topic_button)
    if len(pages) > 1:
        return Paginator(pages, owner_id=owner_id, timeout=bot.view_timeout, extra=buttons)
    if buttons:
        return PostingActions(buttons, timeout=bot.view_timeout)
    return None


async def answer_interaction(
    interaction: discord.Interaction[JobBot],
    call: Callable[[], Answer],
    *,
    ephemeral: bool = False,
    actions: bool = False,
) -> None:
    """Answer a slash command or button with the engine's Answer, within Discord's 3-second window.

    The engine is in memory and usually answers in milliseconds, so the answer is sent directly as the
    first response (one round trip, no "thinking…" flash). If it has not answered after
    ``bot.defer_after`` seconds, the interaction is deferred and the answer edited in when ready.
    """
    bot = interaction.client
    bot.check_rate(interaction.user.id)
    pending = bot.worker.submit(rendered(call, fields_per_page=bot.fields_per_page))
    deferred = False
    try:
        reply = await asyncio.wait_for(asyncio.shield(pending), timeout=bot.defer_after)
    except TimeoutError:
        await interaction.response.defer(thinking=True, ephemeral=ephemeral)
        deferred = True
        reply = await pending
    answer, pages = reply.answer, reply.pages
    view = build_view(bot, answer, pages, interaction.user.id, actions=actions)
    extra: dict[str, Any] = {} if view is None else {"view": view}
    if deferred:
        await interaction.edit_original_response(embeds=pages[0], allowed_mentions=NO_MENTIONS, **extra)
    else:
        await interaction.response.send_message(
            embeds=pages[0], ephemeral=ephemeral, allowed_mentions=NO_MENTIONS, **extra
        )
    if view is not None:
        view.bind(interaction.edit_original_response)


async def answer_topic_button(interaction: discord.Interaction[Any], intent: Intent, posting: str) -> None:
    """Answer a posting-action button privately to whoever clicked it."""
    bot: JobBot = interaction.client
    user_id = str(interaction.user.id)
    await answer_interaction(
        interaction, lambda: bot.engine.answer_topic(intent, posting, user_id), ephemeral=True
    )
