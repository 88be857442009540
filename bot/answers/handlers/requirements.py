"""Requirements: degree, minimum and preferred qualifications, each quoted from the posting."""

from __future__ import annotations

from bot.answers.answer import Intent
from bot.answers.handlers.base import Focus, Section, bullets, cite
from bot.postings.model import DegreeRequirement, Posting

NOT_STATED = "This posting does not list requirements."
_DEGREE_NAMES = {"BS": "Bachelor's (BS)", "MS": "Master's (MS)", "PhD": "PhD"}


def states(posting: Posting) -> bool:
    return bool(posting.degree_levels or posting.requirements.minimum or posting.requirements.preferred)


def degree_summary(degrees: list[DegreeRequirement]) -> str:
    """Describe the degree levels: "PhD (required)", "Bachelor's (BS) or Master's (MS)"."""
    names = []
    for degree in degrees:
        name = _DEGREE_NAMES.get(degree.level.value, degree.level.value)
        names.append(f"{name} (required)" if degree.required else name)
    return " or ".join(names)


def describe(posting: Posting, focus: Focus) -> Section:
    """List the degree, then the minimum and the preferred qualifications as written."""
    if not states(posting):
        return Section(Intent.REQUIREMENTS, False, "not stated", (("Requirements", NOT_STATED),))
    parts: list[tuple[str, str]] = []
    sources: list[str] = []
    if posting.degree_levels:
        parts.append(("Degree", degree_summary(posting.degree_levels)))
        sources.extend(degree.source for degree in posting.degree_levels)
    minimum, preferred = posting.requirements.minimum, posting.requirements.preferred
    if minimum:
        parts.append(("Minimum qualifications", bullets(item.text for item in minimum)))
        sources.extend(item.source for item in minimum)
    if preferred:
        parts.append(("Preferred qualifications", bullets(item.text for item in preferred)))
        sources.extend(item.source for item in preferred)
    if posting.skills:
        parts.append(("Skills mentioned", ", ".join(posting.skills)))
    headline = (
        degree_summary(posting.degree_levels) if posting.degree_levels else minimum[0].text if minimum else ""
    )
    return Section(
        Intent.REQUIREMENTS, True, headline or "see the qualifications", tuple(parts), cite(posting, sources)
    )
