"""Assemble Answers from handler Sections: one posting, several, many, lists, comparisons, help."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from bot.answers.answer import Answer, AnswerField, Citation, Intent
from bot.answers.groups import Group
from bot.answers.handlers import DESCRIBE, LABEL, NOUN, STATES
from bot.answers.handlers import overview as overview_handler
from bot.answers.handlers.base import Focus, Section
from bot.answers.handlers.listing import Catalog, Condition, ListFilter, describe_line
from bot.answers.handlers.pay_threshold import PayThreshold
from bot.answers.line_search import LineHit
from bot.answers.normalize import neutralize_mentions
from bot.postings.model import Posting

FIELD_VALUE_MAX = 1024
FIELD_NAME_MAX = 256
TITLE_MAX = 256
MAX_FIELDS = 25
# Over this many postings an all-postings answer lists only those that state the topic.
MANY_POSTINGS = 10
# The postings stating each topic, as masks over the catalog.
StatedMasks = Mapping[Intent, int]
FOOTER = "Every fact is quoted from its posting."
_EXAMPLES = (
    "what's the pay for the mle intern?",
    "benefits for the remote one",
    "reqs for the phd intern",
    "is the grad role still open?",
    "which ones are remote?",
    "compare the rs intern and the mle intern",
)


def short(text: str, limit: int) -> str:
    """Trim ``text`` to ``limit`` characters on one line, ending with an ellipsis when cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def trim(value: str, limit: int) -> str:
    """Trim a multi-line value to ``limit`` characters, keeping its line breaks."""
    value = value.strip()
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def short_name(posting: Posting) -> str:
    """A posting's title up to its first parenthesis group: "ML Scientist Intern (TikTok-Recommendation)"."""
    title = posting.title
    close = title.find(")")
    name = title[: close + 1] if 0 < close < 100 else title
    return short(name, 100)


def _chunks(value: str, limit: int = FIELD_VALUE_MAX) -> list[str]:
    """Split a long value at line breaks into pieces that each fit a Discord field."""
    pieces: list[str] = []
    current = ""
    for line in value.splitlines() or [""]:
        while len(line) > limit:
            pieces.append(line[: limit - 1] + "…")
            line = line[limit - 1 :]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > limit:
            pieces.append(current)
            current = line
        else:
            current = candidate
    pieces.append(current)
    return [piece for piece in pieces if piece.strip()] or ["—"]


def _fields(pairs: Iterable[tuple[str, str]]) -> list[AnswerField]:
    """Turn (name, value) pairs into fields, continuing long values in further fields."""
    fields: list[AnswerField] = []
    for name, value in pairs:
        for number, chunk in enumerate(_chunks(value)):
            label = name if number == 0 else f"{name} (cont.)"
            fields.append(AnswerField(name=short(label, FIELD_NAME_MAX), value=chunk))
    return fields


def _dedupe(citations: Iterable[Citation]) -> list[Citation]:
    return list(dict.fromkeys(citations))


def _as_of(intents: Sequence[Intent], focus: Focus) -> str | None:
    return focus.today.isoformat() if Intent.DEADLINE in intents or Intent.OVERVIEW in intents else None


def _footer(intents: Sequence[Intent], focus: Focus) -> str:
    if Intent.DEADLINE in intents or Intent.OVERVIEW in intents:
        return f"{FOOTER} Dates as of {focus.today.isoformat()}."
    return FOOTER


def _suggestions(intents: Sequence[Intent]) -> list[str]:
    follow = {
        Intent.PAY: "and the benefits?",
        Intent.BENEFITS: "what are the requirements?",
        Intent.REQUIREMENTS: "is it still open?",
        Intent.DEADLINE: "where is it?",
        Intent.LOCATION: "do they sponsor visas?",
        Intent.SPONSORSHIP: "what's the pay?",
        Intent.OVERVIEW: "what's the pay?",
    }
    return [follow[intent] for intent in intents if follow.get(intent)][:3]


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
    fields = _fields(pairs)
    footer = _footer(intents, focus)
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
        citations=_dedupe(c for c in citations if c.posting_id in shown),
        suggestions=["ask about one posting, e.g. “" + _EXAMPLES[0] + "”"],
        as_of=_as_of(intents, focus),
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
            summaries.append(f"{LABEL[section.intent]}: {short(section.headline, 200).rstrip('.')}.")
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
        fields=_fields(pairs)[:MAX_FIELDS],
        citations=_dedupe(c for section in sections for c in section.citations),
        suggestions=_suggestions(intents),
        as_of=_as_of(intents, focus),
        footer=_footer(intents, focus),
    )


def listing(catalog: Catalog, conditions: ListFilter, focus: Focus, chosen: int | None = None) -> Answer:
    """List the postings meeting ``conditions`` (``chosen``, when already selected), the first few shown."""
    total = len(catalog.universe)
    if chosen is None:
        chosen = catalog.select(conditions, focus)
    count = chosen.bit_count()
    shown = [describe_line(p, conditions, focus) for p in catalog.universe.first(chosen, MAX_FIELDS)]
    met = catalog.conditions(conditions, focus)
    if conditions.empty:
        summary = f"There are {total} postings."
    elif count:
        labels = ", ".join(conditions.labels) or "your filter"
        summary = f"{count} of {total} postings match ({labels})."
    else:
        summary = f"None of the {total} postings match ({', '.join(conditions.labels) or 'your filter'})."
        summary += " " + _why_none(met)
    if conditions.pay is not None:
        summary += " " + _pay_caveats(catalog, conditions.pay)
    if count and count < total:
        summary += _unmet(met, total, chosen)
    footer = FOOTER
    if count > MAX_FIELDS:
        footer = f"Showing {MAX_FIELDS} of {count}. {FOOTER}"
    return Answer(
        intent=Intent.LIST,
        intents=[Intent.LIST],
        postings=[item.posting.id for item in shown],
        title=short(
            "Postings" if conditions.empty else f"Postings: {', '.join(conditions.labels)}", TITLE_MAX
        ),
        summary=summary,
        fields=[
            AnswerField(
                name=short(item.posting.title, FIELD_NAME_MAX), value=short(item.line or "—", FIELD_VALUE_MAX)
            )
            for item in shown
        ],
        citations=_dedupe(c for item in shown for c in item.citations),
        suggestions=["tell me about the first one", "which ones are remote?"],
        as_of=focus.today.isoformat() if conditions.expired is not None or conditions.closing else None,
        footer=footer,
    )


def _postings_doing(condition: Condition) -> str:
    """ "2 postings mention housing", "1 posting lists pay"."""
    size = condition.mask.bit_count()
    return f"{size} {'posting' if size == 1 else 'postings'} {condition.one if size == 1 else condition.many}"


def _why_none(met: Sequence[Condition]) -> str:
    """Say why nothing matched without claiming a condition matches nothing when it matches some postings."""
    unmet = [condition for condition in met if not condition.mask]
    if unmet:
        return " ".join(f"No posting {condition.one}." for condition in unmet)
    if len(met) == 2:
        first, second = sorted(met, key=lambda condition: -condition.mask.bit_count())
        if first.mask.bit_count() == 1:
            return f"{_postings_doing(first)}, but it does not also {second.many}."
        return f"{_postings_doing(first)}; none of them also {second.many}."
    counts = [_postings_doing(condition) for condition in met]
    listed = ", ".join(counts[:-1]) + f" and {counts[-1]}" if len(counts) > 1 else counts[0]
    return f"{listed[0].upper()}{listed[1:]}, but no posting meets all of these."


def _unmet(met: Sequence[Condition], total: int, chosen: int) -> str:
    """Name what the unlisted postings lack, only for a benefit or closing-date condition they all fail."""
    lines: list[str] = []
    for condition in met:
        if condition.lacking is None:
            continue
        lacking = total - condition.mask.bit_count()
        if not lacking:
            continue
        if condition.mask == chosen:
            # Every posting left out fails this very condition: "the other 4 do not mention housing".
            subject = f"The other {lacking} {'posting' if lacking == 1 else 'postings'}"
        else:
            subject = f"{lacking} of the {total} postings"
        lines.append(f" {subject} {condition.lacking[0] if lacking == 1 else condition.lacking[1]}.")
    return "".join(lines)


def _pay_caveats(catalog: Catalog, bound: PayThreshold) -> str:
    """Say how many postings state no pay (never guessed) or pay in another unit than asked."""
    total = len(catalog.universe)
    stating = catalog.stating(Intent.PAY)
    silent = total - stating.bit_count()
    other_unit = (stating & ~catalog.comparable_pay(bound)).bit_count()
    lines = []
    if silent:
        lines.append(f"{silent} of {total} postings state no pay, so they are not counted either way.")
    if other_unit:
        states, are = ("states", "is") if other_unit == 1 else ("state", "are")
        lines.append(
            f"{other_unit} {states} pay per another unit than per {bound.unit.value} and {are} not compared."
        )
    if not bound.unit_written:
        lines.append(f"The amount was read as per {bound.unit.value}.")
    return " ".join(lines)


def comparison(postings: Sequence[Posting], aspects: Sequence[Intent], focus: Focus) -> Answer:
    """Compare postings side by side: the asked aspects, or their key facts."""
    pairs: list[tuple[str, str]] = []
    citations: list[Citation] = []
    if aspects:
        for intent in aspects:
            for posting in postings:
                section = DESCRIBE[intent](posting, focus)
                pairs.append((f"{LABEL[intent]} — {posting.title}", section.text))
                citations.extend(section.citations)
    else:
        for posting in postings:
            section = overview_handler.describe(posting, focus)
            pairs.append((posting.title, section.parts[0][1]))
            citations.extend(section.citations)
    aspect_text = " and ".join(LABEL[intent].lower() for intent in aspects) or "key facts"
    return Answer(
        intent=Intent.COMPARE,
        intents=[Intent.COMPARE, *aspects],
        postings=[posting.id for posting in postings],
        title=short(f"Comparing {aspect_text} of {len(postings)} postings", TITLE_MAX),
        summary=" vs ".join(short(posting.title, 80) for posting in postings),
        fields=_fields(pairs)[:MAX_FIELDS],
        citations=_dedupe(citations),
        suggestions=["compare their benefits", "compare their requirements"],
        as_of=focus.today.isoformat(),
        footer=_footer([Intent.DEADLINE], focus),
    )


def found_lines(posting: Posting, hits: Sequence[LineHit], terms: Sequence[str]) -> Answer:
    """Quote the posting's own lines about a detail no topic covers, or say it does not mention it."""
    asked = " ".join(terms)
    if not hits:
        return Answer(
            intent=Intent.UNKNOWN,
            intents=[Intent.UNKNOWN],
            postings=[posting.id],
            title=short(f"Not mentioned — {posting.title}", TITLE_MAX),
            summary=f"The posting does not mention “{asked}”.",
            suggestions=["tell me about it", "what are the benefits?"],
            footer=FOOTER,
        )
    intents = list(dict.fromkeys(hit.intent for hit in hits))
    quotes = [hit.line for hit in hits]
    return Answer(
        intent=intents[0],
        intents=intents,
        postings=[posting.id],
        title=short(f"“{asked}” — {posting.title}", TITLE_MAX),
        summary="The posting says: " + "; ".join(f"“{quote.lstrip('-•* ')}”" for quote in quotes),
        fields=_fields([("From the posting", "\n".join(f"• {quote}" for quote in quotes))]),
        citations=[Citation(posting_id=posting.id, quote=quote) for quote in quotes],
        suggestions=_suggestions(intents),
        footer=FOOTER,
    )


def clarify(candidates: Sequence[Posting], intents: Sequence[Intent]) -> Answer:
    """Ask which of a few equally likely postings was meant, listing what tells them apart."""
    fields = []
    for number, posting in enumerate(candidates, start=1):
        details = []
        if posting.degree_levels:
            details.append("/".join(d.level.value for d in posting.degree_levels))
        if posting.employment_type.value != "unknown":
            details.append(posting.employment_type.value)
        if posting.remote.mode.value != "unknown":
            details.append(posting.remote.mode.value)
        if posting.team:
            details.append(posting.team)
        fields.append(
            AnswerField(
                name=short(f"{number}. {posting.title}", FIELD_NAME_MAX),
                value=short(" · ".join(details) or "—", 1024),
            )
        )
    asked = " and ".join(LABEL[intent].lower() for intent in intents if intent in LABEL)
    return Answer(
        intent=Intent.CLARIFY,
        intents=[Intent.CLARIFY, *intents],
        postings=[posting.id for posting in candidates],
        title="Which posting do you mean?",
        summary=f"{len(candidates)} postings fit{' your question about ' + asked if asked else ''}. "
        "Reply with a number or a distinguishing word.",
        fields=fields[:MAX_FIELDS],
        suggestions=[f"the {word} one" for word in ("first", "second")],
        footer=FOOTER,
    )


def help_answer(postings: Sequence[Posting]) -> Answer:
    """Explain what the bot answers, with example questions and the postings it knows."""
    names = "\n".join(f"• {short(posting.title, 100)}" for posting in postings[:10])
    more = f"\n…and {len(postings) - 10} more" if len(postings) > 10 else ""
    return Answer(
        intent=Intent.HELP,
        intents=[Intent.HELP],
        title="What I can answer",
        summary=(
            "Ask me about the job postings: pay, benefits, requirements, deadlines and dates, location "
            "or remote work, visa sponsorship, an overview, a list or filter, or a comparison."
        ),
        fields=[
            AnswerField(name="Try", value="\n".join(f"• {example}" for example in _EXAMPLES)),
            AnswerField(
                name=f"Postings I know ({len(postings)})",
                value=trim(names + more, FIELD_VALUE_MAX) or "none yet",
            ),
        ],
        suggestions=list(_EXAMPLES[:3]),
        footer=FOOTER,
    )


def unknown(postings: Sequence[Posting]) -> Answer:
    """Say the question is outside what the bot knows, with examples of what it can answer."""
    return Answer(
        intent=Intent.UNKNOWN,
        intents=[Intent.UNKNOWN],
        title="I can only answer questions about the job postings",
        summary=(
            f"I know {len(postings)} postings and can tell you their pay, benefits, requirements, "
            "dates, location, visa sponsorship, or compare and list them."
        ),
        fields=[AnswerField(name="Try", value="\n".join(f"• {example}" for example in _EXAMPLES))],
        suggestions=list(_EXAMPLES[:3]),
        footer=FOOTER,
    )


def error(message: str) -> Answer:
    """Reply to an unusable question (empty, too long)."""
    return Answer(
        intent=Intent.ERROR, intents=[Intent.ERROR], title="I can’t use that question", summary=message
    )


def neutralized(answer: Answer) -> Answer:
    """Return ``answer`` with every mention in its text broken, so nothing it shows can ping."""
    return answer.model_copy(
        update={
            "title": neutralize_mentions(answer.title),
            "summary": neutralize_mentions(answer.summary),
            "fields": [
                AnswerField(
                    name=neutralize_mentions(f.name), value=neutralize_mentions(f.value), inline=f.inline
                )
                for f in answer.fields
            ],
            "citations": [
                Citation(posting_id=c.posting_id, quote=neutralize_mentions(c.quote))
                for c in answer.citations
            ],
            "suggestions": [neutralize_mentions(s) for s in answer.suggestions],
            "footer": neutralize_mentions(answer.footer) if answer.footer else answer.footer,
        }
    )


__all__ = [
    "STATES",
    "clarify",
    "comparison",
    "error",
    "group_topics",
    "help_answer",
    "listing",
    "topics",
    "unknown",
]
