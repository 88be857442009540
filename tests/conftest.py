"""Fixtures shared by every test folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.settings import SHIPPED_KNOWLEDGE_DIR


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    """A copy of the shipped knowledge folder (postings and vocabulary) that the test may change."""
    folder = tmp_path / "knowledge"
    shutil.copytree(SHIPPED_KNOWLEDGE_DIR / "postings", folder / "postings")
    for vocabulary in SHIPPED_KNOWLEDGE_DIR.glob("*.toml"):
        shutil.copy(vocabulary, folder / vocabulary.name)
    return folder
