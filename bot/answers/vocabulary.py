"""Load the engine's vocabulary (intent words, aliases, abbreviations) from the TOML files in knowledge/."""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.answers.answer import Intent

log = logging.getLogger(__name__)

INTENTS_FILE = "intents.toml"
ALIASES_FILE = "aliases.toml"


class VocabularyError(Exception):
    """A vocabulary file is missing or malformed; the message names the file and the key."""


@dataclass(frozen=True, slots=True)
class IntentWords:
    keywords: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class StateName:
    """A state or province, the code its places are written with ("San Jose, CA"), and its country."""

    name: str  # as written: "California"
    code: str  # as written: "CA"
    country: str  # a key of [countries]: "US"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Everything the router and resolver know about words, as plain data read from knowledge/."""

    intents: Mapping[Intent, IntentWords] = field(default_factory=dict)
    followup_phrases: tuple[str, ...] = ()
    plural_nouns: frozenset[str] = frozenset()
    all_words: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    naming_before: frozenset[str] = frozenset()
    naming_after: frozenset[str] = frozenset()
    ordinals: Mapping[str, int] = field(default_factory=dict)
    benefit_terms: Mapping[str, str] = field(default_factory=dict)
    allowance_words: frozenset[str] = frozenset()  # "stipend", "budget": after a benefit word, that benefit
    allowance_kinds: Mapping[str, str] = field(default_factory=dict)  # "learning" -> benefit category
    stopwords: frozenset[str] = frozenset()
    neutral: frozenset[str] = frozenset()
    emoji: Mapping[str, str] = field(default_factory=dict)
    other_companies: frozenset[str] = frozenset()
    countries: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    skill_terms: frozenset[str] = frozenset()
    abbreviations: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    degree_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    employment_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    remote_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    posting_aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    places: frozenset[str] = frozenset()  # place names a list can filter by
    place_phrases: tuple[str, ...] = ()  # well-known names of several words: "new york", "the hague"
    place_aliases: Mapping[str, str] = field(default_factory=dict)  # "nyc" -> "New York"
    place_regions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # "Bay Area" -> its cities
    states: tuple[StateName, ...] = ()  # states and provinces with their codes
    career_topics: tuple[str, ...] = ()  # "gpa", "cover letter": advice topics, not posting facts
    advice_words: frozenset[str] = frozenset()  # "rate", "best", "tips": asking for an opinion
    posting_asks: frozenset[str] = frozenset()  # "require", "need": asking what a posting states

    @classmethod
    def load(cls, knowledge_dir: Path) -> Vocabulary:
        """Read intents.toml and aliases.toml from ``knowledge_dir``."""
        return cls.from_mappings(
            _read_toml(knowledge_dir / INTENTS_FILE), _read_toml(knowledge_dir / ALIASES_FILE)
        )

    @classmethod
    def from_mappings(cls, intents: Mapping[str, Any], aliases: Mapping[str, Any]) -> Vocabulary:
        """Build a vocabulary from already parsed TOML tables (tests pass small ones)."""
        intent_words: dict[Intent, IntentWords] = {}
        for name, table in intents.get("intents", {}).items():
            try:
                intent = Intent(name)
            except ValueError:
                raise VocabularyError(f"{INTENTS_FILE}: unknown intent [intents.{name}]") from None
            intent_words[intent] = IntentWords(
                keywords=_strings(table, "keywords"),
                phrases=_strings(table, "phrases"),
                weak=_strings(table, "weak"),
            )
        ordinals = {
            word: position
            for position, key in enumerate(("first", "second", "third", "fourth", "fifth"), start=1)
            for word in _strings(intents.get("ordinals", {}), key)
        }
        return cls(
            intents=intent_words,
            followup_phrases=_strings(intents.get("followup", {}), "phrases"),
            plural_nouns=frozenset(_strings(intents.get("plural_nouns", {}), "words")),
            all_words=frozenset(_strings(intents.get("all_words", {}), "words")),
            pronouns=frozenset(_strings(intents.get("pronouns", {}), "words")),
            naming_before=frozenset(_strings(intents.get("naming", {}), "before")),
            naming_after=frozenset(_strings(intents.get("naming", {}), "after")),
            ordinals=ordinals,
            benefit_terms={str(k): str(v) for k, v in intents.get("benefit_terms", {}).items()},
            allowance_words=frozenset(_strings(intents.get("allowances", {}), "words")),
            allowance_kinds={
                str(k).lower(): str(v) for k, v in intents.get("allowances", {}).get("kinds", {}).items()
            },
            stopwords=frozenset(_strings(intents.get("stopwords", {}), "words")),
            neutral=frozenset(_strings(intents.get("neutral", {}), "words")),
            emoji={str(k): str(v) for k, v in intents.get("emoji", {}).items()},
            other_companies=frozenset(_strings(intents.get("other_companies", {}), "words")),
            countries=_string_lists(intents.get("countries", {})),
            skill_terms=frozenset(_strings(intents.get("skill_terms", {}), "words")),
            abbreviations={
                str(k).lower(): tuple(str(v).lower().split())
                for k, v in aliases.get("abbreviations", {}).items()
            },
            degree_words=_string_lists(aliases.get("degree_words", {})),
            employment_words=_string_lists(aliases.get("employment_words", {})),
            remote_words=_string_lists(aliases.get("remote_words", {})),
            posting_aliases=_string_lists(aliases.get("postings", {})),
            places=frozenset(_strings(intents.get("places", {}), "words")),
            place_phrases=_strings(intents.get("places", {}), "phrases"),
            place_aliases={
                alias.lower(): name for alias, name in _named(intents.get("places", {}), "aliases").items()
            },
            place_regions=_as_written(intents.get("places", {}).get("regions", {}), "places.regions"),
            states=_states(intents.get("places", {}).get("states", {})),
            career_topics=_strings(intents.get("career_advice", {}), "topics"),
            advice_words=frozenset(_strings(intents.get("career_advice", {}), "advice")),
            posting_asks=frozenset(_strings(intents.get("career_advice", {}), "posting_asks")),
        )


def _read_toml(path: Path) -> dict[str, Any]:
    """Parse one TOML file, naming it in the error when it is missing or invalid."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        log.warning("vocabulary file %s not found; using an empty table", path)
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise VocabularyError(f"{path.name}: {exc}") from exc


def _strings(table: Mapping[str, Any], key: str) -> tuple[str, ...]:
    """Return a list of strings from ``table[key]``, lowercased."""
    values = table.get(key, [])
    if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
        raise VocabularyError(f"{key} must be a list of strings")
    return tuple(value.lower() for value in values)


def _named(table: Mapping[str, Any], key: str) -> dict[str, str]:
    """Return a table of name -> name from ``table[key]``, both as written."""
    values = table.get(key, {})
    if not isinstance(values, dict) or not all(isinstance(value, str) for value in values.values()):
        raise VocabularyError(f"{key} must be a table of strings")
    return {str(name): value for name, value in values.items()}


def _as_written(table: Mapping[str, Any], key: str) -> dict[str, tuple[str, ...]]:
    """Return a table of name -> list of strings with keys and values as written (they are shown)."""
    result: dict[str, tuple[str, ...]] = {}
    for name, values in table.items():
        if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
            raise VocabularyError(f"{key}.{name} must be a list of strings")
        result[str(name)] = tuple(values)
    return result


def _states(table: Mapping[str, Any]) -> tuple[StateName, ...]:
    """Read [places.states.<country>] tables of state name -> code."""
    states: list[StateName] = []
    for country in table:
        for name, code in _named(table, country).items():
            states.append(StateName(name=name, code=code, country=str(country)))
    return tuple(states)


def _string_lists(table: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    """Return a table of name -> list of strings (keys keep their case: "PhD", file names)."""
    result: dict[str, tuple[str, ...]] = {}
    for key, values in table.items():
        if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
            raise VocabularyError(f"{key} must be a list of strings")
        result[str(key)] = tuple(value.lower() for value in values)
    return result
