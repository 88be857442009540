"""Classify requirement lines by kind and read which degrees (BS / MS / PhD) are required or accepted."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence

from bot.postings.model import DegreeLevel, DegreeRequirement, Requirement, RequirementKind
from bot.postings.parse.lines import Line, contains_any

_PHD = re.compile(r"\bPh\.?\s?D(?![\w])\.?|\bdoctora(?:te|l)\b|\bDPhil\b", re.I)
_MS_EXACT = re.compile(r"\b(?:MS|M\.S\.|MSc|M\.Sc\.|MEng|M\.Eng\.|MPhil)(?![\w])")
_MS_WORDS = re.compile(r"\bmaster(?:'s|’s|s)(?![\w])|\bmaster\s+(?:degree|student|program|of)\b", re.I)
_BS_EXACT = re.compile(r"\b(?:BS|B\.S\.|BSc|B\.Sc\.|BA|B\.A\.|BEng|B\.Eng\.)(?![\w])")
_BS_WORDS = re.compile(r"\bbachelor(?:'s|’s|s)?\b|\bundergraduate (?:degree|student)s?\b", re.I)

# One cheap pass that every degree spelling needs to pass before the exact patterns run.
_ABBREVIATION_HINT = re.compile(r"[BM]\.?(?:[SAE]|Sc|Phil)|DPhil")
_WORD_HINTS = ("ph", "doctora", "master", "bachelor", "undergraduate")
_BS_HINTS = ("bachelor", "undergraduate")
_BS_PAIRS = ("BS", "B.S", "BA", "B.A", "BE", "B.E")  # BS, B.S., BSc, B.Sc., BA, B.A., BEng, B.Eng.
_MS_PAIRS = ("MS", "M.S", "ME", "M.E", "MP")  # MS, M.S., MSc, M.Sc., MEng, M.Eng., MPhil
_PHD_HINTS = ("ph", "doctora")  # "DPhil" holds "ph"
# The requirement kinds, checked in order; matched against the lowercased text (the patterns are
# lowercase), since case-insensitive alternations are several times slower. Each kind lists words one of
# which every match of its pattern holds, so a plain substring test skips the regex on most texts.
_KINDS: tuple[tuple[RequirementKind, tuple[str, ...], re.Pattern[str]], ...] = (
    (
        RequirementKind.DEGREE,
        ("degree", "pursuing", "enrolled", "diploma", "graduat", "major", "gpa", "student"),
        re.compile(r"\b(?:degree|pursuing|enrolled|diploma|graduat\w*|major(?:ing)?|gpa)\b|\bstudents?\b"),
    ),
    (
        RequirementKind.PUBLICATION,
        ("publication", "publish", "paper", "first-author"),
        re.compile(r"\b(?:publications?|publish\w*|papers?|first-author)\b"),
    ),
    (
        RequirementKind.AVAILABILITY,
        (
            "availab",
            "commit",
            "able to ",
            "start date",
            "time during",
            "authori",
            "relocat",
            "willing to travel",
        ),
        re.compile(
            r"\b(?:availab\w*|commit\w* to (?:working|work|a|the)|able to (?:start|relocate)|start date"
            r"|full[- ]time during|authori[sz]ed to work|work authori[sz]ation|relocat\w*"
            r"|willing to travel)\b",
        ),
    ),
    (
        RequirementKind.LANGUAGE,
        (
            "fluen",
            "bilingual",
            "native speaker",
            "english",
            "communication",
            "mandarin",
            "spanish",
            "french",
            "german",
            "japanese",
            "korean",
            "cantonese",
        ),
        re.compile(
            r"\b(?:fluen\w+|bilingual|native speaker|(?:written|verbal|spoken) (?:and (?:written|verbal) )?"
            r"(?:english|communication)|english|mandarin|spanish|french|german|japanese|korean|cantonese)\b",
        ),
    ),
    (
        RequirementKind.SKILL,
        (
            "proficien",
            "knowledge",
            "familiar",
            "skill",
            "programming",
            "framework",
            "fluency in",
            "expertise",
            "understanding",
            "tool",
            "language",
        ),
        re.compile(
            r"\b(?:proficien\w*|knowledge|familiar\w*|skills?|programming|frameworks?|fluency in|expertise"
            r"|understanding|tools?|languages?)\b",
        ),
    ),
    (
        RequirementKind.EXPERIENCE,
        ("experience", "year", "track record", "background"),
        re.compile(r"\b(?:experience[ds]?|years?|track record|background)\b"),
    ),
)
PREFERRED_LABELS = frozenset(
    {"bonus", "preferred", "nice to have", "nice-to-have", "plus", "bonus points", "desired", "ideally"}
)
_PREFERRED_CUES = re.compile(
    r"\b(?:is|are|would be) (?:a )?(?:big |huge |strong )?(?:plus|bonus|advantage)\b|\bnice[- ]to[- ]have\b"
    r"|\(preferred\)|\bpreferred\.?$|\bideally\b",
    re.I,
)
_PREFERRED_MARKERS = ("plus", "bonus", "advantage", "nice", "prefer", "ideally")
_PROSE_MINIMUM = re.compile(
    r"\b(?:you(?:'ll| will)? (?:need|have|bring)|you should have|must (?:have|be)|require[sd]?|requirements?"
    r"|we(?:'re| are) looking for (?:someone|a candidate|candidates) (?:with|who))\b",
    re.I,
)
_LEADING_EXPERIENCE = re.compile(r"^\W*(?:\S+\s+){0,3}experience\b")
_SENTENCE = re.compile(r"[^.!?;]+[.!?;]?")
_LEVEL_ORDER = {level: position for position, level in enumerate(DegreeLevel)}  # BS, MS, PhD


# Requirement lines repeat across a company's postings, and each is classified again by
# ``find_degrees``: these pure functions of the text remember their answers, like ``heading_role``.
@functools.lru_cache(maxsize=8192)
def degree_levels_in(text: str) -> tuple[DegreeLevel, ...]:
    """Return the degree levels a phrase names, lowest first."""
    folded = text.lower()
    if not contains_any(folded, _WORD_HINTS) and not _ABBREVIATION_HINT.search(text):
        return ()
    levels: list[DegreeLevel] = []
    # Each exact (case-sensitive) spelling holds one of its pairs; the word patterns need their words.
    if (contains_any(text, _BS_PAIRS) and _BS_EXACT.search(text)) or _has_words(
        _BS_WORDS, text, folded, _BS_HINTS
    ):
        levels.append(DegreeLevel.BS)
    if (contains_any(text, _MS_PAIRS) and _MS_EXACT.search(text)) or _has_words(
        _MS_WORDS, text, folded, ("master",)
    ):
        levels.append(DegreeLevel.MS)
    if _has_words(_PHD, text, folded, _PHD_HINTS):
        levels.append(DegreeLevel.PHD)
    return tuple(levels)


def _has_words(pattern: re.Pattern[str], text: str, folded: str, words: tuple[str, ...]) -> bool:
    """Search a case-insensitive pattern, skipped for ASCII text whose lowercase form lacks its words.

    ASCII folds exactly as the pattern does; other scripts fold in ways str.lower does not.
    """
    if text.isascii() and not contains_any(folded, words):
        return False
    return pattern.search(text) is not None


@functools.lru_cache(maxsize=8192)
def kind_of(text: str, *, has_skill: bool) -> RequirementKind:
    """Return what a requirement asks for; a named skill from the vocabulary makes it a skill."""
    if degree_levels_in(text):
        return RequirementKind.DEGREE
    lowered = text.lower()
    for kind, words, pattern in _KINDS:
        if kind is RequirementKind.SKILL:
            if "experience" in lowered and _LEADING_EXPERIENCE.search(lowered):
                return RequirementKind.EXPERIENCE
            if has_skill:
                return kind
        if contains_any(lowered, words) and pattern.search(lowered):
            return kind
    return RequirementKind.SKILL if has_skill else RequirementKind.OTHER


def find_degrees(
    title_line: Line | None, minimum: Iterable[Requirement], preferred: Iterable[Requirement]
) -> list[DegreeRequirement]:
    """Return one entry per degree level: required when a line asks for that level alone."""
    found: dict[DegreeLevel, DegreeRequirement] = {}

    def note(levels: Sequence[DegreeLevel], required: bool, source: str) -> None:
        for level in levels:
            known = found.get(level)
            if known is None or (required and not known.required):
                found[level] = DegreeRequirement(level=level, required=required, source=source)

    for item in minimum:
        levels = degree_levels_in(item.text)
        if levels:  # most requirements name no degree: skip the call
            note(levels, len(levels) == 1, item.source)
    for item in preferred:
        levels = degree_levels_in(item.text)
        if levels:
            note(levels, False, item.source)
    if title_line is not None:
        levels = degree_levels_in(title_line.content)
        note(levels, len(levels) == 1, title_line.raw)
    return sorted(found.values(), key=lambda entry: _LEVEL_ORDER[entry.level])


def _optional(text: str) -> bool:
    return contains_any(text.lower(), _PREFERRED_MARKERS) and _PREFERRED_CUES.search(text) is not None


def split_clauses(text: str) -> list[tuple[str, bool]]:
    """Split "Excel; GIS experience preferred" into clauses when only some are marked optional."""
    clauses = [clause.strip() for clause in text.split(";") if clause.strip()]
    marks = [_optional(clause) for clause in clauses]
    if len(clauses) < 2 or all(marks) or not any(marks):
        return [(text, _optional(text))]
    return list(zip(clauses, marks, strict=True))


def requirements_from_prose(
    lines: Iterable[Line], has_skill: Callable[[str], bool]
) -> tuple[list[Requirement], list[Requirement]]:
    """Return (minimum, preferred) requirement sentences from paragraphs, for postings without a section."""
    minimum: list[Requirement] = []
    preferred: list[Requirement] = []
    for line in lines:
        for sentence in _SENTENCE.findall(line.content):
            sentence = sentence.strip()
            optional = _optional(sentence)
            if len(sentence) > 15 and (
                optional or _PROSE_MINIMUM.search(sentence) or degree_levels_in(sentence)
            ):
                kind = kind_of(sentence, has_skill=has_skill(sentence))
                target = preferred if optional else minimum
                target.append(Requirement(kind=kind, text=sentence, source=line.raw))
    return minimum, preferred
