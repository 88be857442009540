"""Queries: postings come back as models; search takes any text; filters combine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.postings.model import DegreeLevel, RemoteMode
from bot.store import SearchHit, Store


@pytest.fixture
async def loaded(store: Store, fake_parser: Any, tmp_path: Path, write_posting: Any) -> Store:
    folder = tmp_path / "postings"
    write_posting(
        folder,
        "a.txt",
        title="Data Intern",
        degrees="BS!, MS",
        locations="Austin, TX/US",
        remote="on-site",
        section_Benefits="Health insurance, 401(k) match and a “quoted” perk",
    )
    write_posting(
        folder,
        "b.txt",
        title="ML Scientist",
        degrees="PhD!",
        remote="remote",
        region="USA",
        pay="$45 hourly",
        summary="Build C++ and Python recommendation systems",
    )
    write_posting(
        folder,
        "c.txt",
        title="Research Intern",
        degrees="MS!, PhD",
        locations="San Jose, CA/US; München/DE",
        remote="hybrid",
        pay="$8,000 per month",
        section_Qualifications='Publications at NeurIPS: "first-author" (required)',
    )
    report = await store.load_directory(folder)
    assert report.added == 3
    return store


async def test_all_postings_and_get_return_models(loaded: Store) -> None:
    postings = await loaded.all_postings()

    assert [p.id for p in postings] == ["data-intern", "ml-scientist", "research-intern"]
    assert await loaded.count() == 3
    assert await loaded.get("ml-scientist") == postings[1]
    assert await loaded.get("no-such-posting") is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"first-author"', "research-intern"),
        ("401(k) match?", "data-intern"),
        ("C++ AND (python", "ml-scientist"),
        ("NEAR(recommendation python) OR -", "ml-scientist"),
        ("“quoted” perk's", "data-intern"),
        ("title:neurips*", "research-intern"),
        ("MÜNCHEN", "research-intern"),
    ],
)
async def test_search_treats_punctuation_and_quotes_as_plain_words(
    loaded: Store, query: str, expected: str
) -> None:
    hits = await loaded.search(query)

    assert hits and hits[0].posting_id == expected
    assert all(isinstance(hit, SearchHit) and hit.snippet for hit in hits)


async def test_search_returns_the_best_passage_once_per_posting(loaded: Store) -> None:
    hits = await loaded.search("intern")

    assert sorted(hit.posting_id for hit in hits) == ["data-intern", "research-intern"]
    assert all(hit.heading == "title" for hit in hits)
    assert hits[0].score >= hits[1].score
    assert len(await loaded.search("intern", limit=1)) == 1


async def test_search_falls_back_to_any_word_when_no_passage_has_all(loaded: Store) -> None:
    hits = await loaded.search("neurips zanzibar")

    assert [hit.posting_id for hit in hits] == ["research-intern"]
    assert hits[0].heading == "Qualifications"
    assert "NeurIPS" in hits[0].snippet


@pytest.mark.parametrize("query", ["", "   ", '"', "()", "*", "-", "“”", "^:"])
async def test_search_with_no_usable_word_finds_nothing_without_error(loaded: Store, query: str) -> None:
    assert await loaded.search(query) == []


async def test_search_operators_are_ordinary_words(loaded: Store) -> None:
    hits = await loaded.search("AND NEAR")

    assert sorted(hit.posting_id for hit in hits) == ["data-intern", "ml-scientist"]  # both say "and"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=40))
async def test_search_never_raises_on_arbitrary_text(loaded: Store, text: str) -> None:
    hits = await loaded.search(text)

    assert len(hits) <= 10


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ({}, ["Data Intern", "ML Scientist", "Research Intern"]),
        ({"degree": DegreeLevel.PHD}, ["ML Scientist", "Research Intern"]),
        ({"degree": DegreeLevel.BS}, ["Data Intern"]),
        ({"remote": RemoteMode.REMOTE}, ["ML Scientist"]),
        ({"remote": RemoteMode.HYBRID}, ["Research Intern"]),
        ({"has_pay": True}, ["ML Scientist", "Research Intern"]),
        ({"has_pay": False}, ["Data Intern"]),
        ({"location": "san jose"}, ["Research Intern"]),
        ({"location": "US"}, ["Data Intern", "ML Scientist", "Research Intern"]),
        ({"location": "usa"}, ["Data Intern", "ML Scientist", "Research Intern"]),
        ({"location": "Germany"}, ["Research Intern"]),
        ({"location": "canada"}, []),
        ({"location": "TX"}, ["Data Intern"]),
        ({"location": "münchen"}, ["Research Intern"]),
        ({"location": "Jose, CA"}, ["Research Intern"]),
        ({"location": "united states"}, ["Data Intern", "ML Scientist", "Research Intern"]),
        ({"location": "Austin, US"}, ["Data Intern"]),
        ({"location": "Austin, DE"}, []),
        ({"location": "?!"}, ["Data Intern", "ML Scientist", "Research Intern"]),
        ({"location": "aus"}, []),
        ({"location": "  "}, ["Data Intern", "ML Scientist", "Research Intern"]),
        ({"degree": DegreeLevel.MS, "has_pay": True}, ["Research Intern"]),
        ({"degree": DegreeLevel.MS, "remote": RemoteMode.REMOTE}, []),
    ],
)
async def test_filters_combine(loaded: Store, criteria: dict[str, Any], expected: list[str]) -> None:
    postings = await loaded.filter(**criteria)

    assert [posting.title for posting in postings] == expected


async def test_filters_read_postings_in_title_order_without_sorting(loaded: Store) -> None:
    plans = {}
    for name, sql in {
        "degree": "SELECT p.json FROM postings p WHERE instr(p.degree_levels, ' PhD ')"
        " ORDER BY p.title, p.id",
        "place": "SELECT p.json FROM postings p WHERE EXISTS (SELECT 1 FROM json_each(p.places) l"
        " WHERE instr(l.value ->> 0, ' austin ') OR l.value ->> 1 = 'US') ORDER BY p.title, p.id",
        "remote": "SELECT p.json FROM postings p WHERE p.remote_mode = 'remote' ORDER BY p.title, p.id",
    }.items():
        rows = await loaded._on_connection(
            lambda conn, sql=sql: conn.execute(f"EXPLAIN QUERY PLAN {sql}").fetchall()
        )
        plans[name] = " | ".join(str(row[3]) for row in rows)

    for name, plan in plans.items():
        assert "USING INDEX postings_title" in plan and "TEMP B-TREE" not in plan, name
