"""Find normalised skill names (PyTorch, C/C++, SQL, ...) in requirement lines, from knowledge/skills.toml."""

from __future__ import annotations

import functools
import logging
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.settings import SHIPPED_KNOWLEDGE_DIR

log = logging.getLogger(__name__)

DEFAULT_SKILLS_FILE = SHIPPED_KNOWLEDGE_DIR / "skills.toml"
_CACHE_LIMIT = 8192
_EDGE_BEFORE = r"(?<![\w+#])"
_EDGE_AFTER = r"(?![\w+#]|\.\w)"


def _alternation(spellings: Iterable[str]) -> str:
    """Return a regex alternation shaped as a prefix trie, so matching does not retry every spelling."""
    trie: dict[str, dict[str, object]] = {}
    for spelling in set(spellings):
        node = trie
        for char in " ".join(spelling.split()):
            node = node.setdefault(char, {})  # type: ignore[assignment]
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, dict[str, object]]) -> str:
    ends_here = "" in node
    branches = []
    for char in sorted((key for key in node if key), key=lambda key: key.lower()):
        piece = r"\s+" if char == " " else re.escape(char)
        branches.append(piece + _trie_regex(node[char]))  # type: ignore[arg-type]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Greedy optional tail: the longest spelling wins ("C/C++" before "C").
    return f"(?:{body})?" if ends_here else body


@dataclass(frozen=True, slots=True)
class SkillVocabulary:
    """Canonical skill names and the compiled patterns that find their spellings."""

    folded: re.Pattern[str] | None
    exact: re.Pattern[str] | None
    folded_names: dict[str, str]  # " ".join(spelling.lower().split()) -> canonical name
    exact_names: dict[str, str]
    cache: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)
    # ``folded`` without IGNORECASE, for lowercased ASCII text; None when a spelling is not ASCII.
    folded_ascii: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

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
        folded_source = f"{_EDGE_BEFORE}(?:{_alternation(folded)}){_EDGE_AFTER}"
        folded_pattern = re.compile(folded_source, re.I) if folded else None
        exact_pattern = re.compile(f"{_EDGE_BEFORE}(?:{_alternation(exact)}){_EDGE_AFTER}") if exact else None
        # ASCII text lowercased matches the lowercase spellings exactly where IGNORECASE would, and a
        # case-sensitive scan is several times faster; a non-ASCII spelling could fold onto ASCII letters.
        ascii_spellings = bool(folded) and all(spelling.isascii() for spelling in folded)
        folded_ascii = re.compile(folded_source) if ascii_spellings else None
        return cls(folded_pattern, exact_pattern, folded, exact, folded_ascii=folded_ascii)

    def find(self, texts: Iterable[str]) -> list[str]:
        """Return the canonical names mentioned in the texts, in order of first mention, without repeats."""
        names: list[str] = []
        for text in texts:
            for name in self._names_in(text):
                if name not in names:
                    names.append(name)
        return names

    def _names_in(self, text: str) -> tuple[str, ...]:
        """Return the names in one text; requirement lines repeat, so results are remembered."""
        cached = self.cache.get(text)
        if cached is None:
            cached = self._scan(text)
            if len(self.cache) >= _CACHE_LIMIT:
                self.cache.clear()
            self.cache[text] = cached
        return cached

    def _scan(self, text: str) -> tuple[str, ...]:
        hits: list[tuple[int, str]] = []
        if self.folded_ascii is not None and text.isascii():
            hits.extend(
                (match.start(), self.folded_names[" ".join(match.group(0).split())])
                for match in self.folded_ascii.finditer(text.lower())
            )
        elif self.folded is not None:
            hits.extend(
                (match.start(), self.folded_names[" ".join(match.group(0).lower().split())])
                for match in self.folded.finditer(text)
            )
        if self.exact is not None:
            hits.extend(
                (match.start(), self.exact_names[" ".join(match.group(0).split())])
                for match in self.exact.finditer(text)
            )
        return tuple(name for _, name in sorted(hits))


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
