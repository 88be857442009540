"""A small stand-in for the answer engine: real Answer objects, every call recorded."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from bot.answers.answer import Answer, AnswerField, Citation, Intent

POSTINGS = {
    "ml-scientist-intern-tiktok-1a2b": "Machine Learning Scientist Intern (TikTok Recommendation)",
    "data-engineer-intern-acme-3c4d": "Data Engineer Intern (Acme)",
}
FIRST, SECOND = POSTINGS
FAILURE_DETAIL = "engine exploded: internal detail"


@dataclass
class FakeEngine:
    """Answer from a fixed table; raise for questions containing "explode"; optionally wait on a gate."""

    calls: list[tuple[Any, ...]] = field(default_factory=list)
    gate: threading.Event | None = None  # when set up, answer() blocks until the test opens it
    list_size: int = 23

    def _answer(self, intent: Intent, posting: str | None, title: str) -> Answer:
        postings = [posting] if posting else list(POSTINGS)
        return Answer(
            intent=intent,
            postings=postings,
            title=title,
            summary=f"What the posting says about {intent.value}.",
            fields=[AnswerField(name=POSTINGS.get(p, p), value="$45 hourly", inline=True) for p in postings],
            citations=[Citation(posting_id=p, quote="Compensation: $45 hourly @everyone") for p in postings],
            as_of="2026-03-01",
        )

    def answer(self, question: str, user_id: str = "local") -> Answer:
        self.calls.append(("answer", question, user_id))
        if self.gate is not None and not self.gate.wait(timeout=10):
            raise TimeoutError("the test never opened the gate")
        if "explode" in question:
            raise RuntimeError(FAILURE_DETAIL)
        return self._answer(Intent.PAY, FIRST, f"Pay: {question}")

    def answer_topic(self, intent: Intent, posting: str | None, user_id: str) -> Answer:
        self.calls.append(("answer_topic", intent, posting, user_id))
        return self._answer(intent, posting, f"{intent.value.title()} for {posting or 'every posting'}")

    def overview(self, posting: str, user_id: str) -> Answer:
        self.calls.append(("overview", posting, user_id))
        resolved = posting if posting in POSTINGS else FIRST
        return self._answer(Intent.OVERVIEW, resolved, POSTINGS[resolved])

    def compare(self, first: str, second: str, user_id: str) -> Answer:
        self.calls.append(("compare", first, second, user_id))
        answer = self._answer(Intent.COMPARE, None, f"{first} vs {second}")
        return answer.model_copy(update={"postings": [first, second]})

    def list_postings(
        self, query: str | None = None, degree: str | None = None, remote: bool | None = None
    ) -> Answer:
        self.calls.append(("list_postings", query, degree, remote))
        fields = [AnswerField(name=f"Posting {n}", value=f"Intern number {n}") for n in range(self.list_size)]
        return Answer(
            intent=Intent.LIST, title="Postings", summary=f"{self.list_size} postings.", fields=fields
        )

    def help(self) -> Answer:
        self.calls.append(("help",))
        return Answer(intent=Intent.HELP, title="How to ask", summary="Ask about pay, benefits, deadlines.")

    def suggest(self, text: str, limit: int = 25) -> list[tuple[str, str]]:
        self.calls.append(("suggest", text, limit))
        many = [(f"posting-{n}", f"{text} posting number {n} " + "x" * 120) for n in range(40)]
        return [*POSTINGS.items(), *many][:limit]
