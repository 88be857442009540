"""/jobs with a place in its query lists the same postings, under the same title, as the sentence does."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bot.postings.model import Posting
from bot.postings.parse import parse_file, parse_text
from bot.settings import SHIPPED_KNOWLEDGE_DIR

from .conftest import make_settings, running_bot
from .fake_discord import FakeDiscord
from .helpers import ALICE, callback_for, embed_of, reply_to

engine_module = pytest.importorskip("bot.answers.engine")

_SEATTLE = """Data Scientist PhD Intern – Rainier Labs – Summer 2026 (PhD)
Location: Seattle, WA (on-site)
Pay: $54 hourly
Responsibilities
- Build data pipelines for analytics
Requirements
- Currently pursuing a PhD in computer science
"""

_NEW_YORK = """Software Engineer New Grad – Battery Capital – 2026 Start (BS)
Location: New York, NY (on-site)
Pay: $51 hourly
Responsibilities
- Build trading services
Requirements
- A BS in computer science
"""


@pytest.fixture(scope="module")
def postings() -> list[Posting]:
    shipped = [parse_file(path) for path in sorted((SHIPPED_KNOWLEDGE_DIR / "postings").iterdir())]
    built = [parse_text(_SEATTLE, source="seattle.txt"), parse_text(_NEW_YORK, source="new-york.txt")]
    return [*shipped, *built]


@pytest.fixture
def real_engine(postings: list[Posting]) -> Any:
    return engine_module.Engine.from_knowledge(
        postings, Path(SHIPPED_KNOWLEDGE_DIR), today=lambda: date(2026, 3, 1), context_ttl=900
    )


def listed_titles(body: dict[str, Any]) -> list[str]:
    return [field["name"] for field in embed_of(body)["fields"]]


@pytest.mark.parametrize(
    ("query", "sentence", "title", "posting"),
    [
        ("roles in seattle", "roles in seattle", "Postings: Seattle", "Rainier Labs"),
        ("nyc", "jobs in nyc", "Postings: New York", "Battery Capital"),
    ],
)
async def test_jobs_query_and_sentence_list_the_same_postings_of_a_place(
    fake: FakeDiscord,
    real_engine: Any,
    postings: list[Posting],
    query: str,
    sentence: str,
    title: str,
    posting: str,
) -> None:
    async with running_bot(real_engine, settings=make_settings(cooldown_rate=100)):
        slash = await callback_for(fake, await fake.slash("jobs", ALICE, query=query))
        asked = await reply_to(fake, await fake.post_message(ALICE, sentence, in_dm=True))
    assert embed_of(slash)["title"] == title == embed_of(asked.body)["title"]
    assert listed_titles(slash) == listed_titles(asked.body)
    listed = [name for name in listed_titles(slash) if name in {p.title for p in postings}]
    assert len(listed) == 1 and posting in listed[0]
