"""Remembered requirement parsing: a repeated line reads the same, and another vocabulary is not misled."""

from __future__ import annotations

from bot.postings.model import RequirementKind
from bot.postings.parse import parse_text
from bot.postings.parse.build import build_posting
from bot.postings.parse.layout import flatten
from bot.postings.parse.skills import SkillVocabulary

_POSTING = """Data Analyst Intern
Acme Analytics

Requirements
- Comfortable with Frobnicate dashboards
- Pursuing a degree in statistics; SQL experience is a plus
"""


def test_repeated_posting_reads_the_same_requirements() -> None:
    first = parse_text(_POSTING, source="first.txt")
    second = parse_text(_POSTING, source="second.txt")
    assert first.requirements == second.requirements
    assert [item.text for item in first.requirements.minimum] == [
        "Comfortable with Frobnicate dashboards",
        "Pursuing a degree in statistics",
    ]
    assert [item.text for item in first.requirements.preferred] == ["SQL experience is a plus"]


def test_custom_vocabulary_is_not_served_from_the_shipped_vocabulary_memory() -> None:
    shipped = parse_text(_POSTING, source="shipped.txt")
    custom = SkillVocabulary.from_entries([{"name": "Frobnicate", "spellings": ["frobnicate"]}])
    document = flatten(_POSTING, source="custom.txt")
    posting = build_posting(document, source="custom.txt", content_hash="0" * 64, vocabulary=custom)
    assert shipped.requirements.minimum[0].kind is RequirementKind.OTHER
    assert posting.requirements.minimum[0].kind is RequirementKind.SKILL
    assert posting.skills == ["Frobnicate"]
