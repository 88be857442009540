"""The passages of a posting that full-text search indexes: its title, its sections, and the facts they lack.

A fact quoted from a section is already found through that section; indexing it again only doubled the
index and the time to write it. Facts that no section holds word for word (the skills list, a benefit
with its quantity, facts of a posting without sections) are indexed on their own.
"""

from __future__ import annotations

from typing import NamedTuple

from bot.postings.model import Posting


class Passage(NamedTuple):
    kind: str  # title, section, summary, responsibility, requirement, benefit, pay, ...
    heading: str  # the section heading, or the kind of fact
    text: str


def passages(posting: Posting) -> list[Passage]:
    """List what search should find a posting by, each passage under a heading a hit can show."""
    sections = [Passage("section", heading or "text", text) for heading, text in posting.sections.items()]
    named = [Passage(kind, kind, text) for kind, text in _named(posting) if text]
    listed = [Passage("responsibility", "responsibility", fact.text) for fact in posting.responsibilities]
    requirements = posting.requirements
    listed += [Passage("requirement", "minimum requirement", req.text) for req in requirements.minimum]
    listed += [Passage("requirement", "preferred requirement", req.text) for req in requirements.preferred]
    listed += [
        Passage("benefit", benefit.category.value, _with_quantity(benefit.text, benefit.quantity))
        for benefit in posting.benefits
    ]
    listed += [Passage("pay", "pay", pay.source or pay.text) for pay in posting.pay]
    listed += [Passage("location", "location", location.name) for location in posting.locations]
    listed += [Passage("sponsorship", "sponsorship", fact.text) for fact in posting.sponsorship.statements]
    texts = [section.text for section in sections]
    found = [
        Passage("title", "title", posting.title),
        *_not_quoted(named, texts),
        *sections,
        *_not_quoted(listed, texts),
        *(Passage("alias", "alias", alias) for alias in posting.aliases),
    ]
    return [passage for passage in found if passage.text.strip()]


def _not_quoted(facts: list[Passage], section_texts: list[str]) -> list[Passage]:
    """Keep the facts that no section holds word for word.

    A one-line fact lies within one section exactly when it lies within the sections joined by line
    breaks, so most facts cost one search instead of one per section.
    """
    if not section_texts:
        return facts
    joined = "\n".join(section_texts)
    return [fact for fact in facts if not _quoted(fact.text, joined, section_texts)]


def _quoted(text: str, joined: str, section_texts: list[str]) -> bool:
    if "\n" in text:
        return any(text in section for section in section_texts)
    return text in joined


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
