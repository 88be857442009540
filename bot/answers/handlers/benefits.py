"""Benefits: the posting's benefit lines, with a direct yes/no for a benefit asked about by name."""

from __future__ import annotations

import functools
import re

from bot.answers.answer import Intent
from bot.answers.handlers.base import Focus, Section, bullets, cite
from bot.postings.model import Benefit, BenefitCategory, Posting

NOT_STATED = "This posting does not list benefits."
_CATEGORIES = {category.value for category in BenefitCategory}


def states(posting: Posting) -> bool:
    return bool(posting.benefits)


def matching(posting: Posting, term: str) -> list[Benefit]:
    """Return the benefits of ``posting`` in category ``term``, or whose text has a word starting with it."""
    needle = term.lower()
    if needle in _CATEGORIES:
        return [benefit for benefit in posting.benefits if benefit.category.value == needle]
    # "pet" finds "Pet-friendly Office" but not "competitive".
    found = [benefit for benefit in posting.benefits if needle in benefit.text.lower()]
    if not found:
        return found  # the plain substring test rules out most postings without a regex
    pattern = _word_start(needle)
    return [benefit for benefit in found if pattern.search(benefit.text.lower())]


@functools.lru_cache(maxsize=256)
def _word_start(needle: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![a-z0-9]){re.escape(needle)}")


def _line(benefit: Benefit) -> str:
    if benefit.quantity and benefit.quantity.lower() not in benefit.text.lower():
        return f"{benefit.text} ({benefit.quantity})"
    return benefit.text


def describe(posting: Posting, focus: Focus) -> Section:
    """Answer the benefits asked about first, then list every benefit the posting states."""
    parts: list[tuple[str, str]] = []
    sources: list[str] = []
    headlines: list[str] = []
    for term in focus.benefit_terms:
        found = matching(posting, term)
        if found:
            parts.append((term.capitalize(), bullets(_line(benefit) for benefit in found)))
            sources.extend(benefit.source for benefit in found)
            headlines.append("; ".join(benefit.text for benefit in found))
        else:
            parts.append((term.capitalize(), f"This posting does not mention {term}."))
            headlines.append(f"{term}: not stated")
    if not posting.benefits:
        parts.append(("Benefits", NOT_STATED))
        return Section(Intent.BENEFITS, False, "; ".join(headlines) or "not stated", tuple(parts))
    parts.append(("All benefits listed", bullets(_line(benefit) for benefit in posting.benefits)))
    sources.extend(benefit.source for benefit in posting.benefits)
    if not headlines:
        headlines = [", ".join(benefit.text for benefit in posting.benefits)]
    return Section(Intent.BENEFITS, True, "; ".join(headlines), tuple(parts), cite(posting, sources))
