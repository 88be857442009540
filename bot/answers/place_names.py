"""What the places a question names stand for: nicknames ("nyc"), regions ("bay area"), states ("CA").

A question names a place as typed; the list filter wants the places a posting may state instead
("nyc" -> "New York", "bay area" -> "San Francisco", "San Jose", ...) and the codes a state is written
with ("in california" finds "San Jose, CA"), with the canonical name to show in the answer.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bot.answers.normalize import _split_raw
from bot.answers.place_index import AskedPlace
from bot.answers.vocabulary import Vocabulary


def _tokens(text: str) -> tuple[str, ...]:
    """A name as the raw tokens a question would type it with: "Washington D.C." -> washington, d, c."""
    return tuple(_split_raw(text, {}))


class PlaceNames:
    """Nicknames, regions, states and provinces of places, from the vocabulary's [places] tables."""

    def __init__(self, vocabulary: Vocabulary, *, everyday: Collection[str]) -> None:
        """``everyday``: words never read as a state code ("or", "me", "hi"), however they are placed."""
        self._aliases = {_tokens(alias): name for alias, name in vocabulary.place_aliases.items()}
        self._regions = {name.lower(): members for name, members in vocabulary.place_regions.items()}
        self._region_labels = {name.lower(): name for name in vocabulary.place_regions}
        self._states = {_tokens(state.name): state for state in vocabulary.states}
        self._codes = {
            state.code.lower(): state for state in vocabulary.states if state.code.lower() not in everyday
        }
        self._country_codes: dict[str, tuple[str, ...]] = {}
        for state in vocabulary.states:
            codes = self._country_codes.get(state.country, ())
            self._country_codes[state.country] = (*codes, state.code.lower())
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for tokens in (*self._aliases, *self._states):
            if tokens:
                self._by_first.setdefault(tokens[0], []).append(tokens)
        for candidates in self._by_first.values():
            candidates.sort(key=len, reverse=True)  # "new york city" before "new york"

    def length(self, raws: Sequence[str], start: int, *, codes: bool) -> int:
        """How many tokens from ``start`` form a nickname or a state name (or, if ``codes``, a code)."""
        if start >= len(raws):
            return 0
        for tokens in self._by_first.get(raws[start], ()):
            if tuple(raws[start : start + len(tokens)]) == tokens:
                return len(tokens)
        return 1 if codes and raws[start] in self._codes else 0

    def state_length(self, raws: Sequence[str], start: int) -> int:
        """How many tokens from ``start`` form a state or province name or code ("wa", "new york")."""
        if start >= len(raws):
            return 0
        for tokens in self._by_first.get(raws[start], ()):
            if tokens in self._states and tuple(raws[start : start + len(tokens)]) == tokens:
                return len(tokens)
        return 1 if raws[start] in self._codes else 0

    def is_state(self, typed: str) -> bool:
        """Tell whether a place typed ("california", "ca") is a state or province."""
        tokens = tuple(typed.split())
        return tokens in self._states or (len(tokens) == 1 and tokens[0] in self._codes)

    def asked(self, typed: str) -> AskedPlace:
        """What a place typed in a question stands for, with the name to show for it."""
        tokens = tuple(typed.split())
        alias = self._aliases.get(tokens)
        if alias is not None:
            return self._canonical(alias)
        state = self._states.get(tokens)
        if state is None and len(tokens) == 1:
            state = self._codes.get(tokens[0])
        if state is not None:
            return AskedPlace(state.name, (state.name.lower(),), (state.code.lower(),))
        if typed in self._regions:
            return self._canonical(self._region_labels[typed])
        return AskedPlace(typed.title(), (typed,))

    def country(self, key: str, words: Sequence[str]) -> AskedPlace:
        """A country asked by one of its ``words``: its own words, and the codes of its states."""
        first = words[0]
        label = first.upper() if len(first) <= 3 else first.title()  # "US", "Canada"
        return AskedPlace(label, tuple(words), self._country_codes.get(key, ()))

    def _canonical(self, name: str) -> AskedPlace:
        """A canonical place name, with the places of a region ("Bay Area") when it is one."""
        members = self._regions.get(name.lower())
        if members is None:
            return AskedPlace(name, (name.lower(),))
        names = tuple(dict.fromkeys(" ".join(_tokens(member)) for member in members))
        return AskedPlace(name, names)
