"""The five shipped postings, through the real parser, into the store and back out through the filters.

Expectations come from what the posting files say, named by file so a change of id scheme does not
break them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.postings.model import DegreeLevel, RemoteMode
from bot.settings import SHIPPED_KNOWLEDGE_DIR
from bot.store import Store

SHIPPED = SHIPPED_KNOWLEDGE_DIR / "postings"
REMOTE_USA = "000_074e261d0d3a88a1.txt"  # "[Remote] ... open to candidates in USA", PhD
CONTENT_ECOLOGY = "001_c410265e0ba4a352.txt"  # PhD
GRADUATE = "002_b9b9f944193993c4.txt"  # PhD
SUMMER_BS_MS = "003_06e791ab298bce6d.txt"  # BS/MS, "Location: Variable (US)", "Pay: $45 hourly"
HYBRID = "004_2da45c598f6bb406.txt"  # PhD, "Hybrid Work Opportunities"


@pytest.fixture
async def shipped(tmp_path: Path) -> AsyncIterator[Store]:
    async with await Store.open(tmp_path / "jobbot.db") as store:
        report = await store.load_directory(SHIPPED)
        assert report.counts() == {"added": 5, "updated": 0, "unchanged": 0, "removed": 0, "failed": 0}
        yield store


async def _files(store: Store, **criteria: object) -> list[str]:
    return sorted(posting.source for posting in await store.filter(**criteria))  # type: ignore[arg-type]


async def test_every_shipped_posting_round_trips_through_the_store(shipped: Store) -> None:
    postings = await shipped.all_postings()

    assert sorted(posting.source for posting in postings) == sorted(path.name for path in SHIPPED.iterdir())
    for posting in postings:
        assert posting.ingested_at is not None
        assert await shipped.get(posting.id) == posting
        assert posting.content_hash and (SHIPPED / posting.source).is_file()


async def test_reloading_the_shipped_folder_changes_nothing(shipped: Store) -> None:
    before = await shipped.all_postings()

    report = await shipped.load_directory(SHIPPED)

    assert report.unchanged == 5 and len(report.outcomes) == 5
    assert await shipped.all_postings() == before


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ({"degree": DegreeLevel.PHD}, [REMOTE_USA, CONTENT_ECOLOGY, GRADUATE, HYBRID]),
        ({"degree": DegreeLevel.MS}, [SUMMER_BS_MS]),
        ({"degree": DegreeLevel.BS}, [SUMMER_BS_MS]),
        ({"remote": RemoteMode.REMOTE}, [REMOTE_USA]),
        ({"remote": RemoteMode.HYBRID}, [HYBRID]),
        ({"has_pay": True}, [SUMMER_BS_MS]),
        ({"location": "USA"}, [REMOTE_USA, SUMMER_BS_MS]),
        ({"location": "variable"}, [SUMMER_BS_MS]),
        ({"location": "Canada"}, []),
        ({"degree": DegreeLevel.PHD, "remote": RemoteMode.REMOTE, "location": "us"}, [REMOTE_USA]),
        ({"degree": DegreeLevel.PHD, "has_pay": True}, []),
    ],
)
async def test_filters_on_the_shipped_postings(
    shipped: Store, criteria: dict[str, object], expected: list[str]
) -> None:
    assert await _files(shipped, **criteria) == sorted(expected)


async def test_has_pay_false_is_the_complement(shipped: Store) -> None:
    unpaid = await _files(shipped, has_pay=False)

    assert unpaid == sorted([REMOTE_USA, CONTENT_ECOLOGY, GRADUATE, HYBRID])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("$45 hourly?", SUMMER_BS_MS),
        ('"Large Recommender Models" (PhD)', HYBRID),
        ("LLM-powered search & discovery", CONTENT_ECOLOGY),
        ("open to candidates in: USA!", REMOTE_USA),
    ],
)
async def test_search_finds_the_shipped_posting_that_says_it(
    shipped: Store, query: str, expected: str
) -> None:
    hits = await shipped.search(query)

    assert hits, query
    top = await shipped.get(hits[0].posting_id)
    assert top is not None and top.source == expected


async def test_search_returns_each_posting_that_says_it_once(shipped: Store) -> None:
    hits = await shipped.search("housing allowance")

    sources = [posting.source for hit in hits if (posting := await shipped.get(hit.posting_id))]
    assert sorted(sources) == sorted([REMOTE_USA, CONTENT_ECOLOGY])
    assert all("housing allowance" in hit.snippet.lower() for hit in hits)
