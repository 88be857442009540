"""Say whether a posting lists an asked qualification as required or preferred, quoting its line."""

from __future__ import annotations

import re

from bot.answers.handlers.base import Focus
from bot.postings.model import Posting, Requirement

# Words asking whether something is required or only preferred.
ASKING = frozenset(
    {
        "required",
        "require",
        "requires",
        "requirement",
        "mandatory",
        "must",
        "necessary",
        "need",
        "needed",
        "needs",
        "preferred",
        "prefer",
        "prefers",
        "optional",
        "nice",
        "bonus",
        "plus",
    }
)
# Question words for qualifications, each with the word starts that find them in a posting's lines.
_QUALIFICATIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "pub": ("publications", ("publication", "paper")),
    "publication": ("publications", ("publication", "paper")),
    "paper": ("publications", ("publication", "paper")),
    "author": ("first-author publications", ("first-author", "first author")),
    "conference": ("conference publications", ("conference", "venue")),
    "venue": ("conference publications", ("conference", "venue")),
    "gpa": ("a GPA", ("gpa",)),
    "research": ("research experience", ("research experience",)),
    "internship": ("internship experience", ("internship experience", "internship")),
    "distributed": ("distributed computing", ("distributed",)),
    "leadership": ("leadership", ("leadership", "lead ")),
}


def _finds(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(rf"(?<![a-z0-9]){re.escape(word)}" for word in words), re.IGNORECASE)


def asked(focus: Focus) -> tuple[str, re.Pattern[str]] | None:
    """The qualification a required-or-preferred question asks about, with a pattern finding it."""
    if not focus.words & ASKING:
        return None
    for word in sorted(focus.words):
        if word in _QUALIFICATIONS:
            name, starts = _QUALIFICATIONS[word]
            return name, _finds(starts)
    return None


def verdict(posting: Posting, name: str, pattern: re.Pattern[str]) -> tuple[str, list[str]]:
    """ "Required" / "Preferred, not required" / "Not mentioned", with the quoted lines saying so."""
    required = _lines(posting.requirements.minimum, pattern)
    preferred = _lines(posting.requirements.preferred, pattern)
    if required and preferred:
        return (
            f"Both: {name} appear as required (“{required[0]}”) and as preferred (“{preferred[0]}”)",
            [required[0], preferred[0]],
        )
    if required:
        return f"Required: the posting lists {name} among its qualifications: “{required[0]}”", required[:1]
    if preferred:
        return f"Preferred, not required: “{preferred[0]}”", preferred[:1]
    return f"This posting does not mention {name} in its qualifications.", []


def _lines(items: list[Requirement], pattern: re.Pattern[str]) -> list[str]:
    return [item.source.strip() for item in items if pattern.search(item.text)]
