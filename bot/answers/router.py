"""Decide what a question asks: topic intents in the order asked, and list / compare / help markers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bot.answers.answer import Intent
from bot.answers.normalize import Normalizer, Word
from bot.answers.vocabulary import Vocabulary

TOPIC_INTENTS = (
    Intent.PAY,
    Intent.BENEFITS,
    Intent.REQUIREMENTS,
    Intent.DEADLINE,
    Intent.LOCATION,
    Intent.SPONSORSHIP,
    Intent.OVERVIEW,
)
_MARKERS = (Intent.LIST, Intent.COMPARE, Intent.HELP)


@dataclass(frozen=True, slots=True)
class Route:
    """The intents found in a question, with the positions of the words that asked them."""

    topics: tuple[Intent, ...] = ()
    weak_topics: tuple[Intent, ...] = ()
    topic_positions: dict[int, Intent] = field(default_factory=dict)
    phrase_positions: frozenset[int] = frozenset()  # words inside multi-word intent phrases
    weak_positions: dict[int, Intent] = field(default_factory=dict)
    list_marker: bool = False
    which_one: bool = False  # "which one pays most": a question across postings, not a filter
    compare: bool = False
    help: bool = False
    followup: bool = False
    all_words: bool = False
    pronoun: bool = False
    plural_noun: bool = False

    def without_positions(self, positions: Iterable[int]) -> Route:
        """Drop the intents asked only by words at ``positions`` (they named a posting instead)."""
        dropped = set(positions)
        kept = {pos: intent for pos, intent in self.topic_positions.items() if pos not in dropped}
        # Order by the first word still asking each intent: "does the remote one sponsor h1b and is it
        # really remote" asks sponsorship first, once the naming "remote" is dropped.
        strong = [intent for _, intent in sorted(kept.items())]
        weak = {pos: intent for pos, intent in self.weak_positions.items() if pos not in dropped}
        return Route(
            topics=tuple(dict.fromkeys(strong)),
            weak_topics=tuple(dict.fromkeys(intent for _, intent in sorted(weak.items()))),
            topic_positions=kept,
            phrase_positions=self.phrase_positions,
            weak_positions=weak,
            list_marker=self.list_marker,
            which_one=self.which_one,
            compare=self.compare,
            help=self.help,
            followup=self.followup,
            all_words=self.all_words,
            pronoun=self.pronoun,
            plural_noun=self.plural_noun,
        )


def _phrase_words(phrases: Iterable[str], normalizer: Normalizer) -> list[tuple[str, ...]]:
    return [tuple(word.text for word in normalizer.words(phrase)) for phrase in phrases]


class Router:
    """Match intent phrases first (they take their words), then single keywords, in question order."""

    def __init__(self, vocabulary: Vocabulary, normalizer: Normalizer) -> None:
        self._phrases: list[tuple[tuple[str, ...], Intent | None]] = []
        self._keywords: dict[str, Intent] = {}
        self._weak: dict[str, Intent] = {}
        for intent, words in vocabulary.intents.items():
            for phrase in _phrase_words(words.phrases, normalizer):
                if phrase:
                    self._phrases.append((phrase, intent))
            for keyword in words.keywords:
                for word in normalizer.words(keyword):
                    self._keywords.setdefault(word.text, intent)
            for keyword in words.weak:
                for word in normalizer.words(keyword):
                    self._weak.setdefault(word.text, intent)
        for term in vocabulary.skill_terms:
            for word in normalizer.words(term):
                self._weak.setdefault(word.text, Intent.REQUIREMENTS)
        for phrase in _phrase_words(vocabulary.followup_phrases, normalizer):
            if phrase:
                self._phrases.append((phrase, None))
        self._phrases.sort(key=lambda item: -len(item[0]))
        # Phrases by first word, each with its rank in the longest-first order, so routing looks only at
        # the phrases that can start at each word of the question.
        self._phrases_by_start: dict[str, list[tuple[int, tuple[str, ...], Intent | None]]] = {}
        for rank, (phrase, asked) in enumerate(self._phrases):
            self._phrases_by_start.setdefault(phrase[0], []).append((rank, phrase, asked))
        self._topic_keywords = frozenset(
            word for word, intent in self._keywords.items() if intent in TOPIC_INTENTS
        )
        self._vocabulary = vocabulary

    @property
    def keywords(self) -> frozenset[str]:
        """Every single word that asks for a topic intent."""
        return self._topic_keywords

    def intent_of(self, word: str) -> Intent | None:
        """The intent a single canonical word asks, if any ("seattle" asks the location)."""
        return self._keywords.get(word)

    def route(self, words: Sequence[Word]) -> Route:
        """Find the intents of ``words``; a phrase's words are not matched again as keywords."""
        texts = [word.text for word in words]
        taken: set[int] = set()
        hits: list[tuple[int, Intent]] = []
        followup = False
        # Longer phrases take their words first; equally long ones in vocabulary order, then leftmost.
        found: list[tuple[int, int, int, Intent | None]] = []
        for start, text in enumerate(texts):
            for rank, phrase, intent in self._phrases_by_start.get(text, ()):
                if tuple(texts[start : start + len(phrase)]) == phrase:
                    found.append((rank, start, len(phrase), intent))
        for _rank, start, size, intent in sorted(found, key=lambda item: (item[0], item[1])):
            span = range(start, start + size)
            if not taken.intersection(span):
                taken.update(span)
                if intent is None:
                    followup = True
                else:
                    hits.append((start, intent))
        weak_hits: list[tuple[int, Intent]] = []
        for position, text in enumerate(texts):
            if position in taken:
                continue
            if text in self._keywords:
                hits.append((position, self._keywords[text]))
            elif text in self._weak:
                weak_hits.append((position, self._weak[text]))
        hits.sort()
        topic_positions = {position: intent for position, intent in hits if intent in TOPIC_INTENTS}
        topics = tuple(dict.fromkeys(intent for _, intent in hits if intent in TOPIC_INTENTS))
        weak = tuple(dict.fromkeys(intent for _, intent in sorted(weak_hits)))
        markers = {intent for _, intent in hits if intent in _MARKERS}
        raws = [word.raw for word in words]
        return Route(
            topics=topics,
            weak_topics=weak,
            topic_positions=topic_positions,
            phrase_positions=frozenset(taken),
            weak_positions=dict(weak_hits),
            list_marker=Intent.LIST in markers,
            which_one=self._which_one(raws),
            compare=Intent.COMPARE in markers,
            help=Intent.HELP in markers,
            followup=followup,
            all_words=any(raw in self._vocabulary.all_words for raw in raws),
            pronoun=any(raw in self._vocabulary.pronouns for raw in raws),
            plural_noun=any(raw in self._vocabulary.plural_nouns for raw in raws),
        )

    @staticmethod
    def _which_one(raws: Sequence[str]) -> bool:
        return any(raws[i] == "which" and raws[i + 1] == "one" for i in range(len(raws) - 1))
