"""Free text: direct messages to the bot and server messages that mention it get the same answers as /ask."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

import discord
from discord.ext import commands

from bot.discord_app.errors import GENERIC_FAILURE, slow_down_text, too_long_text
from bot.discord_app.replies import NO_MENTIONS, build_view, rendered

if TYPE_CHECKING:
    from bot.discord_app.client import JobBot

log = logging.getLogger(__name__)

_ANSWERED_TYPES = (discord.MessageType.default, discord.MessageType.reply)


def strip_mention(content: str, user_id: int) -> str:
    """Remove every mention of the bot from the text and tidy the spaces left behind."""
    return " ".join(re.sub(rf"<@!?{user_id}>", " ", content).split())


class MessagesCog(commands.Cog):
    """Answer direct messages and mentions."""

    def __init__(self, bot: JobBot) -> None:
        self.bot = bot

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.type not in _ANSWERED_TYPES:
            return
        me = self.bot.user
        if me is None:
            return
        if message.guild is not None and not any(user.id == me.id for user in message.mentions):
            return
        await self._answer(message, strip_mention(message.content, me.id))

    async def _answer(self, message: discord.Message, question: str) -> None:
        retry_after = self.bot.cooldown.hit(str(message.author.id))
        if retry_after is not None:
            await self._reply(message, content=slow_down_text(retry_after))
            return
        limit = self.bot.settings.max_question_chars
        if len(question) > limit:
            await self._reply(message, content=too_long_text(limit))
            return
        engine = self.bot.engine
        user_id = str(message.author.id)
        async with message.channel.typing():
            try:
                reply = await self.bot.worker.run(
                    rendered(
                        lambda: engine.answer(question, user_id) if question else engine.help(),
                        fields_per_page=self.bot.fields_per_page,
                    )
                )
            except Exception:
                log.exception("answering message %s failed", message.id)
                await self._reply(message, content=GENERIC_FAILURE)
                return
            view = build_view(self.bot, reply.answer, reply.pages, message.author.id, actions=True)
            sent = await self._reply(
                message, embeds=reply.pages[0], **({} if view is None else {"view": view})
            )
        if view is not None and sent is not None:
            view.bind(sent.edit)

    async def _reply(self, message: discord.Message, **kwargs: Any) -> discord.Message | None:
        """Reply without pinging anyone: the author, or any name the echoed text may contain."""
        try:
            return await message.reply(mention_author=False, allowed_mentions=NO_MENTIONS, **kwargs)
        except discord.HTTPException:
            log.warning("could not reply to message %s", message.id, exc_info=True)
            return None
