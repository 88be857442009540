"""Find normalised skill names (PyTorch, C/C++, SQL, ...) in requirement lines, from knowledge/skills.toml."""

from __future__ import annotations

import functools
import logging
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bot.settings import SHIPPED_KNOWLEDGE_DIR

log = logging.getLogger(__name__)

DEFAULT_SKILLS_FILE = SHIPPED_KNOWLEDGE_DIR / "skills.toml"
_EDGE_BEFORE = r"(?<![\w+#])"
_EDGE_AFTER = r"(?![\w+#]|\.\w)"


def _alternation(spellings: Iterable[str]) -> str:
    ordered = sorted(set(spellings), key=len, reverse=True)  # longest first: "C/C++" before "C++"
    return "|".join(r"\s+".join(map(re.escape, spelling.split())) for spelling in ordered)


@dataclass(frozen=True, slots=True)
class SkillVocabulary:
    """Canonical skill names and the compiled patterns that find their spellings."""

    folded: re.Pattern[str] | None
    exact: re.Pattern[str] | None
    folded_names: dict[str, str]  # " ".join(spelling.lower().split()) -> canonical name
    exact_names: dict[str, str]

    @classmethod
    def from_entries(cls, entries: Iterable[dict[str, object]]) -> SkillVocabulary:
        """Build the vocabulary from ``[[skill]]`` tables (name, spellings, exact)."""
        folded: dict[str, str] = {}
        exact: dict[str, str] = {}
        for entry in entries:
            name = str(entry.get("name", "")).strip()
            if not name:
                continue
            for spelling in _strings(entry.get("spellings")):
                folded.setdefault(" ".join(spelling.lower().split()), name)
            for spelling in _strings(entry.get("exact")):
                exact.setdefault(" ".join(spelling.split()), name)
        folded_pattern = (
            re.compile(f"{_EDGE_BEFORE}(?:{_alternation(folded)}){_EDGE_AFTER}", re.I) if folded else None
        )
        exact_pattern = re.compile(f"{_EDGE_BEFORE}(?:{_alternation(exact)}){_EDGE_AFTER}") if exact else None
        return cls(folded_pattern, exact_pattern, folded, exact)

    def find(self, texts: Iterable[str]) -> list[str]:
        """Return the canonical names mentioned in the texts, in order of first mention, without repeats."""
        names: list[str] = []
        for text in texts:
            hits: list[tuple[int, str]] = []
            if self.folded is not None:
                hits.extend(
                    (m.start(), self.folded_names[" ".join(m.group(0).lower().split())])
                    for m in self.folded.finditer(text)
                )
            if self.exact is not None:
                hits.extend(
                    (m.start(), self.exact_names[" ".join(m.group(0).split())])
                    for m in self.exact.finditer(text)
                )
            for _, name in sorted(hits):
                if name not in names:
                    names.append(name)
        return names


def _strings(value: object) -> list[str]:
    return [str(item) for item in value if str(item).strip()] if isinstance(value, list) else []


def load_vocabulary(path: Path) -> SkillVocabulary:
    """Read a skills TOML file; a missing or broken file gives an empty vocabulary and a warning."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        log.warning("skill vocabulary %s not loaded: %s", path, error)
        return SkillVocabulary.from_entries([])
    entries = data.get("skill", [])
    return SkillVocabulary.from_entries(entry for entry in entries if isinstance(entry, dict))


@functools.cache
def default_vocabulary() -> SkillVocabulary:
    """Return the shipped skill vocabulary, read once."""
    return load_vocabulary(DEFAULT_SKILLS_FILE)
