"""List and filter postings: by degree, type, work mode, country, stated topics, benefits, skills, dates."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial

from bot.answers.answer import Citation, Intent
from bot.answers.handlers import STATES, benefits, deadline, location, pay, requirements
from bot.answers.handlers.base import Focus, cite
from bot.postings.model import Posting


@dataclass(frozen=True, slots=True)
class ListFilter:
    """Conditions a posting must meet; each set is "any of", different sets are "all of"."""

    degrees: frozenset[str] = frozenset()  # DegreeLevel values
    employment: frozenset[str] = frozenset()  # EmploymentType values
    remote_modes: frozenset[str] = frozenset()  # RemoteMode values
    countries: tuple[tuple[str, ...], ...] = ()  # each: the words of one country
    stating: tuple[Intent, ...] = ()  # postings that state these topics
    benefit_terms: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    expired: bool | None = None
    rolling: bool = False
    within: frozenset[str] | None = None  # a group of postings the question named
    labels: tuple[str, ...] = field(default_factory=tuple)  # human words for the summary

    @property
    def empty(self) -> bool:
        return not (
            self.degrees
            or self.employment
            or self.remote_modes
            or self.countries
            or self.stating
            or self.benefit_terms
            or self.skills
            or self.expired is not None
            or self.rolling
            or self.within is not None
        )


@dataclass(frozen=True, slots=True)
class Listed:
    posting: Posting
    line: str
    citations: tuple[Citation, ...]


def _mentions(texts: Iterable[str], term: str) -> bool:
    pattern = re.compile(rf"(?<![a-z0-9]){re.escape(term)}(?![a-z0-9])", re.IGNORECASE)
    return any(pattern.search(text) for text in texts)


def _skill_texts(posting: Posting) -> list[str]:
    items = [*posting.requirements.minimum, *posting.requirements.preferred]
    return [item.text.replace("C++", "cpp") for item in items] + [
        skill.replace("C++", "cpp") for skill in posting.skills
    ]


def _has_benefit(posting: Posting, term: str) -> bool:
    return bool(benefits.matching(posting, term))


def _wants_skill(posting: Posting, skill: str) -> bool:
    return _mentions(_skill_texts(posting), skill)


def _in_country(posting: Posting, words: tuple[str, ...]) -> bool:
    places = [location.name for location in posting.locations]
    places += [location.country or "" for location in posting.locations]
    if posting.remote.region:
        places.append(posting.remote.region)
    return any(_mentions(places, word) for word in words)


def matches(posting: Posting, conditions: ListFilter, focus: Focus) -> bool:
    """Tell whether ``posting`` meets every condition."""
    if conditions.within is not None and posting.id not in conditions.within:
        return False
    if conditions.degrees and not {d.level.value for d in posting.degree_levels} & conditions.degrees:
        return False
    if conditions.employment and posting.employment_type.value not in conditions.employment:
        return False
    if conditions.remote_modes and posting.remote.mode.value not in conditions.remote_modes:
        return False
    if conditions.countries and not any(_in_country(posting, words) for words in conditions.countries):
        return False
    if not all(STATES[intent](posting) for intent in conditions.stating):
        return False
    if not all(benefits.matching(posting, term) for term in conditions.benefit_terms):
        return False
    if not all(_mentions(_skill_texts(posting), skill) for skill in conditions.skills):
        return False
    if conditions.expired is not None and deadline.is_expired(posting, focus) != conditions.expired:
        return False
    return not (conditions.rolling and posting.dates.rolling is None)


def describe_line(posting: Posting, conditions: ListFilter, focus: Focus) -> Listed:
    """One line per listed posting: its key facts plus the evidence for each filter."""
    facts: list[str] = []
    sources: list[str | None] = []
    if posting.degree_levels:
        facts.append(requirements.degree_summary(posting.degree_levels))
    if posting.employment_type.value != "unknown":
        facts.append(posting.employment_type.value)
    mode = location.work_mode(posting)
    if mode:
        facts.append(mode)
        sources.append(posting.remote.source)
    if posting.locations and (conditions.countries or not mode):
        facts.append("; ".join(place.name for place in posting.locations))
        sources.extend(place.source for place in posting.locations)
    if posting.pay:
        facts.append(pay.describe(posting, focus).headline)
        sources.extend(item.source for item in posting.pay)
    for term in conditions.benefit_terms:
        found = benefits.matching(posting, term)
        facts.append("; ".join(benefit.text for benefit in found))
        sources.extend(benefit.source for benefit in found)
    if Intent.BENEFITS in conditions.stating and not conditions.benefit_terms:
        facts.append(f"{len(posting.benefits)} benefits listed")
    if conditions.expired is not None or conditions.rolling or Intent.DEADLINE in conditions.stating:
        facts.append(deadline.status(posting, focus))
    if Intent.SPONSORSHIP in conditions.stating and posting.sponsorship.history:
        latest = posting.sponsorship.history[0]
        facts.append(f"H1B data: {latest.year}: {latest.count}")
    for skill in conditions.skills:
        facts.append(f"mentions {skill.replace('cpp', 'C++')}")
    return Listed(posting, " · ".join(facts), cite(posting, sources))


def select(postings: Sequence[Posting], conditions: ListFilter, focus: Focus) -> list[Posting]:
    """Return the postings meeting ``conditions``, in their given order (a scan: small sets only)."""
    if conditions.empty:
        return list(postings)
    return [posting for posting in postings if matches(posting, conditions, focus)]


class Catalog:
    """Posting ids per feature, built once, so a filter intersects sets instead of scanning postings.

    Sets for text conditions (a country, a benefit, a skill) are built on first use and kept: their
    keys come from the vocabulary, so the cache stays small.
    """

    def __init__(self, postings: Sequence[Posting]) -> None:
        self._postings = list(postings)
        self._order = {posting.id: position for position, posting in enumerate(self._postings)}
        self._by_id = {posting.id: posting for posting in self._postings}
        self._facets: dict[tuple[str, str], set[str]] = {}
        for posting in self._postings:
            for degree in posting.degree_levels:
                self._facets.setdefault(("degree", degree.level.value), set()).add(posting.id)
            self._facets.setdefault(("employment", posting.employment_type.value), set()).add(posting.id)
            self._facets.setdefault(("remote", posting.remote.mode.value), set()).add(posting.id)
            for intent, states in STATES.items():
                if states(posting):
                    self._facets.setdefault(("states", intent.value), set()).add(posting.id)
            if posting.dates.rolling is not None:
                self._facets.setdefault(("rolling", ""), set()).add(posting.id)
        self._expiring = [(p.dates.expires.date, p.id) for p in self._postings if p.dates.expires is not None]
        self._lazy: dict[tuple[str, str], frozenset[str]] = {}

    @property
    def postings(self) -> list[Posting]:
        return self._postings

    def _any(self, kind: str, values: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for value in values:
            found |= self._facets.get((kind, value), set())
        return found

    def _cached(self, kind: str, key: str, test: Callable[[Posting], bool]) -> frozenset[str]:
        if (kind, key) not in self._lazy:
            self._lazy[(kind, key)] = frozenset(p.id for p in self._postings if test(p))
        return self._lazy[(kind, key)]

    def select(self, conditions: ListFilter, focus: Focus) -> list[Posting]:
        """Return the postings meeting ``conditions``, in catalog order."""
        if conditions.empty:
            return list(self._postings)
        sets: list[set[str] | frozenset[str]] = []
        if conditions.within is not None:
            sets.append(conditions.within)
        if conditions.degrees:
            sets.append(self._any("degree", conditions.degrees))
        if conditions.employment:
            sets.append(self._any("employment", conditions.employment))
        if conditions.remote_modes:
            sets.append(self._any("remote", conditions.remote_modes))
        if conditions.countries:
            found: set[str] = set()
            for words in conditions.countries:
                found |= self._cached("country", " ".join(words), partial(_in_country, words=words))
            sets.append(found)
        sets.extend(self._facets.get(("states", intent.value), set()) for intent in conditions.stating)
        for term in conditions.benefit_terms:
            sets.append(self._cached("benefit", term, partial(_has_benefit, term=term)))
        for skill in conditions.skills:
            sets.append(self._cached("skill", skill, partial(_wants_skill, skill=skill)))
        if conditions.rolling:
            sets.append(self._facets.get(("rolling", ""), set()))
        if conditions.expired is not None:
            expired = {pid for day, pid in self._expiring if day < focus.today}
            sets.append(expired if conditions.expired else set(self._order) - expired)
        chosen = set.intersection(*(set(s) for s in sorted(sets, key=len)))
        return [self._by_id[pid] for pid in sorted(chosen, key=self._order.__getitem__)]
