"""What the Discord layer needs from the answer engine and the store, so either can be swapped in tests."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol

from bot.answers.answer import Answer, Intent
from bot.store import LoadReport


class AnswerEngine(Protocol):
    """The engine's public API (docs/ARCHITECTURE.md); every method is synchronous and in memory."""

    def answer(self, question: str, user_id: str = "local") -> Answer: ...

    def answer_topic(self, intent: Intent, posting: str | None, user_id: str) -> Answer: ...

    def overview(self, posting: str, user_id: str) -> Answer: ...

    def compare(self, first: str, second: str, user_id: str) -> Answer: ...

    def list_postings(
        self, query: str | None = None, degree: str | None = None, remote: bool | None = None
    ) -> Answer: ...

    def help(self) -> Answer: ...

    def suggest(self, text: str, limit: int = 25) -> list[tuple[str, str]]: ...


class PostingCounter(Protocol):
    """The one store query the bot makes itself: how many postings it serves, for the ready line."""

    async def count(self) -> int: ...


# Sync the store with the knowledge folder and build a fresh engine from it; the bot swaps it in.
EngineReloader = Callable[[], Awaitable[tuple[AnswerEngine, LoadReport]]]
