"""Turn an Answer into Discord embeds that always fit Discord's limits, paged when long.

Pure functions of the Answer: no network, no state. Every text is trimmed with an ellipsis or moved to
a later page instead of breaking a limit, because a single character over a limit is a 400 error.
"""

from __future__ import annotations

from dataclasses import dataclass

import discord

from bot.answers.answer import Answer, Intent

# Discord's limits (see /work/shared/DISCORD.md).
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_COUNT_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000  # per embed, and across all embeds of one message
EMBEDS_PER_MESSAGE = 10
CONTENT_LIMIT = 2000

# Our own budgets, below Discord's limits, so that the facts keep the room.
FOOTER_BUDGET = 300
QUOTE_BUDGET = 200  # a citation is a short quote, not a paragraph
DEFAULT_FIELDS_PER_PAGE = 10

ELLIPSIS = "…"
PLACEHOLDER = "—"  # Discord rejects empty field names and values

INTENT_COLOURS: dict[Intent, discord.Colour] = {
    Intent.PAY: discord.Colour(0x2ECC71),
    Intent.BENEFITS: discord.Colour(0x1ABC9C),
    Intent.REQUIREMENTS: discord.Colour(0x3498DB),
    Intent.DEADLINE: discord.Colour(0xE67E22),
    Intent.LOCATION: discord.Colour(0x9B59B6),
    Intent.SPONSORSHIP: discord.Colour(0xF1C40F),
    Intent.OVERVIEW: discord.Colour(0x5865F2),
    Intent.LIST: discord.Colour(0x206694),
    Intent.COMPARE: discord.Colour(0xE91E63),
    Intent.HELP: discord.Colour(0x99AAB5),
    Intent.CLARIFY: discord.Colour(0xFEE75C),
    Intent.UNKNOWN: discord.Colour(0x95A5A6),
    Intent.ERROR: discord.Colour(0xED4245),
}


@dataclass(frozen=True)
class _Field:
    name: str
    value: str
    inline: bool

    @property
    def size(self) -> int:
        return len(self.name) + len(self.value)


@dataclass(frozen=True)
class _Parts:
    """The pieces of an embed, each already within its own limit."""

    title: str
    summary: str  # not trimmed yet: its room depends on the page
    colour: discord.Colour
    footer: str
    fields: list[_Field]


def trim(text: str, limit: int) -> str:
    """Strip the text and cut it to ``limit`` characters, ending with an ellipsis when cut."""
    text = text.strip()
    if len(text) <= limit:
        return text
    if limit <= len(ELLIPSIS):
        return text[:limit]
    return text[: limit - len(ELLIPSIS)].rstrip() + ELLIPSIS


def _non_empty(text: str, limit: int) -> str:
    return trim(text, limit) or PLACEHOLDER


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _citation_fields(answer: Answer) -> list[_Field]:
    """Group the citations by posting into fields of short "> quote" lines."""
    by_posting: dict[str, list[str]] = {}
    for citation in answer.citations:
        quote = trim(_one_line(citation.quote), QUOTE_BUDGET)
        if quote and quote not in by_posting.setdefault(citation.posting_id, []):
            by_posting[citation.posting_id].append(quote)
    several = len(by_posting) > 1
    fields: list[_Field] = []
    for posting_id, quotes in by_posting.items():
        label = f"Quoted from {posting_id}" if several else "Quoted from the posting"
        name = _non_empty(label, FIELD_NAME_LIMIT)
        chunk: list[str] = []
        for quote in quotes:
            line = f"> {quote}"
            if chunk and len("\n".join([*chunk, line])) > FIELD_VALUE_LIMIT:
                fields.append(_Field(name, "\n".join(chunk), inline=False))
                chunk = []
            chunk.append(line)
        if chunk:
            fields.append(_Field(name, "\n".join(chunk), inline=False))
    return fields


def _suggestion_field(answer: Answer) -> list[_Field]:
    lines = [f"• {trim(_one_line(s), 200)}" for s in answer.suggestions if s.strip()]
    if not lines:
        return []
    return [_Field("Try asking", _non_empty("\n".join(lines), FIELD_VALUE_LIMIT), inline=False)]


def _footer(answer: Answer) -> str:
    """Name the source postings and the date the answer was computed for."""
    parts: list[str] = []
    if answer.postings:
        shown = ", ".join(answer.postings[:3])
        more = len(answer.postings) - 3
        parts.append(f"Source: {shown}" + (f" +{more} more" if more > 0 else ""))
    if answer.as_of and answer.as_of not in (answer.footer or ""):
        parts.append(f"as of {answer.as_of}")
    if answer.footer and answer.footer.strip():
        parts.append(_one_line(answer.footer))
    return trim(" · ".join(parts), FOOTER_BUDGET)


def _parts(answer: Answer) -> _Parts:
    fields = [
        _Field(_non_empty(f.name, FIELD_NAME_LIMIT), _non_empty(f.value, FIELD_VALUE_LIMIT), f.inline)
        for f in answer.fields
    ]
    fields += _citation_fields(answer) + _suggestion_field(answer)
    return _Parts(
        title=trim(answer.title, TITLE_LIMIT) or "jobbot",
        summary=answer.summary,
        colour=INTENT_COLOURS.get(answer.intent, INTENT_COLOURS[Intent.UNKNOWN]),
        footer=_footer(answer),
        fields=fields,
    )


def _embed(
    colour: discord.Colour,
    fields: list[_Field],
    *,
    title: str | None = None,
    description: str | None = None,
    footer: str | None = None,
) -> discord.Embed:
    embed = discord.Embed(colour=colour, title=title or None, description=description or None)
    for field in fields:
        embed.add_field(name=field.name, value=field.value, inline=field.inline)
    if footer:
        embed.set_footer(text=footer)
    return embed


def _group(fields: list[_Field], per_group: int, first_room: int, room: int) -> list[list[_Field]]:
    """Split fields greedily into groups of at most ``per_group`` that fit the character room."""
    groups: list[list[_Field]] = [[]]
    used, capacity = 0, first_room
    for field in fields:
        if len(groups[-1]) >= per_group or used + field.size > capacity:
            groups.append([])
            used, capacity = 0, room
        groups[-1].append(field)
        used += field.size
    return groups


def answer_pages(answer: Answer, fields_per_page: int = DEFAULT_FIELDS_PER_PAGE) -> list[list[discord.Embed]]:
    """Render the whole answer as pages, one message's embeds each, for a paginator."""
    parts = _parts(answer)
    per_page = max(1, min(fields_per_page, FIELD_COUNT_LIMIT))
    most_pages = len(parts.fields) + 1
    mark_room = len(f" · page {most_pages}/{most_pages}")
    fixed = len(parts.title) + len(parts.footer) + mark_room
    description = trim(parts.summary, min(DESCRIPTION_LIMIT, EMBED_TOTAL_LIMIT - fixed))
    room = EMBED_TOTAL_LIMIT - fixed
    groups = _group(parts.fields, per_page, first_room=room - len(description), room=room)
    pages: list[list[discord.Embed]] = []
    for number, group in enumerate(groups, start=1):
        mark = f"page {number}/{len(groups)}" if len(groups) > 1 else ""
        footer = " · ".join(part for part in (parts.footer, mark) if part)
        first = number == 1
        embed = _embed(
            parts.colour, group, title=parts.title, description=description if first else None, footer=footer
        )
        pages.append([embed])
    return pages


def answer_to_embeds(answer: Answer) -> list[discord.Embed]:
    """Render the answer as one message: as many embeds as fit, noting what had to be left out."""
    parts = _parts(answer)
    omitted_room = len(f" · {len(parts.fields)} more not shown")
    fixed = len(parts.title) + len(parts.footer) + omitted_room
    description = trim(parts.summary, min(DESCRIPTION_LIMIT, EMBED_TOTAL_LIMIT - fixed))
    room = EMBED_TOTAL_LIMIT - fixed - len(description)
    groups: list[list[_Field]] = [[]]
    shown = 0
    for field in parts.fields:
        if field.size > room:
            break
        if len(groups[-1]) >= FIELD_COUNT_LIMIT:
            if len(groups) >= EMBEDS_PER_MESSAGE:
                break
            groups.append([])
        groups[-1].append(field)
        room -= field.size
        shown += 1
    omitted = len(parts.fields) - shown
    note = f"{omitted} more not shown" if omitted else ""
    footer = " · ".join(part for part in (parts.footer, note) if part)
    embeds = [_embed(parts.colour, groups[0], title=parts.title, description=description)]
    embeds += [_embed(parts.colour, group) for group in groups[1:]]
    if footer:
        embeds[-1].set_footer(text=footer)
    return embeds
