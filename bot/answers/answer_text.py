"""Discord's field limits and the text helpers every composed answer shares: trimming, fields, footer."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.answers.answer import AnswerField, Citation, Intent
from bot.answers.handlers.base import Focus
from bot.postings.model import Posting

FIELD_VALUE_MAX = 1024
FIELD_NAME_MAX = 256
TITLE_MAX = 256
MAX_FIELDS = 25
FOOTER = "Every fact is quoted from its posting."
EXAMPLES = (
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


def as_fields(pairs: Iterable[tuple[str, str]]) -> list[AnswerField]:
    """Turn (name, value) pairs into fields, continuing long values in further fields."""
    fields: list[AnswerField] = []
    for name, value in pairs:
        for number, chunk in enumerate(_chunks(value)):
            label = name if number == 0 else f"{name} (cont.)"
            fields.append(AnswerField(name=short(label, FIELD_NAME_MAX), value=chunk))
    return fields


def dedupe(citations: Iterable[Citation]) -> list[Citation]:
    """Drop repeated citations, keeping their first order."""
    return list(dict.fromkeys(citations))


def dates_as_of(intents: Sequence[Intent], focus: Focus) -> str | None:
    """The date an answer's dates are judged on, when it shows dates."""
    return focus.today.isoformat() if Intent.DEADLINE in intents or Intent.OVERVIEW in intents else None


def footer_for(intents: Sequence[Intent], focus: Focus) -> str:
    """The footer: every fact quoted, and the date when the answer shows dates."""
    if Intent.DEADLINE in intents or Intent.OVERVIEW in intents:
        return f"{FOOTER} Dates as of {focus.today.isoformat()}."
    return FOOTER


def follow_up_suggestions(intents: Sequence[Intent]) -> list[str]:
    """Suggest up to three follow-ups on the topics just answered."""
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
