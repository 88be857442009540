"""The plan of an answer: what kind of answer a question wants, about which postings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.answers.answer import Intent
from bot.answers.handlers.listing import ListFilter


@dataclass(slots=True)
class Plan:
    """What to answer: the kind of answer, the intents, the postings, and what to remember."""

    kind: str  # topic | list | compare | search | superlative | clarify | help | unknown
    intents: tuple[Intent, ...] = ()
    targets: tuple[str, ...] = ()
    named: bool = False  # the postings were named (or remembered), not "all postings"
    filters: ListFilter = field(default_factory=ListFilter)
    group: int = 0  # a named group too large to list, as a mask over the catalog (``targets`` is empty)
    terms: tuple[str, ...] = ()  # words to look for in the posting's own lines (kind "search")
    highest: bool = True  # kind "superlative": the top of the stated pay, else the bottom


def topic_plan(intents: Sequence[Intent], targets: Sequence[str], *, named: bool) -> Plan:
    """Plan topics for ``targets``; an overview when no topic is asked."""
    return Plan("topic", tuple(intents) or (Intent.OVERVIEW,), tuple(targets), named=named)
