"""Assemble a Posting from a flattened document: split sections, then read every fact from its lines."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.postings.errors import ParseError
from bot.postings.model import Pay, Posting, Requirement
from bot.postings.parse import benefits as benefit_reader
from bot.postings.parse import identity
from bot.postings.parse.dates import find_dates
from bot.postings.parse.layout import Document
from bot.postings.parse.lines import Line, contains_any, is_prose, split_lines
from bot.postings.parse.location import find_locations, find_remote
from bot.postings.parse.pay import find_pay
from bot.postings.parse.requirements import (
    PREFERRED_LABELS,
    find_degrees,
    kind_of,
    requirements_from_prose,
    split_clauses,
)
from bot.postings.parse.sections import REQUIREMENT_ROLES, Role, Section, heading_role, split_sections
from bot.postings.parse.skills import SkillVocabulary, default_vocabulary
from bot.postings.parse.sponsorship import find_sponsorship

_DAYFIRST = re.compile(
    r"[£€]|\b(?:GBP|EUR|UK|United Kingdom|England|Scotland|Wales|Ireland|Europe|Australia|India)\b"
)
_DAYFIRST_MARKERS = (
    "GBP",
    "EUR",
    "UK",
    "United Kingdom",
    "England",
    "Scotland",
    "Wales",
    "Ireland",
    "Europe",
    "Australia",
    "India",
)
_TECH_LABELS = frozenset(
    {
        "tech stack",
        "technologies",
        "stack",
        "tools",
        "tech",
        "technology",
        "languages",
        "frameworks",
        "tools and technologies",
        "technical skills",
    }
)
_FACT_ROLES = frozenset({Role.HEADER, Role.SUMMARY, Role.RESPONSIBILITIES, Role.DETAILS, *REQUIREMENT_ROLES})
_DESCRIPTIVE_ROLES = frozenset({Role.HEADER, Role.SUMMARY, Role.DETAILS})
_NO_EVIDENCE_ROLES = frozenset({Role.NOISE, Role.LEGAL})


@dataclass(slots=True)
class _Reading:
    """The posting's sections and the line groups each extractor reads."""

    sections: list[Section]
    ordered: list[Line]  # every kept line, headings included, in text order
    general: list[Line]  # lines that may state pay, dates, location, employment type
    benefit_groups: list[tuple[str | None, Line]]
    benefit_lines: list[Line]
    sponsorship: list[Line]
    company: list[Line]
    legal: list[Line]
    evidence: list[Line]  # lines that may name the company: all but board noise and legal text


def _read(document: Document) -> _Reading:
    lines = split_lines(document.text)
    sections = split_sections(lines, document.headings)
    # Every line but board noise is a heading or a section line, so the kept lines are the ordered ones.
    reading = _Reading(sections, [line for line in lines if not line.noise], [], [], [], [], [], [], [])
    excluded: set[int] = set()
    for section in sections:
        if section.role in _FACT_ROLES:
            reading.general.extend(section.lines)
        elif section.role is Role.BENEFITS:
            items = section.items()
            # Unbulleted lines in a bulleted benefits list ("Salary: ...", "Applications close ...") are
            # statements about the job, not benefits.
            reading.general.extend(line for line in section.lines if line not in items)
            reading.benefit_lines.extend(items)
            group = section.heading if section.level >= 3 else None
            reading.benefit_groups.extend((group, line) for line in items)
        elif section.role is Role.SPONSORSHIP:
            reading.sponsorship.extend(section.lines)
        elif section.role is Role.COMPANY:
            reading.company.extend(section.lines)
        elif section.role is Role.LEGAL:
            reading.legal.extend(section.lines)
        if section.role in _NO_EVIDENCE_ROLES:
            excluded.update(line.index for line in section.lines)
    reading.evidence = [line for line in reading.ordered if line.index not in excluded]
    return reading


def _prefers_day_first(text: str) -> bool:
    """Tell whether dates like 05/03/2026 are day-first: the posting uses pounds or euros or names the UK."""
    if "£" in text or "€" in text:
        return True
    return contains_any(text, _DAYFIRST_MARKERS) and _DAYFIRST.search(text) is not None


def _day_first_check(text: str) -> Callable[[], bool]:
    """Defer the whole-text day-first scan until a date needs it: most postings have no ambiguous date.

    A closure over a one-slot memo: building a cache wrapper for every posting costs more than the scan.
    """
    answer: list[bool] = []

    def check() -> bool:
        if not answer:
            answer.append(_prefers_day_first(text))
        return answer[0]

    return check


def _item_text(line: Line) -> str:
    """Return an item without a short leading label ("Background: ..." -> "...")."""
    if line.label is not None and line.value and len(line.label.split()) <= 3:
        return line.value
    return line.content


# Requirement lines recur across a company's postings: their parsed (frozen, shareable) requirements
# are remembered per line for the shipped vocabulary, the only one whose identity outlives a call.
_REQUIREMENT_CACHE: dict[tuple[str, str, bool], tuple[tuple[Requirement, bool], ...]] = {}
_REQUIREMENT_CACHE_LIMIT = 16384


def _requirement_items(
    line: Line, is_preferred: bool, vocabulary: SkillVocabulary
) -> tuple[tuple[Requirement, bool], ...]:
    """Return the requirements one item states, each with whether it is preferred rather than minimum."""
    shared = vocabulary is default_vocabulary()
    key = (line.raw, line.content, is_preferred)
    if shared:
        cached = _REQUIREMENT_CACHE.get(key)
        if cached is not None:
            return cached
    clauses = [(_item_text(line), True)] if is_preferred else split_clauses(_item_text(line))
    items = tuple(
        (
            Requirement(
                kind=kind_of(text, has_skill=bool(vocabulary.find([text]))), text=text, source=line.raw
            ),
            optional or is_preferred,
        )
        for text, optional in clauses
    )
    if shared:
        if len(_REQUIREMENT_CACHE) >= _REQUIREMENT_CACHE_LIMIT:
            _REQUIREMENT_CACHE.clear()
        _REQUIREMENT_CACHE[key] = items
    return items


def _requirements(
    reading: _Reading, vocabulary: SkillVocabulary
) -> tuple[list[Requirement], list[Requirement]]:
    """Return the (minimum, preferred) requirements of the posting's lists, else of its prose."""
    minimum: list[Requirement] = []
    preferred: list[Requirement] = []

    def add(line: Line, is_preferred: bool) -> None:
        for requirement, optional in _requirement_items(line, is_preferred, vocabulary):
            (preferred if optional else minimum).append(requirement)

    for section in reading.sections:
        if section.role in REQUIREMENT_ROLES:
            for line in section.items():
                add(line, section.role is Role.PREFERRED or (line.label or "").lower() in PREFERRED_LABELS)
        elif section.role in _DESCRIPTIVE_ROLES:
            for line in section.lines:
                role = heading_role(line.label) if line.label else None
                if role in REQUIREMENT_ROLES:
                    add(line, role is Role.PREFERRED)
    if not minimum and not preferred:
        prose = [line for line in reading.general if not line.bullet and is_prose(line.content)]
        minimum, preferred = requirements_from_prose(prose, lambda text: bool(vocabulary.find([text])))
    return minimum, preferred


def _fact(text: str, source: str) -> dict[str, str]:
    """Return a Fact as plain data: the posting is validated once, nested facts included."""
    return {"text": text, "source": source}


def _responsibilities(reading: _Reading) -> tuple[list[dict[str, str]], set[int]]:
    """Return responsibility facts and the ids of unbulleted sections read as description instead."""
    sections = [section for section in reading.sections if section.role is Role.RESPONSIBILITIES]
    listed = [section for section in sections if section.is_list]
    chosen = listed or sections
    demoted = {id(section) for section in sections if section not in chosen}
    facts = [_fact(_item_text(line), line.raw) for section in chosen for line in section.items()]
    for section in reading.sections:
        if section.role in _DESCRIPTIVE_ROLES:
            facts.extend(
                _fact(line.value or line.content, line.raw)
                for line in section.lines
                if line.label and heading_role(line.label) is Role.RESPONSIBILITIES
            )
    return facts, demoted


def _summary(reading: _Reading, demoted: set[int]) -> dict[str, str] | None:
    for section in reading.sections:
        if section.role not in _DESCRIPTIVE_ROLES and id(section) not in demoted:
            continue
        for line in section.lines:
            if is_prose(line.content):
                return _fact(line.content, line.raw)
    return None


def _sections_text(sections: Iterable[Section]) -> dict[str, str]:
    result: dict[str, str] = {}
    for section in sections:
        if section.heading is None or section.role is Role.NOISE or not section.lines:
            continue
        body = "\n".join(line.raw for line in section.lines)
        result[section.heading] = f"{result[section.heading]}\n{body}" if section.heading in result else body
    return result


def _merge_pay(first: list[Pay], second: list[Pay]) -> list[Pay]:
    merged: list[Pay] = []
    seen: set[tuple[object, ...]] = set()
    for pay in [*first, *second]:
        key = (pay.min, pay.max, pay.currency, pay.unit)
        if key not in seen:
            seen.add(key)
            merged.append(pay)
    return merged


def build_posting(
    document: Document, *, source: str, content_hash: str, vocabulary: SkillVocabulary | None = None
) -> Posting:
    """Read every fact of the posting from its document; raise ParseError when it has no title."""
    vocabulary = vocabulary or default_vocabulary()
    hints = document.hints
    reading = _read(document)
    headings = frozenset(
        section.heading_line.index for section in reading.sections if section.heading_line is not None
    )
    title = identity.find_title(reading.ordered, headings, hints.title)
    if title is None or not title.text.strip():
        raise ParseError(
            source, "no recognisable job title (expected a title line such as 'Data Analyst Intern')"
        )
    general = reading.general if title.line in reading.general else [title.line, *reading.general]
    company = identity.find_company(
        title, reading.evidence, reading.company, hints.company, headings, document.text
    )
    company, team = identity.split_team(title.text, company)
    team = team or identity.team_from_label(general)
    minimum, preferred = _requirements(reading, vocabulary)
    responsibilities, demoted = _responsibilities(reading)
    tech_texts = [
        line.value or "" for line in general if line.label is not None and line.label.lower() in _TECH_LABELS
    ]
    skills = vocabulary.find(
        [*(item.text for item in minimum), *(item.text for item in preferred), *tech_texts]
    )
    benefit_labels = [
        line for line in general if line.label and heading_role(line.label) is Role.BENEFITS and line.value
    ]
    locations = list(hints.locations)
    known = {location.name.lower() for location in locations}
    # "Seattle, WA" in a JSON-LD description repeats the structured "Seattle, WA, US".
    locations.extend(
        found
        for found in find_locations(general)
        if found.name.lower() not in known
        and not any(name.startswith(f"{found.name.lower()}, ") for name in known)
    )
    remote = hints.remote or find_remote(title.line, general, reading.benefit_lines)
    # One validation of plain data: pydantic-core builds the nested models far faster than Python calls.
    return Posting.model_validate(
        {
            "id": identity.posting_id(title.text, source),
            "title": title.text,
            "company": company,
            "team": team,
            "employment_type": identity.find_employment_type(title.text, general, hints.employment_type),
            "degree_levels": find_degrees(title.line, minimum, preferred),
            "locations": locations,
            "remote": remote,
            "pay": _merge_pay(hints.pay, find_pay(general, reading.benefit_lines)),
            "benefits": benefit_reader.find_benefits(reading.benefit_groups, benefit_labels),
            "requirements": {"minimum": minimum, "preferred": preferred},
            "skills": skills,
            "dates": find_dates(title.line, general, dayfirst=_day_first_check(document.text)),
            "sponsorship": find_sponsorship(reading.sponsorship, [*general, *reading.legal]),
            "summary": _summary(reading, demoted),
            "responsibilities": responsibilities,
            "sections": _sections_text(reading.sections),
            "text": document.text,
            "source": source,
            "content_hash": content_hash,
        }
    )
