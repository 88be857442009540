"""The engine's reply, independent of where it is shown (Discord embeds, a terminal panel, JSON)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class Intent(StrEnum):
    PAY = "pay"
    BENEFITS = "benefits"
    REQUIREMENTS = "requirements"
    DEADLINE = "deadline"
    LOCATION = "location"
    SPONSORSHIP = "sponsorship"
    OVERVIEW = "overview"
    LIST = "list"
    COMPARE = "compare"
    HELP = "help"
    CLARIFY = "clarify"  # two or more postings fit equally well: ask which one
    UNKNOWN = "unknown"
    ERROR = "error"  # the question itself is unusable: empty, too long


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Citation(_Model):
    """A quoted source line backing a fact shown in the answer."""

    posting_id: str
    quote: str


class AnswerField(_Model):
    name: str
    value: str
    inline: bool = False


class Answer(_Model):
    intent: Intent
    intents: list[Intent] = Field(default_factory=list)  # every intent the question asked, in order
    postings: list[str] = Field(default_factory=list)  # ids of the postings it is about
    title: str
    summary: str = ""
    fields: list[AnswerField] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list)  # follow-up questions to try
    as_of: str | None = None  # ISO date "today" was taken to be, for date answers
    footer: str | None = None
