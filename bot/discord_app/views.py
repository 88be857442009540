"""Buttons under answers: a paginator only its asker can turn, and quick follow-ups for one posting."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import discord

from bot.answers.answer import Intent
from bot.discord_app.errors import NOT_YOURS, report_interaction_error, send_ephemeral

log = logging.getLogger(__name__)

# Interaction tokens last 15 minutes; a view must time out before it can no longer edit its message.
DEFAULT_VIEW_TIMEOUT = 600.0

Editor = Callable[..., Awaitable[Any]]
TopicHandler = Callable[[discord.Interaction[Any], Intent, str], Awaitable[None]]

POSTING_ACTIONS: tuple[tuple[str, Intent], ...] = (
    ("Full requirements", Intent.REQUIREMENTS),
    ("Benefits", Intent.BENEFITS),
)


class AnswerView(discord.ui.View):
    """A view that disables its buttons on timeout and reports its errors like a command does."""

    def __init__(self, *, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self._edit: Editor | None = None

    def bind(self, edit: Editor) -> None:
        """Remember how to edit the message carrying this view, to disable it on timeout."""
        self._edit = edit

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        if self._edit is None:
            return
        try:
            await self._edit(view=self)
        except discord.HTTPException:
            log.debug("could not disable the buttons of a timed-out view", exc_info=True)

    async def on_error(
        self, interaction: discord.Interaction[Any], error: Exception, item: discord.ui.Item[Any], /
    ) -> None:
        await report_interaction_error(interaction, error)


class TopicButton(discord.ui.Button["AnswerView"]):
    """Answer one topic (requirements, benefits) about one posting, privately to whoever clicks."""

    def __init__(self, label: str, intent: Intent, posting: str, on_topic: TopicHandler) -> None:
        super().__init__(label=label, style=discord.ButtonStyle.primary)
        self.intent = intent
        self.posting = posting
        self._on_topic = on_topic

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await self._on_topic(interaction, self.intent, self.posting)


def topic_buttons(posting: str, on_topic: TopicHandler) -> list[TopicButton]:
    """Build the follow-up buttons shown under a posting's overview."""
    return [TopicButton(label, intent, posting, on_topic) for label, intent in POSTING_ACTIONS]


class PostingActions(AnswerView):
    """Follow-up buttons under an overview; anyone may click, the answer is private to them."""

    def __init__(self, buttons: Sequence[TopicButton], *, timeout: float = DEFAULT_VIEW_TIMEOUT) -> None:
        super().__init__(timeout=timeout)
        for button in buttons:
            self.add_item(button)


class Paginator(AnswerView):
    """Previous / Next through pages of embeds; only the user who asked may turn them."""

    def __init__(
        self,
        pages: Sequence[list[discord.Embed]],
        *,
        owner_id: int,
        timeout: float = DEFAULT_VIEW_TIMEOUT,
        extra: Sequence[discord.ui.Item[Any]] = (),
    ) -> None:
        super().__init__(timeout=timeout)
        if not pages:
            raise ValueError("a paginator needs at least one page")
        self.pages = list(pages)
        self.owner_id = owner_id
        self.index = 0
        for item in extra:
            self.add_item(item)
        self._update_buttons()

    @property
    def current(self) -> list[discord.Embed]:
        return self.pages[self.index]

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await send_ephemeral(interaction, NOT_YOURS)
        return False

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary, row=0)
    async def previous(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[Paginator]
    ) -> None:
        await self._turn(interaction, -1)

    @discord.ui.button(label="1/1", style=discord.ButtonStyle.secondary, disabled=True, row=0)
    async def position(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[Paginator]
    ) -> None:
        await interaction.response.defer()  # a disabled label: Discord never sends a click for it

    @discord.ui.button(label="Next", style=discord.ButtonStyle.secondary, row=0)
    async def next(self, interaction: discord.Interaction[Any], button: discord.ui.Button[Paginator]) -> None:
        await self._turn(interaction, +1)

    async def _turn(self, interaction: discord.Interaction[Any], step: int) -> None:
        self.index = max(0, min(self.index + step, len(self.pages) - 1))
        self._update_buttons()
        await interaction.response.edit_message(
            embeds=self.current, view=self, allowed_mentions=discord.AllowedMentions.none()
        )

    def _update_buttons(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index >= len(self.pages) - 1
        self.position.label = f"{self.index + 1}/{len(self.pages)}"
