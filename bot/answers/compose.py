"""Compose the other answers: comparisons, found lines, clarifying questions, help, unknown, errors."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answers.answer import Answer, AnswerField, Citation, Intent
from bot.answers.answer_text import (
    EXAMPLES,
    FIELD_NAME_MAX,
    FIELD_VALUE_MAX,
    FOOTER,
    MAX_FIELDS,
    TITLE_MAX,
    as_fields,
    dedupe,
    follow_up_suggestions,
    footer_for,
    short,
    trim,
)
from bot.answers.handlers import DESCRIBE, LABEL
from bot.answers.handlers import overview as overview_handler
from bot.answers.handlers.base import Focus
from bot.answers.line_search import LineHit
from bot.answers.normalize import neutralize_mentions
from bot.postings.model import Posting


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
        fields=as_fields(pairs)[:MAX_FIELDS],
        citations=dedupe(citations),
        suggestions=["compare their benefits", "compare their requirements"],
        as_of=focus.today.isoformat(),
        footer=footer_for([Intent.DEADLINE], focus),
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
        fields=as_fields([("From the posting", "\n".join(f"• {quote}" for quote in quotes))]),
        citations=[Citation(posting_id=posting.id, quote=quote) for quote in quotes],
        suggestions=follow_up_suggestions(intents),
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
            AnswerField(name="Try", value="\n".join(f"• {example}" for example in EXAMPLES)),
            AnswerField(
                name=f"Postings I know ({len(postings)})",
                value=trim(names + more, FIELD_VALUE_MAX) or "none yet",
            ),
        ],
        suggestions=list(EXAMPLES[:3]),
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
        fields=[AnswerField(name="Try", value="\n".join(f"• {example}" for example in EXAMPLES))],
        suggestions=list(EXAMPLES[:3]),
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
