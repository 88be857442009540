"""Remote, hybrid and on-site are read from what a sentence states, negations and office days included."""

from __future__ import annotations

import pytest

from bot.postings.parse import parse_text

HEAD = "Data Analyst Intern\n"


@pytest.mark.parametrize(
    ("line", "mode"),
    [
        ("This role is on-site; working from home is not available.", "on-site"),
        ("This is not a remote position.", "on-site"),
        ("No remote work: the team sits together in Austin, TX.", "on-site"),
        ("Remote work is not available for this role.", "on-site"),
        ("Working from home isn't possible for this role.", "on-site"),
        ("You will work in-office with the analytics team.", "on-site"),
        ("Work mode: On-site only", "on-site"),
        ("You must be based in our Boston office.", "on-site"),
        ("You must be based in Boston, MA.", "on-site"),
        ("Expect to be 5 days a week in the office.", "on-site"),
        ("We are remote-friendly and flexible about hours.", "hybrid"),
        ("Work mode: Hybrid (3 days in office)", "hybrid"),
        ("You will spend 3 days a week in the office and work from home the rest.", "hybrid"),
        ("The job is a remote job and is open to candidates in USA.", "remote"),
        ("Work from home anywhere in the US.", "remote"),
    ],
)
def test_remote_mode_sentences(line: str, mode: str) -> None:
    posting = parse_text(HEAD + line, source="mode.txt")
    assert posting.remote.mode.value == mode
    assert posting.remote.source == line


def test_remote_with_a_required_country_stays_remote() -> None:
    posting = parse_text(HEAD + "Remote within the US; you must be based in the US.", source="us.txt")
    assert (posting.remote.mode.value, posting.remote.region) == ("remote", "US")


def test_an_on_site_note_beside_a_location_label_is_on_site() -> None:
    text = (
        "Solutions Architect (BS)\n"
        "Note: This role is on-site; working from home is not available. Join Juniper Cloud's team.\n"
        "Location: Singapore\n"
    )
    posting = parse_text(text, source="note.txt")
    assert posting.remote.mode.value == "on-site"
    assert posting.remote.region is None
