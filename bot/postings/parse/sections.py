"""Find headings by their shape and vocabulary, and group lines into sections with a role."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from bot.postings.parse.lines import Line, contains_any


class Role(StrEnum):
    """What a section of a posting is about, which decides what facts are read from it."""

    HEADER = "header"  # lines before the first heading
    SUMMARY = "summary"
    RESPONSIBILITIES = "responsibilities"
    REQUIREMENTS = "requirements"  # qualifications not yet split into minimum / preferred
    MINIMUM = "minimum"
    PREFERRED = "preferred"
    BENEFITS = "benefits"
    COMPANY = "company"
    SPONSORSHIP = "sponsorship"
    DETAILS = "details"  # logistics, TL;DR, compensation, unknown headings
    LEGAL = "legal"
    NOISE = "noise"


LIST_ROLES = frozenset(
    {Role.RESPONSIBILITIES, Role.REQUIREMENTS, Role.MINIMUM, Role.PREFERRED, Role.BENEFITS}
)
REQUIREMENT_ROLES = frozenset({Role.REQUIREMENTS, Role.MINIMUM, Role.PREFERRED})

# Heading vocabulary: a heading must match one of these completely (after normalisation), so a list item
# such as "Wellbeing benefits" is never mistaken for a "Benefits" heading. Checked in this order.
_VOCABULARY: tuple[tuple[Role, str], ...] = (
    (
        Role.NOISE,
        r"funding|current stage|recent news|company videos?|similar jobs|more jobs|people also viewed"
        r"|how you match|job alerts?|salary insights|company insights|applicant insights",
    ),
    (
        Role.SPONSORSHIP,
        r"(?:company )?(?:h-?1b|visa|immigration)(?: sponsorships?| support| information| info| status)?"
        r"|sponsorship(?: information| info)?|(?:visa and )?work authori[sz]ation",
    ),
    (
        Role.PREFERRED,
        r"preferred(?: qualifications?| skills| experience| requirements)?|nice[- ]to[- ]haves?"
        r"|nice to have(?: skills)?|bonus(?: points| skills| qualifications)?|pluses|plus"
        r"|desired(?: skills| qualifications)?|desirable(?: skills)?|good to have|extra credit"
        r"|additional (?:qualifications|skills)|(?:it'?s |would be )?a plus|even better if you have"
        r"|ideally,? you(?:'ll)? have|preferred but not required",
    ),
    (
        Role.MINIMUM,
        r"(?:minimum|basic|required|essential|must[- ]have)(?: qualifications?| skills| requirements"
        r"| experience)?|must[- ]haves?|requirements?|what you(?:'ll| will)? need(?: to succeed)?"
        r"|what we(?:'re| are) looking for|who you are|you have|you(?:'ll)? bring|what you bring"
        r"|skills(?: and (?:experience|qualifications))?|required skills|eligibility|education|experience"
        r"|skills you need|your profile|profile|who can apply",
    ),
    (
        Role.REQUIREMENTS,
        r"qualifications?|(?:job |role |position )?requirements|(?:skills|qualifications),? "
        r"(?:and|&) (?:skills|qualifications|requirements|experience)|requirements and qualifications",
    ),
    (
        Role.RESPONSIBILITIES,
        r"(?:job |role |your )?responsibilit(?:y|ies)|what you(?:'ll| will)(?: actually)? (?:do|be doing"
        r"|work on)|duties(?: and responsibilities)?|responsibilities and duties|day[- ]to[- ]day"
        r"|in this role(?:,? you will)?|your impact|the work|what the job involves|tasks|the job",
    ),
    (
        Role.BENEFITS,
        r"(?:(?:perks|compensation|total rewards),? (?:and|&) )?benefits(?: (?:and|&) perks)?"
        r"|perks(?: (?:and|&) benefits)?|what we offer|what (?:do )?we (?:can )?offer(?: you)?"
        r"|why (?:join us|work (?:with|for) us|you'?ll love (?:it|working here))|total rewards|rewards"
        r"|our offer|what'?s in it for you",
    ),
    (
        Role.SUMMARY,
        r"(?:job |role |position )?(?:description|summary|overview)|about (?:the|this) (?:role|job"
        r"|position|opportunity|team|internship|program)|role|opportunity|team|tone|introduction"
        r"|who we'?re looking for|the role in brief|position",
    ),
    (
        Role.COMPANY,
        r"company(?: overview| info(?:rmation)?| description| profile)?|about(?: us| the company"
        r"| the employer)?|who we are|our company|about [\w&.' -]{1,40}|life at [\w&.' -]{1,40}",
    ),
    (
        Role.DETAILS,
        r"tl;? ?dr|(?:job |position |role )?details|at a glance|key (?:facts|details|information)"
        r"|quick facts|logistics|locations?|work location|compensation(?: range)?|salary(?: range)?|pay"
        r"|pay range|schedule|hours|(?:important )?dates|timeline|how to apply|application process"
        r"|application|employment type|job type|the basics|basics|job info(?:rmation)?",
    ),
    (
        Role.LEGAL,
        r"equal (?:employment )?opportunity(?: employer| statement)?|eeo(?: statement)?"
        r"|(?:reasonable )?accommodations?|privacy(?: notice| policy)?|legal|disclaimer|accessibility"
        r"|e-?verify",
    ),
)
_ROLE_PATTERNS = tuple((role, re.compile(rf"(?:{pattern})")) for role, pattern in _VOCABULARY)
_LEADING_FILLER = re.compile(r"^(?:the|our|your|key|main|core|primary|general)\s+")
# From the first to the last letter or digit: the text without non-word edges (underscores count as
# edges); a search for it costs one pass, where removing a trailing run tries every position.
_WORD_SPAN = re.compile(r"[^\W_](?:.*[^\W_])?", re.S)
# "Responsibilities- Build ..." : a heading word glued to the first item.
_GLUED = re.compile(r"^(?P<head>[A-Z][A-Za-z'’ ]{2,40}?)(?:-|–|—|•)\s*(?P<rest>\S.*)$")
_GLUE_MARKS = ("-", "–", "—", "•")  # a glued heading needs one of these after its words
_TERMINAL = (".", "!", "?", ",", ";")


@functools.lru_cache(maxsize=4096)
def heading_role(text: str) -> Role | None:
    """Return the role a heading names, or None when the text is not in the heading vocabulary."""
    key = text.lower().replace("’", "'").replace("&", "and")
    span = _WORD_SPAN.search(key)
    # Whitespace runs become one space; the span has no whitespace at either end.
    key = " ".join(span.group(0).split()) if span else ""
    key = _LEADING_FILLER.sub("", key)
    if not key or len(key) > 60:
        return None
    for role, pattern in _ROLE_PATTERNS:
        if pattern.fullmatch(key):
            return role
    return None


@dataclass(slots=True)
class Section:
    """A heading and the lines under it."""

    heading: str | None
    role: Role
    heading_line: Line | None = None
    level: int = 1
    lines: list[Line] = field(default_factory=list)

    @property
    def is_list(self) -> bool:
        """Tell whether the section is a bulleted list (then only bullets are items)."""
        bullets = 0
        for line in self.lines:  # stops at the second bullet instead of counting them all
            if line.bullet:
                bullets += 1
                if bullets == 2:
                    return True
        return False

    def items(self) -> list[Line]:
        """Return the lines that are entries of the section: its bullets, or every line when unbulleted."""
        if self.is_list:
            return [line for line in self.lines if line.bullet and line.content]
        return list(self.lines)


class _Shape(NamedTuple):
    """What an unbulleted, unlabelled line's text alone says about it as a heading (context aside)."""

    colon: tuple[str, Role] | None  # "Requirements:" -> ("Requirements", its role)
    named: Role | None  # a short heading line in the heading vocabulary
    sub_heading: bool  # short and unnamed: a sub-heading when it opens a bulleted run
    glued: tuple[str, Role, str] | None  # "Responsibilities- Build ..." -> (heading, role, first item)


def _short_heading_shape(text: str) -> bool:
    return len(text) <= 60 and len(text.split()) <= 8 and not text.endswith(_TERMINAL) and text[:1].isupper()


def _colon_heading(text: str) -> str | None:
    if not text.endswith(":") or len(text) > 61 or len(text.split()) > 8:
        return None
    head = text[:-1].strip()
    return head if head and ":" not in head else None


def _glued(text: str) -> tuple[str, Role, str] | None:
    if not contains_any(text, _GLUE_MARKS):
        return None
    match = _GLUED.match(text)
    if match is None:
        return None
    head = match["head"].strip()
    role = heading_role(head)
    if role is None or role not in LIST_ROLES:
        return None
    return head, role, match["rest"].strip()


# Headings and body sentences recur across postings: the context-free part of the decision is read once
# per distinct text.
@functools.lru_cache(maxsize=16384)
def _shape_of(text: str) -> _Shape:
    """Read an unbulleted, unlabelled line's heading shape; too long for a heading, only a glue remains."""
    glued = _glued(text)
    if len(text) > 61:
        return _Shape(None, None, False, glued)
    colon_head = _colon_heading(text)
    if colon_head is not None:
        return _Shape((colon_head, heading_role(colon_head) or Role.DETAILS), None, False, glued)
    if not _short_heading_shape(text):
        return _Shape(None, None, False, glued)
    named = heading_role(text)
    return _Shape(None, named, named is None and len(text) <= 50, glued)


@dataclass(slots=True)
class _Splitter:
    lines: list[Line]
    forced: dict[int, int]  # line index -> heading level, from Markdown or HTML
    sections: list[Section] = field(default_factory=list)

    def run(self) -> list[Section]:
        current = Section(heading=None, role=Role.HEADER, level=0)
        self.sections.append(current)
        kept = [line for line in self.lines if not line.noise]
        forced = self.forced
        for position, line in enumerate(kept):
            if line.index in forced:
                current = self._forced(line, forced[line.index])
                self.sections.append(current)
                continue
            # Outside Markdown or HTML headings, a bulleted or labelled line is never a heading: most
            # lines take this short path.
            if line.bullet or line.label is not None:
                current.lines.append(line)
                continue
            started = self._started(line, _shape_of(line.content), kept, position, current)
            if started is None:
                current.lines.append(line)
            else:
                current = started
                self.sections.append(current)
        return self.sections

    def _major(self, below: int) -> Section:
        """Return the nearest earlier section whose level is above ``below``."""
        for section in reversed(self.sections):
            if section.level < below:
                return section
        return self.sections[0]

    def _forced(self, line: Line, level: int) -> Section:
        """Return the section a Markdown or HTML heading opens; an unknown heading keeps a list's role."""
        role = heading_role(line.content)
        if role is None:
            parent = self._major(level)
            inherit = parent.level >= 1 and parent.role in LIST_ROLES
            role = parent.role if inherit else Role.DETAILS
        return Section(line.content, role, line, level)

    def _started(
        self, line: Line, shape: _Shape, kept: list[Line], position: int, current: Section
    ) -> Section | None:
        """Return the section an unbulleted, unlabelled line opens, or None when it is body text."""
        if shape.colon is not None:
            return Section(shape.colon[0], shape.colon[1], line, 2)
        if shape.named is not None:
            return Section(line.content, shape.named, line, 2)
        if shape.sub_heading and self._opens_list(kept, position, current):
            # A short unbulleted line that opens a bulleted run inside a list: a sub-heading
            # ("Health and Wellness" under "Perks and Benefits"); it keeps its parent's role.
            parent = self._major(3)
            inherited = parent.role if parent.role is not Role.HEADER else Role.DETAILS
            return Section(line.content, inherited, line, 3)
        if shape.glued is not None:
            head, role, rest = shape.glued
            return Section(head, role, line, 2, [line.as_item(rest)])
        return None

    @staticmethod
    def _opens_list(kept: list[Line], position: int, current: Section) -> bool:
        """Tell whether the line at ``position`` comes first in a list and a bullet follows it."""
        following = kept[position + 1] if position + 1 < len(kept) else None
        if following is None or not following.bullet:
            return False
        previous = kept[position - 1] if position else None
        return previous is None or previous.bullet or previous is current.heading_line


def split_sections(lines: list[Line], forced: dict[int, int] | None = None) -> list[Section]:
    """Group the posting's lines into sections; noise lines are dropped, the header comes first."""
    return _Splitter(lines, forced or {}).run()
