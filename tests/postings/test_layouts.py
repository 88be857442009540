"""Layouts: headings by shape and vocabulary, Markdown, HTML via a real parser, JSON-LD structured fields."""

from __future__ import annotations

import json
import logging

import pytest

from bot.postings.parse import parse_bytes, parse_text
from bot.postings.parse.sections import Role, heading_role


def test_heading_vocabulary_matches_whole_headings_only() -> None:
    assert heading_role("Minimum Qualifications") is Role.MINIMUM
    assert heading_role("The Must-Haves") is Role.MINIMUM
    assert heading_role("What You’ll Actually Do") is Role.RESPONSIBILITIES
    assert heading_role("Nice to have:") is Role.PREFERRED
    assert heading_role("Company H1B Sponsorship") is Role.SPONSORSHIP
    assert heading_role("Perks and Benefits") is Role.BENEFITS
    assert heading_role("Wellbeing benefits") is None
    assert heading_role("Life insurance") is None


def test_glued_heading_and_run_together_tags() -> None:
    text = (
        "Backend Engineer Intern\nMedia and EntertainmentSocial MediaVideo GamesContent Creators\n"
        "Responsibilities- Build services in Go\n- Write tests\nQualifications\n- Python experience\n"
    )
    posting = parse_text(text, source="glued.txt")
    assert [fact.text for fact in posting.responsibilities] == ["Build services in Go", "Write tests"]
    assert posting.responsibilities[0].source == "Responsibilities- Build services in Go"
    assert "Media" not in " ".join(posting.sections)
    assert posting.summary is None


def test_colon_headings_and_bonus_items() -> None:
    text = (
        "Research Intern\nRequirements:\n• Background: Currently pursuing a PhD in Physics\n"
        "• Bonus: Experience with CUDA\nWhat we offer:\n• Free lunch\n"
    )
    posting = parse_text(text, source="colon.txt")
    assert [item.text for item in posting.requirements.minimum] == ["Currently pursuing a PhD in Physics"]
    assert [item.text for item in posting.requirements.preferred] == ["Experience with CUDA"]
    assert posting.skills == ["CUDA"]
    assert [benefit.category.value for benefit in posting.benefits] == ["meals/office"]


def test_markdown_headings_and_emphasis() -> None:
    text = "# QA Engineer\n\n**Location:** Austin, TX\n\n## Nice to have\n\n* Experience with *Selenium*\n"
    posting = parse_text(text, source="qa.md")
    assert posting.title == "QA Engineer"
    assert "**" not in posting.text and "#" not in posting.text
    assert [place.name for place in posting.locations] == ["Austin, TX"]
    assert posting.requirements.preferred[0].text == "Experience with Selenium"


def test_html_keeps_headings_and_lists_and_drops_chrome() -> None:
    html = (
        "<html><head><title>Site</title><style>p{}</style></head><body><nav>Jobs Login</nav>"
        "<h1>Support Engineer</h1><p>We help 500 clinics &amp; labs keep their systems running every day.</p>"
        "<p><strong>Requirements</strong></p><ul><li>2+ years of Linux &amp; networking experience</li></ul>"
        "<script>alert('x')</script><footer>Copyright</footer></body></html>"
    )
    posting = parse_bytes(html.encode(), source="support.html")
    assert posting.title == "Support Engineer"
    assert "Login" not in posting.text and "alert" not in posting.text and "Copyright" not in posting.text
    assert "- 2+ years of Linux & networking experience" in posting.text.split("\n")
    assert posting.requirements.minimum[0].text == "2+ years of Linux & networking experience"
    assert posting.skills == ["Linux"]


def test_json_ld_list_with_structured_fields() -> None:
    feed = [
        {
            "@context": "https://schema.org",
            "@type": "JobPosting",
            "title": "Night Shift Nurse",
            "hiringOrganization": "Lakeside Clinic",
            "employmentType": "PART_TIME",
            "jobLocation": {"@type": "Place", "address": "12 Shore Rd, Duluth, MN"},
            "baseSalary": {"@type": "MonetaryAmount", "currency": "USD", "value": 52, "unitText": "HOUR"},
            "description": "Care for patients overnight.\nWork with a team of four nurses.",
        }
    ]
    posting = parse_bytes(json.dumps(feed).encode(), source="nurse.json")
    assert (posting.title, posting.company, posting.employment_type.value) == (
        "Night Shift Nurse",
        "Lakeside Clinic",
        "part-time",
    )
    pay = posting.pay[0]
    assert (pay.min, pay.max, pay.currency, pay.unit) == (52, 52, "USD", "hour")
    assert pay.source == "Salary: USD 52 per hour" and pay.source in posting.text
    assert posting.locations[0].name == "12 Shore Rd, Duluth, MN"
    assert posting.locations[0].country == "US"


def test_json_ld_remote_posting_in_a_graph() -> None:
    graph = {
        "@graph": [
            {"@type": "WebPage", "name": "Careers"},
            {
                "@type": ["JobPosting"],
                "title": "Support Engineer",
                "jobLocationType": "TELECOMMUTE",
                "applicantLocationRequirements": [{"@type": "Country", "name": "Canada"}],
            },
        ]
    }
    posting = parse_text(json.dumps(graph), source="remote.json")
    assert (posting.remote.mode.value, posting.remote.region) == ("remote", "Canada")
    assert posting.remote.source in posting.text


def test_a_json_file_with_several_postings_reads_the_first_and_says_so(
    caplog: pytest.LogCaptureFixture,
) -> None:
    postings = [
        {"@context": "https://schema.org/", "@type": "JobPosting", "title": f"{role} Intern"}
        for role in ("Data Analyst", "QA Engineer", "Support Engineer")
    ]
    with caplog.at_level(logging.WARNING, logger="bot.postings.parse.layout"):
        posting = parse_text(json.dumps(postings), source="feed.json")
    assert posting.title == "Data Analyst Intern"
    message = caplog.records[-1].getMessage()
    assert "feed.json holds 3 JobPosting objects" in message
    assert "'Data Analyst Intern'" in message and "other 2 are skipped" in message


def test_camel_case_names_in_a_title_are_not_a_tag_strip() -> None:
    """ "DevOps" and "ByteDance" join lower and upper case like run-together tags, but this is a title."""
    from bot.postings.parse import parse_text

    posting = parse_text(
        "DevOps Engineer Intern (ByteDance Edge AI) (BS/MS)\n"
        "As a DevOps Engineer on the Edge AI team you will build reliable services.\n"
        "Location: Bellevue, WA\n",
        source="devops.txt",
    )
    assert posting.title == "DevOps Engineer Intern (ByteDance Edge AI) (BS/MS)"
