"""Requirements: degree, minimum and preferred qualifications, each quoted from the posting."""

from __future__ import annotations

import re

from bot.answers.answer import Intent
from bot.answers.handlers import required_or_preferred
from bot.answers.handlers.base import Focus, Section, bullets, cite
from bot.postings.model import DegreeRequirement, Posting

NOT_STATED = "This posting does not list requirements."
_DEGREE_NAMES = {"BS": "Bachelor's (BS)", "MS": "Master's (MS)", "PhD": "PhD"}
# Question words asking which skills a posting names: "what programming languages", "tech stack".
_SKILL_QUESTION = frozenset(
    {
        "language",
        "languages",
        "programming",
        "stack",
        "tech",
        "framework",
        "frameworks",
        "tool",
        "tools",
        "library",
        "libraries",
        "skill",
        "skills",
        "technologies",
        "technology",
        "coding",
    }
)


def states(posting: Posting) -> bool:
    return bool(posting.degree_levels or posting.requirements.minimum or posting.requirements.preferred)


def degree_summary(degrees: list[DegreeRequirement]) -> str:
    """Describe the degree levels: "PhD (required)", "Bachelor's (BS) or Master's (MS)"."""
    names = []
    for degree in degrees:
        name = _DEGREE_NAMES.get(degree.level.value, degree.level.value)
        names.append(f"{name} (required)" if degree.required else name)
    return " or ".join(names)


def _skill_pattern(skill: str) -> re.Pattern[str]:
    """Match a skill as a whole word, "cpp" standing for "C++"."""
    escaped = re.escape(skill).replace("cpp", r"(?:cpp|c\+\+)")
    return re.compile(rf"(?<![a-z0-9]){escaped}(?![a-z0-9+])", re.IGNORECASE)


def _skill_answer(posting: Posting, skill: str) -> tuple[str, list[str]]:
    """Say whether the posting requires, prefers or only mentions ``skill``, with the lines saying so."""
    pattern = _skill_pattern(skill)
    name = skill.replace("cpp", "C++")
    for label, items in (
        ("Yes, required", posting.requirements.minimum),
        ("Preferred, not required", posting.requirements.preferred),
    ):
        lines = [item.source for item in items if pattern.search(item.text)]
        if lines:
            written = pattern.search(lines[0])
            name = written.group(0) if written else name
            return f"{label}: the posting names {name} in “{lines[0].strip()}”", lines
    mentioned = [line.strip() for line in posting.text.splitlines() if pattern.search(line)]
    if mentioned:
        return f"Mentioned, not as a requirement: “{mentioned[0]}”", mentioned[:1]
    return f"This posting does not mention {name}.", []


def _skills_parts(posting: Posting, focus: Focus) -> tuple[list[tuple[str, str]], list[str], str]:
    """The skills asked about, or every skill the posting names, each with the lines naming it."""
    parts: list[tuple[str, str]] = []
    sources: list[str] = []
    headlines: list[str] = []
    for skill in focus.skills:
        verdict, lines = _skill_answer(posting, skill)
        parts.append((skill.replace("cpp", "C++"), verdict))
        sources.extend(lines)
        headlines.append(verdict)
    if not focus.skills and focus.words & _SKILL_QUESTION and posting.skills:
        named = ", ".join(posting.skills)
        items = [*posting.requirements.minimum, *posting.requirements.preferred]
        lines = [
            item.source
            for item in items
            if any(
                _skill_pattern(skill.lower().replace("c++", "cpp")).search(item.text)
                for skill in posting.skills
            )
        ]
        parts.append(("Skills named", named))
        if lines:
            parts.append(("Where the posting asks for them", bullets(lines)))
        sources.extend(lines)
        headlines.append(f"Skills named: {named}")
    return parts, sources, "; ".join(headlines)


def describe(posting: Posting, focus: Focus) -> Section:
    """Answer the skills (or required-or-preferred qualification) asked first, then list them all."""
    skill_parts, skill_sources, skill_headline = _skills_parts(posting, focus)
    qualification = required_or_preferred.asked(focus)
    if qualification is not None and not focus.skills:
        name, pattern = qualification
        skill_headline, lines = required_or_preferred.verdict(posting, name, pattern)
        skill_parts = [(name.capitalize(), skill_headline)]
        skill_sources = lines
    if not states(posting):
        if skill_parts:
            return Section(
                Intent.REQUIREMENTS, True, skill_headline, tuple(skill_parts), cite(posting, skill_sources)
            )
        return Section(Intent.REQUIREMENTS, False, "not stated", (("Requirements", NOT_STATED),))
    parts: list[tuple[str, str]] = list(skill_parts)
    sources: list[str] = list(skill_sources)
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
    headline = skill_headline or (
        degree_summary(posting.degree_levels) if posting.degree_levels else minimum[0].text if minimum else ""
    )
    return Section(
        Intent.REQUIREMENTS, True, headline or "see the qualifications", tuple(parts), cite(posting, sources)
    )
