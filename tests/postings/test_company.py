"""The company comes from the strongest evidence a posting gives, never from board noise or a stray phrase."""

from __future__ import annotations

import pytest

from bot.postings.parse import parse_text


@pytest.mark.parametrize(
    ("text", "source", "company"),
    [
        ("Data Analyst Intern\nCompany: Harbor Media\n", "label.txt", "Harbor Media"),
        (
            "Data Analyst Intern\nAbout Polar Games\nPolar Games makes puzzle games.\n",
            "about.txt",
            "Polar Games",
        ),
        (
            "Data Analyst Intern\nNova Labs is hiring an analyst for its Boston office.\n",
            "hiring.txt",
            "Nova Labs",
        ),
        ("# Data Analyst Intern\n\n**Cedar Works** · Seattle, WA\n", "byline.md", "Cedar Works"),
        (
            "# Data Analyst Intern\n\n**Cedar Works** · Seattle, WA; Austin, TX · Remote\n",
            "many.md",
            "Cedar Works",
        ),
        ("Data Analyst Intern\nSeattle, WA · Cedar Works\n", "place_first.txt", "Cedar Works"),
        ("Iron Systems · 3 days ago\nData Analyst Intern\n", "ago.txt", "Iron Systems"),
        (
            "Data Analyst Intern\nJoin Juniper Cloud's analytics team. Juniper Cloud ships every day.\n",
            "join.txt",
            "Juniper Cloud",
        ),
        ("Data Analyst Intern | Blue Bio\n", "pipe.txt", "Blue Bio"),
        ("Data Analyst Intern at Blue Bio\n", "at.txt", "Blue Bio"),
        (
            "Data Analyst Intern – Supply Chain\n-\nData Analyst Intern – Supply Chain at Atlas Dynamics\n",
            "at_line.txt",
            "Atlas Dynamics",
        ),
        (
            "Data Analyst Intern (Summit Works-Growth)\nSummit Works has offices in 4 countries.\n",
            "hyphen.txt",
            "Summit Works",
        ),
        (
            "Data Analyst Intern\nNote: This role is on-site. Granite Bio is seeking an analyst.\n",
            "later.txt",
            "Granite Bio",
        ),
        (
            "Data Analyst Intern\n• Team: Growth team at Beacon Health\nBeacon Health builds clinics.\n",
            "team_at.txt",
            "Beacon Health",
        ),
    ],
)
def test_company_shapes(text: str, source: str, company: str) -> None:
    assert parse_text(text, source=source).company == company


def test_the_team_splits_from_a_company_found_elsewhere() -> None:
    text = "Data Analyst Intern (Juniper Cloud Fraud Detection)\nJoin Juniper Cloud's team today.\n"
    posting = parse_text(text, source="split.txt")
    assert (posting.company, posting.team) == ("Juniper Cloud", "Fraud Detection")


@pytest.mark.parametrize(
    "text",
    [
        "Data Analyst Intern\nGet jobs in San Jose, CA delivered to your inbox every week.\n",
        "Data Analyst Intern\nJoin Our Team and build dashboards.\n",
        "Data Analyst Intern\nYou will work with the team at Headquarters, reporting weekly.\n",
        "Data Analyst Intern\nSummary\nBuild dashboards.\nPeople also viewed\nCedar Works is hiring\n",
    ],
)
def test_no_company_from_noise_or_a_lone_phrase(text: str) -> None:
    assert parse_text(text, source="none.txt").company is None
