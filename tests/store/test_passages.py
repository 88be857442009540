"""What search indexes: the title, every section, and only the facts no section quotes word for word."""

from __future__ import annotations

from bot.postings.model import Fact, Posting, Requirement, RequirementKind, Requirements
from bot.storage.passages import passages

QUALIFICATIONS = "PhD in computer science\nPublications at NeurIPS"


def _posting(sections: dict[str, str]) -> Posting:
    return Posting(
        id="research-intern",
        title="Research Intern",
        requirements=Requirements(
            minimum=[
                Requirement(kind=RequirementKind.DEGREE, text="PhD in computer science", source="PhD ..."),
            ]
        ),
        skills=["Python", "PyTorch"],
        summary=Fact(text="Join the ranking team.", source="Join the ranking team."),
        sections=sections,
        text=f"Research Intern\nJoin the ranking team.\n{QUALIFICATIONS}",
        source="a.txt",
        content_hash="0" * 64,
    )


def test_facts_a_section_quotes_are_found_through_that_section_only() -> None:
    found = passages(_posting({"Qualifications": QUALIFICATIONS}))

    assert ("section", "Qualifications", QUALIFICATIONS) in found
    assert all(passage.kind != "requirement" for passage in found)


def test_facts_no_section_holds_are_indexed_on_their_own() -> None:
    found = passages(_posting({"Qualifications": QUALIFICATIONS}))

    assert found[0] == ("title", "title", "Research Intern")
    assert ("summary", "summary", "Join the ranking team.") in found
    assert ("skills", "skills", "Python, PyTorch") in found


def test_a_posting_without_sections_keeps_every_fact() -> None:
    kinds = [passage.kind for passage in passages(_posting({}))]

    assert kinds == ["title", "summary", "skills", "requirement"]
