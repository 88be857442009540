"""Validation of the raw question before any parsing: empty or over-long questions are refused."""

from __future__ import annotations

from bot.answers import compose
from bot.answers.answer import Answer


def rejection(question: str, max_chars: int) -> Answer | None:
    """Return the error answer for an empty or over-long question, or None when it may be parsed."""
    if not question or not question.strip():
        return compose.error("Ask me something about the job postings, for example “what’s the pay?”.")
    if len(question) > max_chars:
        return compose.error(
            f"That question is too long (over {max_chars} characters). Please ask something shorter."
        )
    return None
