"""Derive the names people use for a posting: title words, acronyms, team, degree, type, remote, pay."""

from __future__ import annotations

import re
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


def title_acronyms(title: str, normalizer: Normalizer) -> set[str]:
    """Acronyms of the role ("mle", "mlei") and of multi-word capitalised segments ("lrm")."""
    acronyms: set[str] = set()
    role_words = [word.text for word in normalizer.words(role_title(title)) if word.text.isalpha()]
    if len(role_words) >= 2:
        acronyms.add(_initials(role_words))
        core = list(role_words)
        while core and core[-1] in _EMPLOYMENT_TAIL:
            core.pop()
        if len(core) >= 2:
            acronyms.add(_initials(core))
    for segment in _SEGMENT_SPLIT.split(_PREFIX_TAG.sub("", title)):
        raw_words = _WORD.findall(segment)
        if 2 <= len(raw_words) <= 5 and all(word[0].isupper() for word in raw_words):
            acronyms.add(_initials([word.lower() for word in raw_words]))
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


def derive_names(posting: Posting, vocabulary: Vocabulary, normalizer: Normalizer) -> PostingNames:
    """Collect every name word of ``posting`` with the kind it came from (strongest kind wins)."""
    words: dict[str, NameKind] = {}

    def add(texts: set[str] | list[str], kind: NameKind) -> None:
        for text in texts:
            if text in vocabulary.stopwords or text == "|":
                continue
            current = words.get(text)
            if current is None or KIND_WEIGHT[kind] > KIND_WEIGHT[current]:
                words[text] = kind

    def add_text(text: str, kind: NameKind) -> None:
        add([word.text for word in normalizer.words(text)], kind)

    degree_texts = {
        word.text
        for level in posting.degree_levels
        for text in _degree_words(level.level, vocabulary)
        for word in normalizer.words(text)
    }
    title_words = [word.text for word in normalizer.words(posting.title)]
    add([word for word in title_words if word not in degree_texts], NameKind.TITLE)
    add(title_acronyms(posting.title, normalizer), NameKind.ACRONYM)
    if posting.team:
        add_text(posting.team, NameKind.TEAM)
    if posting.company:
        add_text(posting.company, NameKind.TEAM)
    for alias in (*posting.aliases, *vocabulary.posting_aliases.get(posting.source, ())):
        add_text(alias, NameKind.ALIAS)
    add(degree_texts | {word for word in title_words if word in degree_texts}, NameKind.DEGREE)
    employment = vocabulary.employment_words.get(posting.employment_type.value, ())
    add_text(" ".join(employment), NameKind.EMPLOYMENT)
    if posting.remote.mode is not RemoteMode.UNKNOWN:
        add_text(" ".join(vocabulary.remote_words.get(posting.remote.mode.value, ())), NameKind.REMOTE)
    add(_pay_words(posting), NameKind.PAY)
    for location in posting.locations:
        add_text(location.name, NameKind.LOCATION)
    return PostingNames(posting_id=posting.id, display=posting.title, words=words)


def _degree_words(level: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    for key, words in vocabulary.degree_words.items():
        if key.lower() == str(level).lower():
            return words
    return (str(level).lower(),)
