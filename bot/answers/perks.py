"""Keep a perk's own words from asking another topic: "office" in "is the office pet friendly"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answers.answer import Intent
from bot.answers.handlers import benefits
from bot.answers.handlers.listing import Catalog
from bot.answers.normalize import Word
from bot.answers.router import Route

# Benefit lines looked at per asked benefit: enough to see how postings word the perk.
_SAMPLE = 3


def perk_positions(words: Sequence[Word], route: Route, terms: Sequence[str], catalog: Catalog) -> list[int]:
    """Positions of topic words that belong to a matching benefit line ("office" in "Pet-friendly Office")."""
    if not terms:
        return []
    lines: list[str] = []
    for term in terms:
        for posting in catalog.universe.first(catalog.with_benefit(term), _SAMPLE):
            lines.extend(benefit.text.lower() for benefit in benefits.matching(posting, term))
    if not lines:
        return []
    return [
        position
        for position, intent in route.topic_positions.items()
        if intent is not Intent.BENEFITS
        and any(re.search(rf"(?<![a-z0-9]){re.escape(words[position].raw)}", line) for line in lines)
    ]
