"""Split posting text into classified lines: bullet markers, ``Label: value`` pairs and board noise."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

_BULLET = re.compile(r"^(?:[-*+•●▪◦‣∙·○■□➢➤►✓✔]|[–—](?=\s)|\(?\d{1,2}[.)](?=\s))\s*")
_BULLET_STARTS = frozenset("-*+•●▪◦‣∙·○■□➢➤►✓✔–—(0123456789")
_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z0-9 /&'’()+.-]{0,38}?)\s*:\s+(?P<value>\S.*)$")
_SENTENCE_END = re.compile(r"[.!?](?:[\"'’”)]*)(?:\s|$)")
# Two or more lower-to-upper junctions inside words: board tag strips such as
# "Content CreatorsContent DiscoveryMedia and Entertainment".
_RUN_TOGETHER = re.compile(r"[a-z][A-Z][a-z]")
# Camel-case names ("DevOps", "ByteDance") also join lower and upper case; a line naming a role is a title.
_ROLE_WORDS = frozenset(
    {
        "intern",
        "internship",
        "engineer",
        "scientist",
        "developer",
        "analyst",
        "manager",
        "designer",
        "researcher",
        "graduate",
        "specialist",
        "consultant",
        "architect",
        "associate",
        "lead",
    }
)
_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = tuple("0123456789")

# Word families that readers need before any of their patterns can match, tested once per distinct line
# so that every reader skips the lines without its words by one integer test instead of its own scan.
WORK_MODE = 1  # "remote", "hybrid", "office", ...: the work-mode reader
SPONSORSHIP = 2  # "sponsor", "visa", ...: the sponsorship reader
PLACE = 4  # "City, Region", a byline mark, "based in" or "open to": the place reader
DATE_WORDS = 8  # "rolling", " ago", "posted", "listed": the dates read from lines without a digit or label
MODE_MARKERS = (
    "hybrid",
    "remote",
    "home",
    "wfh",
    "telecommut",
    "distributed",
    "site",
    "office",
    "person",
    "must be",
)
SPONSOR_MARKERS = ("sponsor", "visa", "h1b", "h-1b", "authori", "permit", "right to work", "immigration")
_PLACE_MARKS = ("·", "|", "•", "open to")  # in the content, case as written
_PLACE_WORDS = ("based in", "located in")  # in the lowercased content
_DATE_MARKERS = ("rolling", " ago", "posted", "listed")
_FAMILY_WORDS = MODE_MARKERS + SPONSOR_MARKERS + _DATE_MARKERS  # one scan rules out most lines
# "City, Region": a comma after a lowercase letter or a stop, then a capital. Written comma first so the
# engine jumps from comma to comma instead of trying every letter.
COMMA_PLACE = re.compile(r",(?<=[a-z.],)\s?[A-Z]")

# Whole lines that belong to the job board, not to the job. Matched against the line without its bullet.
_NOISE = re.compile(
    r"""(?:
        apply\ (?:to|for)\ this\ (?:job|position|role)|apply\ now|easy\ apply|quick\ apply
      | want\ more\ jobs\ like\ this\??|similar\ jobs|more\ jobs\ like\ this.*
      | get\ (?:new\ |more\ )?jobs\b.*(?:inbox|email|alerts?).*
      | are\ you\ applying\ to\ .*\?
      | company\ data\ provided\ by.*
      | distribution\ of\ different\ job\ fields.*|represents\ job\ field.*|trends\ of\ total\ sponsorships?
      | by\ submitting\ an\ application.*|we\ use\ cookies.*
      | hear\ directly\ from\ employees.*
      | (?:share|save|report|bookmark)\ (?:this\ )?(?:job|posting)
      | show\ (?:more|less)|see\ more|read\ more|view\ (?:more|all)\ jobs?
      | \d+\+?\ applicants?|be\ an\ early\ applicant.*|over\ \d+\ applicants
      | (?:sign\ in|log\ in|sign\ up)(?:\ to\ .*)?
      | [-–—•*·]+
    )""",
    re.VERBOSE,  # matched against the lowercased line: case-insensitive alternations are several times slower
)
# Markers that make a line noise wherever they appear in it.
_NOISE_MARKERS = ("proxy or vpn", "using a proxy", "vpn to access", "crunchbase", "privacy policy")


class Line(NamedTuple):
    """One non-blank line of the posting text with what its shape says about it.

    A named tuple rather than a frozen dataclass: a posting holds dozens of lines, and building a tuple
    costs a quarter of a frozen dataclass's attribute-by-attribute initialisation.
    """

    # Shadows tuple.index on purpose: every reader names the line number ``line.index``.
    index: int  # type: ignore[assignment]  # position in ``Posting.text.split("\\n")``
    raw: str  # the stripped line: the ``source`` of any fact taken from it
    content: str  # the line without its bullet marker
    bullet: bool
    label: str | None  # "Pay" in "• Pay: $45 hourly"
    value: str | None  # "$45 hourly"
    # The content lowercased once, for the many cheap substring guards that every extractor runs.
    folded: str
    # Whether the content holds a digit: pay, dates and quantities need one, so most lines skip their regexes.
    digits: bool
    noise: bool  # job-board chrome rather than part of the posting
    kinds: int  # the word families (WORK_MODE | SPONSORSHIP | PLACE | DATE_WORDS) the content holds

    @property
    def body(self) -> str:
        """Return the value of a ``Label: value`` line, else the content."""
        return self.value if self.value is not None else self.content

    def as_item(self, content: str) -> Line:
        """Return this line as a bulleted item holding only ``content`` (a glued heading's first item)."""
        folded = content.lower()
        return self._replace(
            content=content,
            bullet=True,
            folded=folded,
            digits=has_digit(content),
            noise=_is_noise_content(content, folded),
            kinds=word_families(content, folded),
        )


def make_line(index: int, raw: str) -> Line:
    """Classify one stripped, non-blank line."""
    return _new_line(Line, (index, raw, *_shape(raw)))


# tuple.__new__ fills a Line from one tuple in C, skipping the named tuple's Python-level __new__.
_new_line = tuple.__new__


@functools.lru_cache(maxsize=16384)
def _shape(raw: str) -> tuple[str, bool, str | None, str | None, str, bool, bool, int]:
    """Return a line's content, bullet, label, value, lowercase form, digit, noise, word flags; cached."""
    marker = _BULLET.match(raw) if raw[0] in _BULLET_STARTS else None
    content = raw[marker.end() :].strip() if marker else raw
    label_match = _LABEL.match(content) if ":" in content[:42] else None
    label = value = None
    if label_match and len(label_match["label"].split()) <= 5:
        label, value = label_match["label"].strip(), label_match["value"].strip()
    folded = content.lower()
    digits = has_digit(content)
    noise = _is_noise_content(content, folded)
    return content, marker is not None, label, value, folded, digits, noise, word_families(content, folded)


def word_families(content: str, folded: str) -> int:
    """Return the bits of the word families a line's content (``folded``: lowercased) holds."""
    kinds = PLACE if _may_name_place(content, folded) else 0
    if not contains_any(folded, _FAMILY_WORDS):
        return kinds  # most lines hold none of the words: one scan instead of one per family
    if contains_any(folded, MODE_MARKERS):
        kinds |= WORK_MODE
    if contains_any(folded, SPONSOR_MARKERS):
        kinds |= SPONSORSHIP
    if contains_any(folded, _DATE_MARKERS):
        kinds |= DATE_WORDS
    return kinds


def _may_name_place(content: str, folded: str) -> bool:
    """Tell whether a line has what every unlabelled place needs: "City, Region", a byline or "based in"."""
    return (
        contains_any(content, _PLACE_MARKS)
        or contains_any(folded, _PLACE_WORDS)
        or ("," in content and COMMA_PLACE.search(content) is not None)
    )


def has_digit(text: str) -> bool:
    """Tell whether the text holds a digit; an ASCII digit is found by a memchr scan, faster than a regex."""
    if contains_any(text, _ASCII_DIGITS):
        return True
    return not text.isascii() and _DIGIT.search(text) is not None  # other scripts' digits count too


def split_lines(text: str) -> list[Line]:
    """Return the non-blank lines of the text, numbered as in ``text.split("\\n")``."""
    new_line, shape = _new_line, _shape
    return [
        new_line(Line, (index, raw, *shape(raw)))
        for index, line in enumerate(text.split("\n"))
        if (raw := line.strip())
    ]


def is_noise(line: Line) -> bool:
    """Tell whether the line is job-board chrome rather than part of the posting."""
    return line.noise


def _is_noise_content(content: str, folded: str) -> bool:
    """Classify a line's content (``folded``: lowercased) as board chrome; cached with the line's shape."""
    if not content or _NOISE.fullmatch(folded):
        return True
    if contains_any(folded, _NOISE_MARKERS):
        return True
    return is_tag_strip(content)


def is_tag_strip(text: str) -> bool:
    """Tell whether the line is category tags run together without separators."""
    # Cheapest tests first: most lines have punctuation or fewer than two lower-to-upper junctions.
    if "," in text or ":" in text or "(" in text or len(_RUN_TOGETHER.findall(text)) < 2:
        return False
    words = text.split()
    if len(words) < 3 or _SENTENCE_END.search(text):
        return False
    if _ROLE_WORDS.intersection(word.lower() for word in words):
        return False
    # Tag strips are Title Case throughout; a sentence naming "TensorFlow or PyTorch" is not.
    capitalised = sum(1 for word in words if word[:1].isupper())
    return capitalised >= 0.7 * len(words)


def contains_any(text: str, markers: tuple[str, ...]) -> bool:
    """Tell whether any marker occurs in the text; plain substring tests beat a regex alternation here."""
    for marker in markers:  # noqa: SIM110 - a loop avoids the generator overhead of any() on hot paths
        if marker in text:
            return True
    return False


def is_prose(text: str) -> bool:
    """Tell whether the text reads as a descriptive sentence rather than a label, tag or heading."""
    words = text.count(" ") + 1
    if len(text) < 60 or words < 8 or not (text[:1].isupper() or text[:1].isdigit()):
        return False
    return words >= 20 or _SENTENCE_END.search(text) is not None


def sentence_end_search(text: str) -> re.Match[str] | None:
    """Find the first sentence end in the text."""
    return _SENTENCE_END.search(text)
