"""Property tests: the parser never crashes and never quotes a line that is not in the posting text."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.postings.errors import ParseError
from bot.postings.model import Posting
from bot.postings.parse import parse_bytes, parse_text

SOURCES = Callable[[Posting], list[str]]

# Lines of the shapes boards use, so generated texts reach the extractors instead of failing on the title.
POSTING_LINES = [
    "Machine Learning Engineer Intern (Payments) – 2026 Summer (BS/MS) | Acme",
    "[Remote] Data Scientist Intern (Acme-Search) - 2026 Start (PhD)",
    "Acme · 3 days ago",
    "Responsibilities",
    "Responsibilities- Build data pipelines",
    "Minimum Qualifications",
    "Preferred Qualifications",
    "The Must-Haves",
    "Benefits",
    "Perks and Benefits",
    "Health and Wellness",
    "H1B Sponsorship",
    "2025 (979)",
    "Want more jobs like this?",
    "Get jobs in San Jose, CA delivered to your inbox every week.",
    "Apply To This Job",
    "Content CreatorsContent DiscoveryMedia and Entertainment",
    "- Currently pursuing a PhD in Computer Science",
    "- Proficient in C/C++, Python, and shell",
    "• Pay: $45 hourly",
    "• Location: Variable (US)",
    "Salary: USD 120,000–180,000 per year",
    "Pay: $7,000 - $9,500/month",
    "Salary range: $120K–$180K",
    "£30,000 a year",
    "45 USD an hour",
    "We raised $10M funding",
    "- 401(K) With Company Matching",
    "- 10 paid holidays per year",
    "- Paid sick time (56 hours if hired in first half of year, 40 if hired in second half of year)",
    "Listed on 2026-03-02",
    "and the job listing Expires on February 28, 2026",
    "Closing date: 31/01/2026",
    "Apply by March 15, 2026",
    "Applications will be reviewed on a rolling basis - apply early.",
    "Note: The job is a remote job and is open to candidates in USA.",
    "This is a hybrid role: three days a week on-site in our Denver, CO office.",
    "TikTok has a track record of offering H1B sponsorships. Please note that this does not",
    "guarantee sponsorship for this specific role.",
    "## Requirements",
    "**Benefits**",
    "* Experience with Spark is a plus",
    "<h2>Qualifications</h2>",
    "",
    "   ",
    "Acme is hiring a Junior Data Analyst in Denver, CO. You will build dashboards every week.",
]
posting_like = st.lists(
    st.one_of(st.sampled_from(POSTING_LINES), st.text(max_size=60)), min_size=1, max_size=30
).map("\n".join)


def _check(posting: Posting, sources_of: SOURCES) -> None:
    for source in sources_of(posting):
        assert source, "a fact has an empty source"
        assert source in posting.text, f"source not in text: {source!r}"
        assert source == source.strip()
    assert posting.title.strip()
    assert posting.id


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.text())
def test_arbitrary_text_gives_a_posting_or_a_parse_error(sources_of: SOURCES, text: str) -> None:
    try:
        posting = parse_text(text, source="random.txt")
    except ParseError as error:
        assert error.source == "random.txt" and error.reason
        return
    _check(posting, sources_of)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(posting_like)
def test_posting_like_text_quotes_only_its_own_lines(sources_of: SOURCES, text: str) -> None:
    try:
        posting = parse_text(text, source="generated.txt")
    except ParseError as error:
        assert error.reason
        return
    _check(posting, sources_of)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(posting_like, st.sampled_from(["page.html", "doc.md", "feed.json", "notes.txt"]))
def test_any_layout_name_is_safe(sources_of: SOURCES, text: str, name: str) -> None:
    try:
        posting = parse_text(text, source=name)
    except ParseError as error:
        assert error.source == name
        return
    _check(posting, sources_of)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_give_a_posting_or_a_parse_error(data: bytes) -> None:
    try:
        posting = parse_bytes(data, source="random.bin", max_bytes=1500)
    except ParseError as error:
        assert error.reason
        return
    assert posting.content_hash and len(posting.content_hash) == 64


@settings(max_examples=100, deadline=None)
@given(posting_like)
def test_posting_like_bytes_in_every_encoding_are_safe(text: str) -> None:
    for data in (text.encode("utf-8"), text.encode("utf-16"), b"\xef\xbb\xbf" + text.encode("utf-8")):
        try:
            parse_bytes(data, source="encoded.txt")
        except ParseError as error:
            assert error.reason
