"""Turn a reload's LoadReport into the private embed the admin sees: the summary and the files that failed."""

from __future__ import annotations

from pathlib import PurePath

import discord

from bot.render.embeds import trim
from bot.store import FileOutcome, LoadReport

# Ten failures of at most 100 + 300 characters keep the embed far below Discord's 6,000-character total.
MAX_FAILURES_SHOWN = 10
FILE_NAME_LIMIT = 100
REASON_LIMIT = 300
NO_REASON = "no reason given"

RELOADED_TITLE = "Postings reloaded"
RELOAD_IN_PROGRESS = "A reload is already in progress. Try again once it has finished."
RELOAD_FAILED = (
    "Reloading failed, so the bot keeps answering from the postings it had. The log has the details."
)


def reload_timed_out_text(seconds: float) -> str:
    """Tell the admin the reload was stopped at its time limit, and what that leaves in place."""
    return (
        f"Reloading took longer than {seconds:g} seconds, so it was stopped and the bot keeps answering "
        "from the postings it had. Files it had already stored stay whole and the next reload picks up "
        "the rest. The log has the details."
    )


_OK_COLOUR = discord.Colour.green()
_FAILURES_COLOUR = discord.Colour.orange()


def _file_name(outcome: FileOutcome) -> str:
    """Show the file's own name: the admin knows the folder, and full paths only add noise."""
    name = PurePath(outcome.path).name or outcome.path
    return trim(discord.utils.escape_markdown(name), FILE_NAME_LIMIT) or "?"


def _reason(outcome: FileOutcome) -> str:
    text = " ".join((outcome.error or "").split())
    return trim(discord.utils.escape_markdown(text), REASON_LIMIT) or NO_REASON


def reload_embed(report: LoadReport) -> discord.Embed:
    """Summarise a reload in one embed: the report's summary line and up to ten failed files with reasons."""
    failures = report.with_status("failed")
    embed = discord.Embed(
        title=RELOADED_TITLE,
        description=report.summary(),
        colour=_FAILURES_COLOUR if failures else _OK_COLOUR,
    )
    for outcome in failures[:MAX_FAILURES_SHOWN]:
        embed.add_field(name=_file_name(outcome), value=_reason(outcome), inline=False)
    hidden = len(failures) - MAX_FAILURES_SHOWN
    if hidden > 0:
        embed.set_footer(text=f"…and {hidden} more failed file{'' if hidden == 1 else 's'}: see the log.")
    return embed
