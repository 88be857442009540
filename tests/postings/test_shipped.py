"""Shipped data is tested: every posting in knowledge/postings parses, validates and quotes its own lines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot.postings.model import Posting
from bot.postings.parse import parse_file
from bot.postings.parse.skills import DEFAULT_SKILLS_FILE, default_vocabulary

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted((ROOT / "knowledge" / "postings").iterdir())
EXTRA = sorted((ROOT / "tests" / "data" / "postings").iterdir())


@pytest.mark.parametrize("path", SHIPPED + EXTRA, ids=lambda path: path.name)
def test_posting_parses_validates_and_quotes_itself(
    path: Path, sources_of: Callable[[Posting], list[str]]
) -> None:
    posting = parse_file(path)
    assert Posting.model_validate_json(posting.model_dump_json()) == posting
    lines = {line.strip() for line in posting.text.split("\n")}
    for source in sources_of(posting):
        assert source in lines, f"{source!r} is not a line of {path.name}"


def test_shipped_ids_are_unique_and_stable() -> None:
    first = [parse_file(path).id for path in SHIPPED]
    assert len(set(first)) == len(SHIPPED)
    assert first == [parse_file(path).id for path in SHIPPED]


def test_board_noise_never_becomes_a_fact(sources_of: Callable[[Posting], list[str]]) -> None:
    noise = ("Apply To This Job", "Want more jobs", "Get jobs in", "Proxy or VPN", "crunchbase", "2026-01-09")
    for path in SHIPPED:
        posting = parse_file(path)
        for source in sources_of(posting):
            assert not any(marker in source for marker in noise), (path.name, source)
        assert all(marker not in heading for heading in posting.sections for marker in noise)


def test_skill_vocabulary_file_loads() -> None:
    assert DEFAULT_SKILLS_FILE.is_file()
    vocabulary = default_vocabulary()
    found = vocabulary.find(["PyTorch,Tensor Flow and C/C++ or C++"])
    assert found == ["PyTorch", "TensorFlow", "C/C++", "C++"]
