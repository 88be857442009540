"""Overview: the key facts of one posting in one place, each quoted."""

from __future__ import annotations

from bot.answers.answer import Intent
from bot.answers.handlers import deadline, location, pay, requirements
from bot.answers.handlers.base import Focus, Section, bullets, cite
from bot.postings.model import EmploymentType, Posting

_ABOUT_HEADINGS = (
    "company",
    "about",
    "overview",
    "team",
    "the tone",
    "description",
    "role",
    "tl;dr",
    "glance",
)
_MAX_SECTION_CHARS = 600
# Paragraphs of the posting that no other fact quotes, long enough to be prose rather than a label.
_MIN_PARAGRAPH_CHARS = 100
_MAX_PARAGRAPHS = 3


def states(posting: Posting) -> bool:
    return True


def _about_sections(posting: Posting) -> list[tuple[str, str]]:
    """Short descriptive sections (company, team, about) worth showing beside the summary."""
    found = []
    for heading, text in posting.sections.items():
        lowered = heading.lower()
        if any(key in lowered for key in _ABOUT_HEADINGS) and text.strip():
            found.append((heading.strip() or "About", text.strip()[:_MAX_SECTION_CHARS]))
    return found


def _quoted_elsewhere(posting: Posting) -> set[str]:
    quoted = {item.source.strip() for item in posting.responsibilities}
    quoted |= {
        item.source.strip() for item in (*posting.requirements.minimum, *posting.requirements.preferred)
    }
    quoted |= {benefit.source.strip() for benefit in posting.benefits}
    if posting.summary is not None:
        quoted.add(posting.summary.source.strip())
    return quoted


def _about_paragraphs(posting: Posting) -> list[str]:
    """Descriptive prose lines of the posting that no extracted fact already shows."""
    quoted = _quoted_elsewhere(posting)
    found: list[str] = []
    for line in posting.text.splitlines():
        line = line.strip()
        if len(line) < _MIN_PARAGRAPH_CHARS or line in quoted or line.startswith(("-", "•", "*", "(")):
            continue
        found.append(line)
        if len(found) == _MAX_PARAGRAPHS:
            break
    return found


def describe(posting: Posting, focus: Focus) -> Section:
    """Collect title, company, team, type, degree, place, pay, dates, summary and responsibilities."""
    facts: list[str] = [f"Title: {posting.title}"]
    sources: list[str | None] = []
    if posting.company:
        facts.append(f"Company: {posting.company}")
    if posting.team:
        facts.append(f"Team: {posting.team}")
    if posting.employment_type is not EmploymentType.UNKNOWN:
        facts.append(f"Type: {posting.employment_type.value}")
    if posting.degree_levels:
        facts.append(f"Degree: {requirements.degree_summary(posting.degree_levels)}")
        sources.extend(degree.source for degree in posting.degree_levels)
    place = location.describe(posting, focus)
    facts.append(place.headline if place.stated else "Location: not stated")
    salary = pay.describe(posting, focus)
    facts.append(f"Pay: {salary.headline}")
    facts.append(f"Deadline: {deadline.status(posting, focus)}")
    parts: list[tuple[str, str]] = [("Key facts", "\n".join(facts))]
    if posting.summary is not None:
        parts.append(("Summary", posting.summary.text))
        sources.append(posting.summary.source)
    if posting.responsibilities:
        parts.append(("Responsibilities", bullets(item.text for item in posting.responsibilities)))
        sources.extend(item.source for item in posting.responsibilities)
    parts.extend(_about_sections(posting))
    about = _about_paragraphs(posting)
    if about:
        parts.append(("More from the posting", "\n".join(about)))
        sources.extend(about)
    citations = cite(posting, sources) + place.citations + salary.citations
    return Section(Intent.OVERVIEW, True, posting.title, tuple(parts), citations)
