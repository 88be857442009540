"""The passages of a posting that full-text search indexes: its sections and every extracted fact."""

from __future__ import annotations

from typing import NamedTuple

from bot.postings.model import Posting


class Passage(NamedTuple):
    kind: str  # title, section, summary, responsibility, requirement, benefit, pay, ...
    heading: str  # the section heading, or the kind of fact
    text: str


def passages(posting: Posting) -> list[Passage]:
    """List what search should find a posting by, each passage under a heading a hit can show."""
    found = [Passage("title", "title", posting.title)]
    found += [Passage(kind, kind, text) for kind, text in _named(posting) if text]
    found += [Passage("section", heading or "text", text) for heading, text in posting.sections.items()]
    found += [Passage("responsibility", "responsibility", fact.text) for fact in posting.responsibilities]
    found += [Passage("requirement", "minimum requirement", req.text) for req in posting.requirements.minimum]
    found += [
        Passage("requirement", "preferred requirement", req.text) for req in posting.requirements.preferred
    ]
    found += [
        Passage("benefit", benefit.category.value, _with_quantity(benefit.text, benefit.quantity))
        for benefit in posting.benefits
    ]
    found += [Passage("pay", "pay", pay.source or pay.text) for pay in posting.pay]
    found += [Passage("location", "location", location.name) for location in posting.locations]
    found += [Passage("sponsorship", "sponsorship", fact.text) for fact in posting.sponsorship.statements]
    found += [Passage("alias", "alias", alias) for alias in posting.aliases]
    return [passage for passage in found if passage.text.strip()]


def _named(posting: Posting) -> list[tuple[str, str | None]]:
    """Return the single-valued facts, by the kind a hit shows as its heading."""
    dates = posting.dates
    return [
        ("company", posting.company),
        ("team", posting.team),
        ("summary", posting.summary.text if posting.summary else None),
        ("remote", posting.remote.source),
        ("skills", ", ".join(posting.skills)),
        ("listed", dates.listed.text if dates.listed else None),
        ("deadline", dates.expires.text if dates.expires else None),
        ("start", dates.start.text if dates.start else None),
        ("duration", dates.duration.text if dates.duration else None),
        ("rolling", dates.rolling.text if dates.rolling else None),
    ]


def _with_quantity(text: str, quantity: str | None) -> str:
    return f"{text} ({quantity})" if quantity and quantity not in text else text
