"""Derive the names people use for a posting: title words, acronyms, team, degree, type, remote, pay."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from bot.answers.normalize import Normalizer
from bot.answers.vocabulary import Vocabulary
from bot.postings.model import Posting, RemoteMode

_PREFIX_TAG = re.compile(r"^\s*\[[^\]]*\]\s*")
_ROLE_END = re.compile(r"\s*(?:\(|\s[-–—|:]\s|[–—|])")
_SEGMENT_SPLIT = re.compile(r"[()\[\]\-–—,/|:]+")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’.]*|\d+")
_EMPLOYMENT_TAIL = {"intern", "internship", "graduate", "grad", "new", "trainee", "apprentice", "co-op"}


class NameKind(StrEnum):
    """Where a name word came from; decides how strongly it points at the posting."""

    TITLE = "title"
    ACRONYM = "acronym"
    ALIAS = "alias"
    TEAM = "team"
    EMPLOYMENT = "employment"
    DEGREE = "degree"
    REMOTE = "remote"
    PAY = "pay"
    LOCATION = "location"


# A degree or a city in a question usually describes the asker ("can a masters student apply to ..."),
# so those point at a posting only half as strongly as its title words do.
KIND_WEIGHT: dict[NameKind, float] = {
    NameKind.TITLE: 1.0,
    NameKind.ACRONYM: 1.0,
    NameKind.ALIAS: 1.0,
    NameKind.TEAM: 0.8,
    NameKind.EMPLOYMENT: 1.0,
    NameKind.DEGREE: 0.5,
    NameKind.REMOTE: 1.0,
    NameKind.PAY: 1.0,
    NameKind.LOCATION: 0.5,
}

# Kinds that describe a posting's features; a list question filters on them instead of naming one.
FEATURE_KINDS = frozenset({NameKind.DEGREE, NameKind.REMOTE, NameKind.PAY, NameKind.LOCATION})


@dataclass(frozen=True, slots=True)
class PostingNames:
    """The canonical name words of one posting, each with the strongest kind it was derived from."""

    posting_id: str
    display: str
    words: dict[str, NameKind]


def role_title(title: str) -> str:
    """Return the role part of a title: "[Remote] ML Engineer (Rec) - 2026" -> "ML Engineer"."""
    title = _PREFIX_TAG.sub("", title)
    match = _ROLE_END.search(title)
    return (title[: match.start()] if match else title).strip()


def _initials(words: list[str]) -> str:
    return "".join(word[0] for word in words if word and word[0].isalpha())


def _role_acronyms(role: str, normalizer: Normalizer) -> set[str]:
    """Acronyms of a role's words ("mle") and of the role without its employment tail."""
    acronyms: set[str] = set()
    role_words = [word.text for word in normalizer.words(role) if word.text.isalpha()]
    if len(role_words) >= 2:
        acronyms.add(_initials(role_words))
        core = list(role_words)
        while core and core[-1] in _EMPLOYMENT_TAIL:
            core.pop()
        if len(core) >= 2:
            acronyms.add(_initials(core))
    return acronyms


def _segment_acronym(segment: str) -> str | None:
    """The initials of a segment of 2-5 capitalised words ("Large Recommendation Models" -> "lrm")."""
    raw_words = _WORD.findall(segment)
    if 2 <= len(raw_words) <= 5 and all(word[0].isupper() for word in raw_words):
        return _initials([word.lower() for word in raw_words])
    return None


def title_acronyms(title: str, normalizer: Normalizer) -> set[str]:
    """Acronyms of the role ("mle", "mlei") and of multi-word capitalised segments ("lrm")."""
    acronyms = _role_acronyms(role_title(title), normalizer)
    for segment in _SEGMENT_SPLIT.split(_PREFIX_TAG.sub("", title)):
        acronym = _segment_acronym(segment)
        if acronym is not None:
            acronyms.add(acronym)
    return {acronym for acronym in acronyms if 2 <= len(acronym) <= 6}


def _pay_words(posting: Posting) -> set[str]:
    words: set[str] = set()
    for pay in posting.pay:
        for amount in (pay.min, pay.max):
            if amount is None:
                continue
            whole = int(amount) if float(amount).is_integer() else amount
            words.update({f"${whole}", str(whole)})
            if amount >= 1000 and amount % 1000 == 0:
                words.update({f"${int(amount // 1000)}k", f"{int(amount // 1000)}k"})
    return words


class NameDeriver:
    """Derive every posting's name words, keeping the words of each repeated text computed once.

    Teams, companies, places, roles and title segments repeat across thousands of postings, so each is
    normalised and filtered once per engine build rather than once per posting.
    """

    def __init__(self, vocabulary: Vocabulary, normalizer: Normalizer) -> None:
        self._vocabulary = vocabulary
        self._normalizer = normalizer
        self._skip = vocabulary.stopwords | {"|"}
        self._texts: dict[str, tuple[str, ...]] = {}
        self._roles: dict[str, frozenset[str]] = {}
        self._segments: dict[str, str | None] = {}
        self._degrees: dict[tuple[str, ...], frozenset[str]] = {}

    def _words_of(self, text: str) -> tuple[str, ...]:
        """The canonical words of ``text`` (stopwords left in), computed once per distinct text."""
        found = self._texts.get(text)
        if found is None:
            found = tuple(word.text for word in self._normalizer.words(text))
            self._texts[text] = found
        return found

    def _acronyms(self, title: str) -> set[str]:
        role = role_title(title)
        role_found = self._roles.get(role)
        if role_found is None:
            role_found = frozenset(_role_acronyms(role, self._normalizer))
            self._roles[role] = role_found
        acronyms = set(role_found)
        for segment in _SEGMENT_SPLIT.split(_PREFIX_TAG.sub("", title)):
            if segment not in self._segments:
                self._segments[segment] = _segment_acronym(segment)
            acronym = self._segments[segment]
            if acronym is not None:
                acronyms.add(acronym)
        return {acronym for acronym in acronyms if 2 <= len(acronym) <= 6}

    def _degree_texts(self, posting: Posting) -> frozenset[str]:
        levels = tuple(str(level.level) for level in posting.degree_levels)
        found = self._degrees.get(levels)
        if found is None:
            found = frozenset(
                word
                for level in levels
                for text in _degree_words(level, self._vocabulary)
                for word in self._words_of(text)
            )
            self._degrees[levels] = found
        return found

    def derive(self, posting: Posting) -> PostingNames:
        """Collect every name word of ``posting`` with the kind it came from (strongest kind wins)."""
        vocabulary = self._vocabulary
        skip = self._skip
        words: dict[str, NameKind] = {}

        def add(texts: Iterable[str], kind: NameKind) -> None:
            weight = KIND_WEIGHT[kind]
            for text in texts:
                if text in skip:
                    continue
                current = words.get(text)
                if current is None or weight > KIND_WEIGHT[current]:
                    words[text] = kind

        degree_texts = self._degree_texts(posting)
        title_words = self._words_of(posting.title)
        add([word for word in title_words if word not in degree_texts], NameKind.TITLE)
        add(self._acronyms(posting.title), NameKind.ACRONYM)
        if posting.team:
            add(self._words_of(posting.team), NameKind.TEAM)
        if posting.company:
            add(self._words_of(posting.company), NameKind.TEAM)
        for alias in (*posting.aliases, *vocabulary.posting_aliases.get(posting.source, ())):
            add(self._words_of(alias), NameKind.ALIAS)
        add(degree_texts | {word for word in title_words if word in degree_texts}, NameKind.DEGREE)
        employment = vocabulary.employment_words.get(posting.employment_type.value, ())
        add(self._words_of(" ".join(employment)), NameKind.EMPLOYMENT)
        if posting.remote.mode is not RemoteMode.UNKNOWN:
            remote = vocabulary.remote_words.get(posting.remote.mode.value, ())
            add(self._words_of(" ".join(remote)), NameKind.REMOTE)
        if posting.pay:
            add(_pay_words(posting), NameKind.PAY)
        for location in posting.locations:
            add(self._words_of(location.name), NameKind.LOCATION)
        return PostingNames(posting_id=posting.id, display=posting.title, words=words)


def _degree_words(level: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    for key, words in vocabulary.degree_words.items():
        if key.lower() == str(level).lower():
            return words
    return (str(level).lower(),)
