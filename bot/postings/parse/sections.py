"""Find headings by their shape and vocabulary, and group lines into sections with a role."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from enum import StrEnum

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
_NON_WORD_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_SPACES = re.compile(r"\s+")
# "Responsibilities- Build ..." : a heading word glued to the first item.
_GLUED = re.compile(r"^(?P<head>[A-Z][A-Za-z'’ ]{2,40}?)(?:-|–|—|•)\s*(?P<rest>\S.*)$")
_GLUE_MARKS = ("-", "–", "—", "•")  # a glued heading needs one of these after its words
_TERMINAL = (".", "!", "?", ",", ";")


@functools.lru_cache(maxsize=4096)
def heading_role(text: str) -> Role | None:
    """Return the role a heading names, or None when the text is not in the heading vocabulary."""
    key = text.lower().replace("’", "'").replace("&", "and")
    key = _SPACES.sub(" ", _NON_WORD_EDGES.sub("", key))
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


def _short_heading_shape(line: Line) -> bool:
    text = line.content
    return (
        not line.bullet
        and line.label is None
        and len(text) <= 60
        and len(text.split()) <= 8
        and not text.endswith(_TERMINAL)
        and text[:1].isupper()
    )


def _colon_heading(line: Line) -> str | None:
    text = line.content
    if line.bullet or not text.endswith(":") or len(text) > 61 or len(text.split()) > 8:
        return None
    head = text[:-1].strip()
    return head if head and ":" not in head else None


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
            # A bulleted line, or a long labelled one, outside Markdown or HTML headings is neither a
            # heading nor a glued heading: most lines take this short path without the two method calls.
            if (
                line.bullet or (line.label is not None and len(line.content) > 61)
            ) and line.index not in forced:
                current.lines.append(line)
                continue
            following = kept[position + 1] if position + 1 < len(kept) else None
            previous = kept[position - 1] if position else None
            started = self._heading(line, previous, following, current)
            if started is not None:
                current = started
                self.sections.append(current)
                continue
            glued = self._glued(line)
            if glued is not None:
                current = glued
                self.sections.append(current)
                continue
            current.lines.append(line)
        return self.sections

    def _major(self, below: int) -> Section:
        """Return the nearest earlier section whose level is above ``below``."""
        for section in reversed(self.sections):
            if section.level < below:
                return section
        return self.sections[0]

    def _heading(
        self, line: Line, previous: Line | None, following: Line | None, current: Section
    ) -> Section | None:
        if line.index in self.forced:
            level = self.forced[line.index]
            role = heading_role(line.content)
            if role is None:
                parent = self._major(level)
                inherit = parent.level >= 1 and parent.role in LIST_ROLES
                role = parent.role if inherit else Role.DETAILS
            return Section(line.content, role, line, level)
        if line.bullet or len(line.content) > 61:
            return None  # too long or bulleted for either heading shape: most lines leave here
        colon_head = _colon_heading(line)
        if colon_head is not None:
            return Section(colon_head, heading_role(colon_head) or Role.DETAILS, line, 2)
        if not _short_heading_shape(line):
            return None
        role = heading_role(line.content)
        if role is not None:
            return Section(line.content, role, line, 2)
        # A short unbulleted line that opens a bulleted run inside a list: a sub-heading
        # ("Health and Wellness" under "Perks and Benefits"); it keeps its parent's role.
        in_list_context = previous is None or previous.bullet or previous is current.heading_line
        if following is not None and following.bullet and in_list_context and len(line.content) <= 50:
            parent = self._major(3)
            role = parent.role if parent.role is not Role.HEADER else Role.DETAILS
            return Section(line.content, role, line, 3)
        return None

    def _glued(self, line: Line) -> Section | None:
        if line.bullet or line.label is not None or not contains_any(line.content, _GLUE_MARKS):
            return None
        match = _GLUED.match(line.content)
        if match is None:
            return None
        head = match["head"].strip()
        role = heading_role(head)
        if role is None or role not in LIST_ROLES:
            return None
        item = line.as_item(match["rest"].strip())
        return Section(head, role, line, 2, [item])


def split_sections(lines: list[Line], forced: dict[int, int] | None = None) -> list[Section]:
    """Group the posting's lines into sections; noise lines are dropped, the header comes first."""
    return _Splitter(lines, forced or {}).run()
