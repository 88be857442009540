"""Fixtures for the store tests: an in-memory store, and a small stand-in parser whose calls are counted.

The stand-in reads ``key: value`` lines, so each test states exactly the posting it wants stored and
the loader's behaviour is tested apart from the real parser's (the shipped-posting tests use the real one).
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from bot.postings.errors import ParseError
from bot.postings.model import (
    DegreeLevel,
    DegreeRequirement,
    Fact,
    Location,
    Pay,
    Posting,
    RemoteMode,
    RemotePolicy,
)
from bot.store import Store


class FakeParser:
    """Parse ``key: value`` posting files and remember which files it was asked to parse."""

    def __init__(self) -> None:
        self.parsed: list[str] = []

    def __call__(self, data: bytes, *, source: str, max_bytes: int = 1_000_000) -> Posting:
        self.parsed.append(source)
        if not data.strip():
            raise ParseError(source, "the file is empty")
        if b"\x00" in data:
            raise ParseError(source, "the file is binary, not text")
        text = data.decode("utf-8")
        fields: dict[str, str] = {}
        sections: dict[str, str] = {}
        for line in text.splitlines():
            key, _, value = line.partition(": ")
            if key.startswith("section "):
                sections[key.removeprefix("section ")] = value
            elif value:
                fields[key] = value
        if "title" not in fields:
            raise ParseError(source, "no title line")
        title = fields["title"]
        return Posting(
            id=fields.get("id", title.lower().replace(" ", "-")),
            title=title,
            company=fields.get("company"),
            degree_levels=[
                DegreeRequirement(
                    level=DegreeLevel(level.rstrip("!")), required=level.endswith("!"), source=line
                )
                for line in [fields.get("degrees", "")]
                for level in line.split(", ")
                if level
            ],
            locations=[
                Location(name=name, country=country or None, source=place)
                for place in fields.get("locations", "").split("; ")
                if place
                for name, _, country in [place.partition("/")]
            ],
            remote=RemotePolicy(
                mode=RemoteMode(fields.get("remote", "unknown")), region=fields.get("region"), source=None
            ),
            pay=[Pay(text=fields["pay"], source=fields["pay"])] if "pay" in fields else [],
            summary=Fact(text=fields["summary"], source=fields["summary"]) if "summary" in fields else None,
            sections=sections,
            text=text,
            source=source,
            content_hash=hashlib.sha256(data).hexdigest(),
        )


@pytest.fixture
def fake_parser(monkeypatch: pytest.MonkeyPatch) -> FakeParser:
    """Route the store's parsing through the stand-in parser."""
    parser = FakeParser()
    monkeypatch.setattr("bot.storage.prepare.parse_bytes", parser)
    return parser


@pytest.fixture
async def store() -> AsyncIterator[Store]:
    async with await Store.open(":memory:") as opened:
        yield opened


@pytest.fixture
def write_posting() -> Callable[..., Path]:
    """Return a helper writing a stand-in posting file from keyword fields."""

    def write(folder: Path, name: str, **fields: str) -> Path:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = [f"{key.replace('_', ' ')}: {value}" for key, value in fields.items()]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    return write
