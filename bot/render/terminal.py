"""Render an Answer in a terminal as a rich panel: summary, fields, then the quoted source lines."""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

from bot.answers.answer import Answer, Intent

_STYLE = {Intent.ERROR: "red", Intent.UNKNOWN: "yellow", Intent.CLARIFY: "yellow", Intent.HELP: "cyan"}
MAX_QUOTES = 12


def answer_panel(answer: Answer) -> Panel:
    """Build the panel for ``answer`` (separate from printing so tests can render it to a string)."""
    parts: list[RenderableType] = []
    if answer.summary:
        parts.append(Text(answer.summary))
    for field in answer.fields:
        parts.append(Text.assemble("\n", (field.name, "bold"), "\n", field.value))
    if answer.citations:
        quotes = Text("\nQuoted from the postings:", style="dim")
        for citation in answer.citations[:MAX_QUOTES]:
            quotes.append(f"\n  “{citation.quote}”", style="dim italic")
        if len(answer.citations) > MAX_QUOTES:
            quotes.append(f"\n  …and {len(answer.citations) - MAX_QUOTES} more", style="dim")
        parts.append(quotes)
    if answer.suggestions:
        parts.append(Text("\nTry: " + " · ".join(answer.suggestions), style="cyan"))
    return Panel(
        Group(*parts),
        title=escape(answer.title),
        subtitle=escape(answer.footer) if answer.footer else None,
        border_style=_STYLE.get(answer.intent, "green"),
    )


def print_answer(console: Console, answer: Answer) -> None:
    """Print ``answer`` as a rich panel."""
    console.print(answer_panel(answer))
