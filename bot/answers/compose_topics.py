"""Compose topic answers: pay, benefits, requirements... for a few postings in full or a group by counts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.answers.answer import Answer, Citation, Intent
from bot.answers.answer_text import (
    EXAMPLES,
    MAX_FIELDS,
    TITLE_MAX,
    as_fields,
    dates_as_of,
    dedupe,
    follow_up_suggestions,
    footer_for,
    short,
    short_name,
)
from bot.answers.groups import Group
from bot.answers.handlers import DESCRIBE, LABEL, NOUN, STATES
from bot.answers.handlers.base import Focus, Section
from bot.postings.model import Posting

# Over this many postings an all-postings answer lists only those that state the topic.
MANY_POSTINGS = 10
# The postings stating each topic, as masks over the catalog.
StatedMasks = Mapping[Intent, int]


def _nearby(intent: Intent, all_postings: int, count: int, examples: Sequence[Posting]) -> str:
    """Say which other postings state what this one does not (names only, never their figures)."""
    if not count or all_postings <= 1:
        return ""
    names = ", ".join(short_name(p) for p in examples[:3])
    more = f" and {count - 3} more" if count > 3 else ""
    verb = "lists" if count == 1 else "list"
    return f"{count} of {all_postings} postings {verb} {NOUN[intent]}: {names}{more}."


def topics(
    postings: Sequence[Posting],
    intents: Sequence[Intent],
    focus: Focus,
    *,
    named: bool,
    total: int,
    stating_elsewhere: dict[Intent, tuple[int, list[Posting]]] | None = None,
) -> Answer:
    """Answer each intent for each of a few postings: one in detail, up to MANY_POSTINGS side by side."""
    intents = list(intents)
    if len(postings) == 1:
        return _single(postings[0], intents, focus, stating_elsewhere or {}, total)
    sections: dict[tuple[str, Intent], Section] = {}
    pairs: list[tuple[str, str]] = []
    summary_lines: list[str] = []
    for intent in intents:
        stating = [posting for posting in postings if STATES[intent](posting)]
        if intent is not Intent.OVERVIEW:
            summary_lines.append(_stating_line(intent, stating, len(stating), len(postings), sections, focus))
        for posting in postings:
            section = _section(sections, posting, intent, focus)
            pairs.append((_part_name(intent, intents, posting), _part_value(intent, section)))
    return _across(
        intents,
        focus,
        postings=[posting.id for posting in postings],
        named=named,
        size=len(postings),
        summary_lines=summary_lines,
        pairs=pairs,
        citations=[c for section in sections.values() for c in section.citations],
    )


def group_topics(
    group: Group, intents: Sequence[Intent], focus: Focus, *, named: bool, stated: StatedMasks
) -> Answer:
    """Answer each intent for a large group: counts for all, details for the first few that state it.

    Only the postings shown are described, so the work does not grow with the group.
    """
    intents = list(intents)
    sections: dict[tuple[str, Intent], Section] = {}
    pairs: list[tuple[str, str]] = []
    summary_lines: list[str] = []
    shown: list[str] = []
    for intent in intents:
        stating_mask = group.mask & stated[intent]
        stating_count = stating_mask.bit_count()
        listed = group.universe.first(stating_mask, MANY_POSTINGS)
        if intent is not Intent.OVERVIEW:
            summary_lines.append(_stating_line(intent, listed, stating_count, group.size, sections, focus))
        for posting in listed:
            section = _section(sections, posting, intent, focus)
            pairs.append((_part_name(intent, intents, posting), _part_value(intent, section)))
            shown.append(posting.id)
        hidden = stating_count - len(listed)
        extra = f" {hidden} more state it but are not shown." if hidden > 0 else ""
        summary_lines.append(f"{group.size - stating_count} postings do not state {NOUN[intent]}.{extra}")
    return _across(
        intents,
        focus,
        postings=list(dict.fromkeys(shown)),
        named=named,
        size=group.size,
        summary_lines=summary_lines,
        pairs=pairs,
        citations=[c for section in sections.values() for c in section.citations],
    )


def _section(
    sections: dict[tuple[str, Intent], Section], posting: Posting, intent: Intent, focus: Focus
) -> Section:
    """Describe one topic of one posting once per answer."""
    key = (posting.id, intent)
    if key not in sections:
        sections[key] = DESCRIBE[intent](posting, focus)
    return sections[key]


def _stating_line(
    intent: Intent,
    stating: Sequence[Posting],
    stating_count: int,
    size: int,
    sections: dict[tuple[str, Intent], Section],
    focus: Focus,
) -> str:
    """ "3 of 40 postings list pay: A — $45 hourly; B — ...; and 1 more." (names the first three)."""
    verb = "lists" if stating_count == 1 else "list"
    # Pay amounts are short enough to repeat in the summary; other topics name the postings.
    which = "; ".join(
        f"{short_name(p)} — {short(_section(sections, p, intent, focus).headline, 120)}"
        if intent is Intent.PAY
        else short_name(p)
        for p in stating[:3]
    )
    more = f"; and {stating_count - 3} more" if stating_count > 3 else ""
    detail = f": {which}{more}" if which else ""
    return f"{stating_count} of {size} postings {verb} {NOUN[intent]}{detail}."


def _part_name(intent: Intent, intents: Sequence[Intent], posting: Posting) -> str:
    return f"{LABEL[intent]} — {posting.title}" if len(intents) > 1 else posting.title


def _part_value(intent: Intent, section: Section) -> str:
    return section.text if section.stated or intent is Intent.OVERVIEW else _not_stated(section)


def _across(
    intents: list[Intent],
    focus: Focus,
    *,
    postings: list[str],
    named: bool,
    size: int,
    summary_lines: list[str],
    pairs: list[tuple[str, str]],
    citations: list[Citation],
) -> Answer:
    """Assemble an answer about several postings from its summary lines and (name, value) parts."""
    topic = " and ".join(LABEL[intent].lower() for intent in intents)
    scope = f"{size} postings" if named else f"all {size} postings"
    fields = as_fields(pairs)
    footer = footer_for(intents, focus)
    if len(fields) > MAX_FIELDS:
        footer = f"{footer} Showing the first {MAX_FIELDS} of {len(fields)} parts; name one posting for more."
        fields = fields[:MAX_FIELDS]
    shown = set(postings)
    return Answer(
        intent=intents[0],
        intents=intents,
        postings=postings,
        title=short(f"{topic.capitalize()} across {scope}", TITLE_MAX),
        summary="\n".join(summary_lines),
        fields=fields,
        citations=dedupe(c for c in citations if c.posting_id in shown),
        suggestions=["ask about one posting, e.g. “" + EXAMPLES[0] + "”"],
        as_of=dates_as_of(intents, focus),
        footer=footer,
    )


def _not_stated(section: Section) -> str:
    return section.text or "Not stated."


def _single(
    posting: Posting,
    intents: Sequence[Intent],
    focus: Focus,
    stating_elsewhere: dict[Intent, tuple[int, list[Posting]]],
    total: int,
) -> Answer:
    """Answer every intent for one posting, a section of fields per intent."""
    sections = [DESCRIBE[intent](posting, focus) for intent in intents]
    pairs: list[tuple[str, str]] = []
    summaries: list[str] = []
    for section in sections:
        multi = len(sections) > 1
        for name, value in section.parts:
            label = LABEL[section.intent]
            pairs.append((name if not multi or name.startswith(label) else f"{label}: {name}", value))
        if section.intent is Intent.OVERVIEW:
            continue
        if section.stated:
            headline = short(section.headline, 200).rstrip(".")
            label = LABEL[section.intent]
            # "Location: New York, NY" already names its topic: no "Location: Location: ...".
            labelled = headline if headline.startswith(f"{label}:") else f"{label}: {headline}"
            summaries.append(f"{labelled}.")
        else:
            summaries.append(section.text.split("\n")[0])
            count, examples = stating_elsewhere.get(section.intent, (0, []))
            hint = _nearby(section.intent, total, count, examples)
            if hint:
                summaries.append(hint)
    title_topic = " & ".join(LABEL[intent] for intent in intents)
    return Answer(
        intent=intents[0],
        intents=list(intents),
        postings=[posting.id],
        title=short(f"{title_topic} — {posting.title}", TITLE_MAX),
        summary="\n".join(summaries)
        if summaries
        else short(posting.summary.text, 300)
        if posting.summary
        else "",
        fields=as_fields(pairs)[:MAX_FIELDS],
        citations=dedupe(c for section in sections for c in section.citations),
        suggestions=follow_up_suggestions(intents),
        as_of=dates_as_of(intents, focus),
        footer=footer_for(intents, focus),
    )
