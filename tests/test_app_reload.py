"""App.reload: the store syncs with the folder, a new engine is built, and users' follow-ups still work."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.answers.answer import Intent
from bot.app import App, open_app
from bot.settings import Settings

MLE_INTERN = "003_06e791ab298bce6d.txt"
RS_INTERN = "004_2da45c598f6bb406.txt"


@pytest.fixture
async def app(knowledge: Path) -> AsyncIterator[App]:
    settings = Settings(knowledge_dir=knowledge, db_path=":memory:", today="2026-11-23")
    async with open_app(settings) as opened:
        yield opened


def posting_id(app: App, file_name: str) -> str:
    return next(posting.id for posting in app.engine.postings if posting.source == file_name)


async def test_a_follow_up_after_a_reload_is_about_the_same_posting(app: App) -> None:
    mle = posting_id(app, MLE_INTERN)
    assert app.engine.answer("what does the mle intern pay?", "alice").postings == [mle]
    before = app.engine
    await app.reload()
    assert app.engine is not before
    answer = app.engine.answer("and benefits?", "alice")
    assert answer.intent is Intent.BENEFITS
    assert answer.postings == [mle]


async def test_a_follow_up_about_a_removed_posting_is_not_answered_from_it(app: App, knowledge: Path) -> None:
    mle = posting_id(app, MLE_INTERN)
    rs = posting_id(app, RS_INTERN)
    app.engine.answer("what does the mle intern pay?", "alice")
    app.engine.answer("what does the rs intern pay?", "bob")
    (knowledge / "postings" / RS_INTERN).unlink()
    report = await app.reload()
    assert [outcome.status for outcome in report.with_status("removed")] == ["removed"]
    assert app.engine.answer("and benefits?", "alice").postings == [mle]
    assert rs not in app.engine.answer("and benefits?", "bob").postings
