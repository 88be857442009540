"""The employment type comes from what the job is, not from what applicants have done before."""

from __future__ import annotations

import json

import pytest

from bot.postings.parse import parse_text


def test_internship_experience_asked_of_applicants_is_no_employment_type() -> None:
    text = "Lead Full Stack Engineer\nMinimum Qualifications\n- Internship experience in an AI research lab\n"
    assert parse_text(text, source="exp.txt").employment_type.value == "unknown"


def test_a_leading_internship_line_still_names_the_type() -> None:
    text = "Research Assistant\nInternship, 12 weeks, paid\n"
    assert parse_text(text, source="type.txt").employment_type.value == "internship"


def _json_ld(title: str, employment_type: str | list[str]) -> str:
    return json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": title,
            "employmentType": employment_type,
            "hiringOrganization": {"@type": "Organization", "name": "Cedar Labs"},
            "description": "<p>Build ranking models.</p>",
        }
    )


@pytest.mark.parametrize(
    ("title", "structured", "expected"),
    [
        ("Machine Learning Engineer (New Grad)", "FULL_TIME", "graduate"),
        ("Data Scientist Graduate 2026", ["FULL_TIME"], "graduate"),
        ("Research Scientist Intern", "FULL_TIME", "internship"),
        ("Software Engineer", "FULL_TIME", "full-time"),
        ("Software Engineer Intern", "PART_TIME", "part-time"),
        ("Machine Learning Engineer (New Grad)", "CONTRACTOR", "contract"),
    ],
)
def test_a_structured_full_time_gives_way_to_a_title_naming_an_internship_or_graduate_role(
    title: str, structured: str | list[str], expected: str
) -> None:
    posting = parse_text(_json_ld(title, structured), source="posting.json")
    assert posting.employment_type.value == expected
