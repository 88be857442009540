"""Render an Answer as plain text: title, summary, every field, footer (the `--json` "text")."""

from __future__ import annotations

from bot.answers.answer import Answer


def answer_to_text(answer: Answer) -> str:
    """Return the whole answer as plain text, one block per field."""
    blocks: list[str] = [answer.title]
    if answer.summary:
        blocks.append(answer.summary)
    for field in answer.fields:
        blocks.append(f"{field.name}\n{field.value}")
    if answer.footer:
        blocks.append(answer.footer)
    return "\n\n".join(block.strip() for block in blocks if block.strip())
