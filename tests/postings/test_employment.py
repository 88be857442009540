"""The employment type comes from what the job is, not from what applicants have done before."""

from __future__ import annotations

from bot.postings.parse import parse_text


def test_internship_experience_asked_of_applicants_is_no_employment_type() -> None:
    text = "Lead Full Stack Engineer\nMinimum Qualifications\n- Internship experience in an AI research lab\n"
    assert parse_text(text, source="exp.txt").employment_type.value == "unknown"


def test_a_leading_internship_line_still_names_the_type() -> None:
    text = "Research Assistant\nInternship, 12 weeks, paid\n"
    assert parse_text(text, source="type.txt").employment_type.value == "internship"
