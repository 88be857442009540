"""List and filter postings: by degree, type, work mode, country, stated topics, benefits, skills, dates."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import partial

from bot.answers.answer import Citation, Intent
from bot.answers.groups import Universe
from bot.answers.handlers import STATES, benefits, deadline, location, pay, requirements
from bot.answers.handlers.base import Focus, cite
from bot.answers.handlers.pay_threshold import PayThreshold, meets
from bot.answers.place_index import AskedPlace, PlaceIndex
from bot.postings.model import Posting


@dataclass(frozen=True, slots=True)
class ListFilter:
    """Conditions a posting must meet; each set is "any of", different sets are "all of"."""

    degrees: frozenset[str] = frozenset()  # DegreeLevel values
    employment: frozenset[str] = frozenset()  # EmploymentType values
    remote_modes: frozenset[str] = frozenset()  # RemoteMode values
    places: tuple[AskedPlace, ...] = ()  # countries and places asked; a posting in any of them
    stating: tuple[Intent, ...] = ()  # postings that state these topics
    benefit_terms: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    expired: bool | None = None
    rolling: bool = False
    closing: bool = False  # postings stating a closing date ("which have a deadline")
    within: int | None = None  # a group of postings the question named, as a mask
    pay: PayThreshold | None = None  # a stated pay bound: "more than $40/hr"
    labels: tuple[str, ...] = field(default_factory=tuple)  # human words for the summary

    @property
    def empty(self) -> bool:
        return not (
            self.degrees
            or self.employment
            or self.remote_modes
            or self.places
            or self.stating
            or self.benefit_terms
            or self.skills
            or self.expired is not None
            or self.rolling
            or self.closing
            or self.within is not None
            or self.pay is not None
        )


@dataclass(frozen=True, slots=True)
class Condition:
    """One condition of a filter and the postings meeting it on its own, as a mask."""

    one: str  # what one posting meeting it does: "mentions housing"
    many: str  # what several do: "mention housing"
    mask: int
    lacking: tuple[str, str] | None = None  # what one / several without it do: "does not mention housing"


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


def _pays_per(posting: Posting, bound: PayThreshold) -> bool:
    return any(bound.comparable(item) for item in posting.pay)


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
    if posting.locations and (conditions.places or not mode):
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
    if (
        conditions.expired is not None
        or conditions.rolling
        or conditions.closing
        or Intent.DEADLINE in conditions.stating
    ):
        facts.append(deadline.status(posting, focus))
    if Intent.SPONSORSHIP in conditions.stating and posting.sponsorship.history:
        latest = posting.sponsorship.history[0]
        facts.append(f"H1B data: {latest.year}: {latest.count}")
    for skill in conditions.skills:
        facts.append(f"mentions {skill.replace('cpp', 'C++')}")
    return Listed(posting, " · ".join(facts), cite(posting, sources))


def _degree_values(posting: Posting) -> list[str]:
    return [degree.level.value for degree in posting.degree_levels]


def _employment_values(posting: Posting) -> tuple[str]:
    return (posting.employment_type.value,)


def _remote_values(posting: Posting) -> tuple[str]:
    return (posting.remote.mode.value,)


def _rolling(posting: Posting) -> bool:
    return posting.dates.rolling is not None


def _closing(posting: Posting) -> bool:
    return posting.dates.expires is not None


# The values a posting has for each feature kind a filter may ask.
_FACET_VALUES: dict[str, Callable[[Posting], Iterable[str]]] = {
    "degree": _degree_values,
    "employment": _employment_values,
    "remote": _remote_values,
}


class Catalog:
    """Posting masks per feature, built once, so a filter intersects ints instead of scanning postings.

    Every mask is built on the first question that needs it and kept, so start-up does not scan the
    postings once per feature: feature kinds (degree, type, work mode), stated topics, and text
    conditions (a country, a benefit, a skill), whose keys come from the vocabulary, so the cache
    stays small. Expired postings are kept per "today".
    """

    def __init__(self, universe: Universe) -> None:
        self.universe = universe
        self._postings = list(universe.postings)
        self._facets: dict[str, dict[str, int]] = {}
        self._expiring: list[tuple[date, int]] | None = None
        self._expired: dict[date, int] = {}
        self._lazy: dict[tuple[str, str], int] = {}
        self._places = PlaceIndex(universe)

    @property
    def postings(self) -> list[Posting]:
        return self._postings

    def comparable_pay(self, bound: PayThreshold) -> int:
        """The postings stating pay in the unit of ``bound``, as a mask."""
        return self._cached("pay unit", bound.unit.value, partial(_pays_per, bound=bound))

    def with_benefit(self, term: str) -> int:
        """The postings stating a benefit of kind (or with a word) ``term``, as a mask."""
        return self._cached("benefit", term, partial(_has_benefit, term=term))

    def stating(self, intent: Intent) -> int:
        """The postings that state ``intent``, as a mask."""
        states = STATES.get(intent)
        return self._cached("states", intent.value, states) if states is not None else 0

    def _facet(self, kind: str) -> dict[str, int]:
        """The masks of one feature kind by value, built in one pass when first filtered on."""
        masks = self._facets.get(kind)
        if masks is None:
            values_of = _FACET_VALUES[kind]
            spots: dict[str, list[int]] = {}
            for position, posting in enumerate(self._postings):
                for value in values_of(posting):
                    spots.setdefault(value, []).append(position)
            masks = {value: self.universe.mask_of_positions(found) for value, found in spots.items()}
            self._facets[kind] = masks
        return masks

    def _any(self, kind: str, values: Iterable[str]) -> int:
        masks = self._facet(kind)
        found = 0
        for value in values:
            found |= masks.get(value, 0)
        return found

    def _cached(self, kind: str, key: str, test: Callable[[Posting], bool]) -> int:
        if (kind, key) not in self._lazy:
            self._lazy[(kind, key)] = self.universe.mask_where(test)
        return self._lazy[(kind, key)]

    def expired(self, today: date) -> int:
        """The postings whose expiry date is before ``today``, as a mask (kept per day)."""
        if self._expiring is None:
            self._expiring = sorted(
                (p.dates.expires.date, position)
                for position, p in enumerate(self._postings)
                if p.dates.expires is not None
            )
        if today not in self._expired:
            cut = bisect.bisect_left(self._expiring, (today, -1))
            if len(self._expired) > 8:
                self._expired.clear()
            self._expired[today] = self.universe.mask_of_positions(pos for _day, pos in self._expiring[:cut])
        return self._expired[today]

    def select(self, conditions: ListFilter, focus: Focus) -> int:
        """Return the postings meeting ``conditions`` as a mask."""
        chosen = self.universe.all
        for condition in self.conditions(conditions, focus):
            chosen &= condition.mask
        return chosen

    def conditions(self, conditions: ListFilter, focus: Focus) -> list[Condition]:
        """Each condition of a filter with the postings meeting it alone, to say which ones matched."""
        found: list[Condition] = []
        if conditions.within is not None:
            within = conditions.within
            found.append(Condition("is among the postings named", "are among the postings named", within))
        for kind, values in (
            ("degree", conditions.degrees),
            ("employment", conditions.employment),
            ("remote", conditions.remote_modes),
        ):
            if values:
                wanted = " or ".join(sorted(values))
                found.append(Condition(f"is {wanted}", f"are {wanted}", self._any(kind, values)))
        if conditions.places:
            mask = 0
            for place in conditions.places:
                mask |= self._places.mask_of(place)
            places = " or ".join(place.label for place in conditions.places)
            found.append(Condition(f"lists {places} as a location", f"list {places} as a location", mask))
        for intent in conditions.stating:
            found.append(Condition(f"lists {intent.value}", f"list {intent.value}", self.stating(intent)))
        for term in conditions.benefit_terms:
            lacking = (f"does not mention {term}", f"do not mention {term}")
            found.append(Condition(f"mentions {term}", f"mention {term}", self.with_benefit(term), lacking))
        for skill in conditions.skills:
            name = skill.replace("cpp", "C++")
            mask = self._cached("skill", skill, partial(_wants_skill, skill=skill))
            found.append(Condition(f"mentions {name}", f"mention {name}", mask))
        if conditions.pay is not None:
            bound = conditions.pay
            mask = self._cached("pay", bound.label, partial(meets, threshold=bound))
            found.append(Condition(f"states {bound.label}", f"state {bound.label}", mask))
        if conditions.rolling:
            mask = self._cached("rolling", "", _rolling)
            found.append(Condition("reviews on a rolling basis", "review on a rolling basis", mask))
        if conditions.closing:
            mask = self._cached("closing", "", _closing)
            lacking = ("states no closing date", "state no closing date")
            found.append(Condition("states a closing date", "state a closing date", mask, lacking))
        if conditions.expired is not None:
            expired = self.expired(focus.today)
            if conditions.expired:
                found.append(Condition("is expired", "are expired", expired))
            else:
                found.append(Condition("is open", "are open", self.universe.all & ~expired))
        return found
