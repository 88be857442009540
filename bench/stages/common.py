"""What the stages share: the pinned date, availability checks, building the engine, answer text."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# The labelled questions pin "today" to this date (tests/data/QUESTIONS.md); timings use it too.
TODAY = dt.date(2026, 11, 23)
CONTEXT_TTL_SECONDS = 900.0


def unavailable(*modules: str) -> dict[str, Any] | None:
    """Return a "not available" result naming the first module that cannot be imported, else None."""
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception as exc:  # a module mid-development may fail with any error, not only ImportError
            return {"status": "not available", "reason": f"{name}: {type(exc).__name__}: {exc}"}
    return None


def app_settings(knowledge_dir: Path, db_path: Path | str) -> Any:
    """Return the app's settings pointed at ``knowledge_dir`` and ``db_path``, with "today" pinned."""
    from bot.settings import get_settings

    return get_settings(
        knowledge_dir=knowledge_dir,
        db_path=str(db_path),
        today=TODAY,
        context_ttl_seconds=CONTEXT_TTL_SECONDS,
    )


def build_engine(postings: Sequence[Any], knowledge_dir: Path) -> Any:
    """Build the engine through the app's own wiring when it exists, with "today" pinned."""
    if unavailable("bot.app") is None:
        from bot.app import build_engine as app_build_engine

        return app_build_engine(app_settings(knowledge_dir, ":memory:"), postings)
    from bot.answers.engine import Engine

    return Engine.from_knowledge(
        postings, knowledge_dir, today=lambda: TODAY, context_ttl=CONTEXT_TTL_SECONDS
    )


def answer_text(answer: Any) -> str:
    """Return everything the answer shows, through the text renderer when it exists."""
    try:
        from bot.render.text import answer_to_text
    except ImportError:
        parts = [answer.title, answer.summary]
        parts += [f"{field.name}: {field.value}" for field in answer.fields]
        parts += [answer.footer or ""]
        return "\n".join(parts)
    return str(answer_to_text(answer))


def remove_database(path: Path) -> None:
    """Delete a SQLite database and its WAL side files, so the next open starts empty."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
