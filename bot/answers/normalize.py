"""Turn text typed in a chat into comparable words: lowercase, no emoji, plural-stemmed, typo-corrected."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from rapidfuzz import fuzz, process

_MENTION_PATTERNS = (
    (re.compile(r"@(everyone|here)", re.IGNORECASE), "@\u200b\\1"),
    (re.compile(r"<@"), "<@\u200b"),
    (re.compile(r"<#"), "<#\u200b"),
)
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
# "$45", "$45/hr" -> "$45"; "45k"; "c++"; words with inner hyphens, slashes split later; a lone "$".
_TOKEN = re.compile(r"\$\d+(?:[.,]\d+)*k?|\d+(?:[.,]\d+)*k?|c\+\+|[a-z0-9]+(?:['-][a-z0-9]+)*|\$+|[,&+;]")
SEPARATOR = "|"
_MIN_FUZZY_LENGTH = 4
# Texts up to this long have their words kept, in a cache of at most this many texts.
_CACHED_TEXT_MAX = 120
_WORDS_CACHE_SIZE = 50_000


def neutralize_mentions(text: str) -> str:
    """Break @everyone, @here, user, role and channel mentions so echoed text can never ping."""
    for pattern, replacement in _MENTION_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def stem(word: str) -> str:
    """Strip a plural ending so "benefits" and "benefit" compare equal."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a question: the canonical form matched on, and whether it was typed as a plural."""

    text: str
    raw: str
    plural: bool = False
    emoji: bool = False  # stands for an emoji ("🏠" -> "housing"): weaker than a typed word


def _split_raw(text: str, emoji: Mapping[str, str]) -> list[str]:
    """Split text into lowercase raw tokens, replacing known emoji by their word first."""
    for symbol, word in emoji.items():
        if symbol in text:
            text = text.replace(symbol, f" {word} ")
    if not text.isascii():  # plain ASCII has nothing for NFKC or the apostrophe table to change
        text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    text = text.lower()
    tokens: list[str] = []
    for token in _TOKEN.findall(text):
        if token.isalnum():  # the common case: a plain word or number
            tokens.append(token)
        elif token in {",", "&", "+", ";"}:
            tokens.append(SEPARATOR)
        elif token == "c++":
            tokens.append("cpp")
        elif token.startswith("$") and len(token) > 1 and token[1] == "$":
            tokens.append("$")
        elif "-" in token:
            parts = token.split("-")
            joined = any(char.isdigit() for char in token) or any(len(part) == 1 for part in parts)
            tokens.extend(["".join(parts)] if joined else parts)
        elif "'" in token:
            head, _, tail = token.partition("'")
            tokens.append(head + ("s" if tail == "s" else tail) if tail in {"s", "t", "re", "ll"} else head)
        else:
            tokens.append(token.rstrip(".,"))
    return [token for token in tokens if token]


class Normalizer:
    """Map raw words onto a known lexicon: abbreviation expansion, plural stem, fuzzy correction."""

    def __init__(
        self,
        lexicon: Iterable[str],
        *,
        abbreviations: Mapping[str, tuple[str, ...]],
        protected: Iterable[str],
        emoji: Mapping[str, str],
    ) -> None:
        self._lexicon = frozenset(lexicon) | frozenset(abbreviations)
        self._abbreviations = dict(abbreviations)
        self._protected = frozenset(protected)
        self._emoji = dict(emoji)
        # Buckets by first letter and length: a typo rarely changes the first letter, and scanning only
        # similar lengths keeps a correction well under a millisecond with 10,000 postings' words.
        self._buckets: dict[tuple[str, int], list[str]] = {}
        for word in self._lexicon:
            if word.isalpha():
                self._buckets.setdefault((word[0], len(word)), []).append(word)
        self._cache: dict[str, str | None] = {}
        self._words_cache: dict[str, tuple[Word, ...]] = {}
        # Raw token -> its words: the same few thousand tokens make up every title, team and place.
        self._raw_words: dict[str, tuple[Word, ...]] = {}
        # Whitespace-separated chunk -> its raw tokens (no token spans whitespace), for ASCII text.
        self._chunks: dict[str, tuple[str, ...]] = {}
        self._ascii_emoji = any(symbol.isascii() for symbol in self._emoji)
        symbols = sorted(self._emoji, key=len, reverse=True)
        self._emoji_split = re.compile("(" + "|".join(map(re.escape, symbols)) + ")") if symbols else None

    @property
    def lexicon(self) -> frozenset[str]:
        return self._lexicon

    def words(self, text: str) -> list[Word]:
        """Return the canonical words of ``text``, abbreviations expanded and typos corrected.

        Results are kept for short texts: names, teams and places repeat across thousands of postings.
        """
        cached = self._words_cache.get(text)
        if cached is not None:
            return list(cached)
        words = self._words(text)
        if len(text) <= _CACHED_TEXT_MAX:
            if len(self._words_cache) >= _WORDS_CACHE_SIZE:
                self._words_cache.clear()
            self._words_cache[text] = tuple(words)
        return words

    def _words(self, text: str) -> list[Word]:
        if self._emoji_split is None or (text.isascii() and not self._ascii_emoji):
            return self._typed_words(text)
        # The split keeps each emoji at an odd index: its words are marked as standing for an emoji.
        words: list[Word] = []
        for index, piece in enumerate(self._emoji_split.split(text)):
            if index % 2:
                words.extend(replace(word, emoji=True) for word in self._typed_words(self._emoji[piece]))
            elif piece:
                words.extend(self._typed_words(piece))
        return words

    def _typed_words(self, text: str) -> list[Word]:
        words: list[Word] = []
        raw_words = self._raw_words
        for raw in self._merge_compounds(self._raw_tokens(text)):
            found = raw_words.get(raw)
            if found is None:
                found = self._words_of_raw(raw)
                if len(raw_words) >= _WORDS_CACHE_SIZE:
                    raw_words.clear()
                raw_words[raw] = found
            words.extend(found)
        return words

    def _raw_tokens(self, text: str) -> list[str]:
        """Split ``text`` like ``_split_raw``, reusing the tokens of chunks seen before."""
        if self._ascii_emoji or not text.isascii():
            return _split_raw(text, {})  # ``_words`` has taken the emoji out already
        tokens: list[str] = []
        chunks = self._chunks
        for chunk in text.split():
            found = chunks.get(chunk)
            if found is None:
                found = tuple(_split_raw(chunk, {}))
                if len(chunks) >= _WORDS_CACHE_SIZE:
                    chunks.clear()
                chunks[chunk] = found
            tokens.extend(found)
        return tokens

    def _words_of_raw(self, raw: str) -> tuple[Word, ...]:
        canonical = self.canonical(raw)
        plural = stem(raw) != raw
        parts = self._abbreviations.get(canonical, (canonical,))
        return tuple(Word(text=part, raw=raw, plural=plural) for part in parts)

    def _merge_compounds(self, raws: list[str]) -> list[str]:
        """Join word pairs that form one known word: "full time" -> "fulltime", "tl;dr" -> "tldr"."""
        merged: list[str] = []
        index = 0
        while index < len(raws):
            if index + 1 < len(raws) and raws[index] + raws[index + 1] in self._lexicon:
                merged.append(raws[index] + raws[index + 1])
                index += 2
            elif (
                index + 2 < len(raws)
                and raws[index + 1] == SEPARATOR
                and raws[index] + raws[index + 2] in self._lexicon
            ):  # "tl;dr"
                merged.append(raws[index] + raws[index + 2])
                index += 3
            else:
                merged.append(raws[index])
                index += 1
        return merged

    def known(self, word: str) -> bool:
        """Tell whether a canonical word is in the lexicon (or an everyday word)."""
        return word in self._lexicon or word in self._protected

    def canonical(self, raw: str) -> str:
        """Return the lexicon word ``raw`` stands for, or ``raw`` itself when nothing is close."""
        if raw in self._protected or raw in self._lexicon or raw == SEPARATOR:
            return raw
        stemmed = stem(raw)
        if stemmed in self._lexicon or stemmed in self._protected:
            return stemmed
        corrected = self._correct(stemmed)
        return corrected if corrected is not None else raw

    def _correct(self, word: str) -> str | None:
        """Find the closest lexicon word of similar length; the shorter the word, the stricter."""
        if len(word) < _MIN_FUZZY_LENGTH or not word.isalpha():
            return None
        if word in self._cache:
            return self._cache[word]
        cutoff = 75.0 if len(word) == 4 else 80.0 if len(word) <= 6 else 84.0
        choices = [
            candidate
            for length in range(len(word) - 2, len(word) + 3)
            for candidate in self._buckets.get((word[0], length), ())
        ]
        match = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        result = match[0] if match else None
        if len(self._cache) < 50_000:
            self._cache[word] = result
        return result
