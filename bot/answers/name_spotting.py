"""Spotting names in a question: which words name postings, places, or the parts of a comparison."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answers.answer import Intent
from bot.answers.facets import Facets
from bot.answers.names import NameKind
from bot.answers.normalize import SEPARATOR, Normalizer, Word
from bot.answers.places import PlacePhrases, SpottedPlaces
from bot.answers.resolver import Match, PostingIndex, Resolution
from bot.answers.router import Route, Router
from bot.answers.vocabulary import Vocabulary

_SEGMENT_BREAKS = frozenset({"and", "vs", "versus", "or", "with", "w", "from", "to", "than", SEPARATOR})
# Words before a place in "is it in seattle", "anything near toronto".
_PLACE_BEFORE = frozenset({"in", "near", "around"})
# Words between the places of a list: "in boston, seattle or new york".
_PLACE_JOINERS = frozenset({"or", "and", SEPARATOR})
# Words describing postings that may stand between a place and a word for postings: "sf ml roles".
_MAX_DESCRIBING = 3
# Articles before a place name of several words: "in the bay area", "in the united states".
_ARTICLES = frozenset({"the"})
# Name words given on purpose to one posting: a nickname or an acronym names it even beside a place.
_DISTINCTIVE_KINDS = frozenset({NameKind.ALIAS, NameKind.ACRONYM})


class NameSpotter:
    """Find the words of a question that name postings or places, as opposed to those that ask."""

    def __init__(
        self,
        vocabulary: Vocabulary,
        *,
        normalizer: Normalizer,
        router: Router,
        index: PostingIndex,
        facets: Facets,
        phrases: PlacePhrases,
    ) -> None:
        self._vocabulary = vocabulary
        self._phrases = phrases
        self._normalizer = normalizer
        self._router = router
        self._index = index
        self._facets = facets

    def naming(self, words: Sequence[Word], route: Route) -> tuple[list[int], set[int]]:
        """Split intent words into those naming a posting ("the remote one") and those asking.

        Returns the naming positions, and the positions the resolver should skip: words inside
        intent phrases ("research experience") and intent words that ask rather than name.
        """
        index_words = self._index.words
        keywords = self._router.keywords
        names: list[int] = [
            position for position in route.weak_positions if words[position].text in index_words
        ]
        skip = set(route.phrase_positions)
        for position in route.topic_positions:
            if words[position].text not in index_words:
                continue
            if position + 1 in route.phrase_positions and position in route.phrase_positions:
                # "the start date": a word opening an intent phrase asks, even when a title holds it.
                skip.add(position)
                continue
            before = words[position - 1].raw if position > 0 else ""
            after = words[position + 1] if position + 1 < len(words) else None
            naming = before in self._vocabulary.naming_before or (
                after is not None
                and (
                    after.raw in self._vocabulary.naming_after
                    or (after.text in index_words and after.text not in keywords)
                )
            )
            if naming:
                names.append(position)
            else:
                skip.add(position)
        return names, skip

    def features_only(self, words: Sequence[Word], resolution: Resolution) -> bool:
        """Tell whether a resolution rests only on feature words (degree, work mode, pay, place)."""
        return bool(resolution.used) and all(
            self._index.is_feature_word(words[position].text) for position in resolution.used
        )

    def lone_title_word(
        self, words: Sequence[Word], resolution: Resolution, route: Route, places: SpottedPlaces
    ) -> int | None:
        """The one title word that alone pins a posting in a list of postings at a place, if any.

        "summer internships in seattle", "research roles in austin": a known place after "in" and a
        plural word for postings ask for the postings there, so a word of one posting's title ("Summer",
        "Research") describes them rather than naming that posting. A name of several words ("content
        ecology internships") or a nickname or acronym ("mle") still names it.
        """
        if resolution.match is not Match.UNIQUE or not places.introduced or not route.plural_noun:
            return None
        naming = [
            position
            for position in resolution.used
            if words[position].raw not in self._vocabulary.plural_nouns
            and not self._facets.describes_posting(words[position].text)
            and not self._index.is_feature_word(words[position].text)
        ]
        if len(naming) != 1:
            return None
        kinds = self._index.kind_of(words[naming[0]].text)
        return None if kinds & _DISTINCTIVE_KINDS else naming[0]

    def places(self, words: Sequence[Word], *, anywhere: bool = False) -> SpottedPlaces:
        """Places named after "in" ("jobs in new york") or beside a word for postings ("sf roles").

        ``anywhere``: the words are a filter already (the /jobs query), so a known place counts
        wherever it stands ("nyc", "california"), with no word for postings beside it.
        """
        raws = [word.raw for word in words]
        names: list[str] = []
        positions: set[int] = set()
        introduced = False
        for position, word in enumerate(words):
            if word.raw not in _PLACE_BEFORE:
                continue
            start = position + 1
            if start < len(raws) and raws[start] in _ARTICLES and not self._named_length(raws, start):
                # "in the bay area": the article is not part of the name ("the hague" keeps its own).
                start += 1 if self._named_length(raws, start + 1) else 0
            for first, length, end in self._place_list(words, raws, start, expected=True):
                names.append(" ".join(raws[first : first + length]))
                positions.update(range(first, end))
                introduced = introduced or self._is_known_place(words, raws, first)
        for first, length, end in self._places_beside_postings(words, raws, positions, anywhere=anywhere):
            names.append(" ".join(raws[first : first + length]))
            positions.update(range(first, end))
        return SpottedPlaces(tuple(dict.fromkeys(names)), frozenset(positions), introduced=introduced)

    def _is_known_place(self, words: Sequence[Word], raws: Sequence[str], start: int) -> bool:
        """Tell whether the place from ``start`` is one the vocabulary or the postings know by name."""
        return (
            bool(self._named_length(raws, start, codes=True)) or words[start].text in self._facets.place_words
        )

    def _places_beside_postings(
        self, words: Sequence[Word], raws: Sequence[str], taken: set[int], *, anywhere: bool
    ) -> list[tuple[int, int, int]]:
        """Known places right before or after a word for postings: "new york jobs", "roles nyc or sf"."""
        found: list[tuple[int, int, int]] = []
        position = 0
        while position < len(words):
            places = [] if position in taken else self._place_list(words, raws, position, expected=False)
            end = places[-1][2] if places else position + 1
            before = raws[position - 1] if position > 0 else ""
            beside = before in self._vocabulary.plural_nouns or self._postings_follow(words, end)
            if places and (anywhere or beside):
                found.extend(places)
            position = end
        return found

    def _postings_follow(self, words: Sequence[Word], start: int) -> bool:
        """Tell whether a word for postings follows ``start``, maybe after words describing them.

        "seattle phd roles", "nyc new grad internships": degree, type and title words may come between.
        """
        tokens: dict[str, bool] = {}  # each typed token, and whether one of its words describes postings
        for word in words[start:]:
            if word.raw in self._vocabulary.plural_nouns and word.raw not in tokens:
                return all(tokens.values())
            describing = self._facets.describes_posting(word.text) or word.text in self._index.words
            tokens[word.raw] = tokens.get(word.raw, False) or describing
            if len(tokens) > _MAX_DESCRIBING:
                return False
        return False

    def _place_list(
        self, words: Sequence[Word], raws: Sequence[str], start: int, *, expected: bool
    ) -> list[tuple[int, int, int]]:
        """Each place of a list of places from ``start`` ("boston or new york"): start, length, end.

        ``expected``: a place is expected here (after "in"), so state codes and unknown words count;
        elsewhere only known places do, so "la" or "ok" in passing are not read as places. A place's
        end takes in the state written after it ("san jose, ca"), which only says where the place is.
        """
        found: list[tuple[int, int, int]] = []
        length_at = self._place_length if expected else self._known_place_length
        while length := length_at(words, raws, start):
            end = start + length + self._state_after(raws, start, start + length)
            found.append((start, length, end))
            start = end
            if start >= len(raws) or raws[start] not in _PLACE_JOINERS:
                break
            start += 1
        return found

    def _state_after(self, raws: Sequence[str], first: int, end: int) -> int:
        """How many tokens after a place name the state it is in, as in "seattle, wa"; 0 when none do."""
        place_names = self._facets.place_names
        if end >= len(raws) or raws[end] != SEPARATOR or place_names.is_state(" ".join(raws[first:end])):
            return 0
        length = place_names.state_length(raws, end + 1)
        return length + 1 if length else 0

    def _named_length(self, raws: Sequence[str], start: int, *, codes: bool = False) -> int:
        """How many tokens from ``start`` form a place name, nickname or state of the vocabulary."""
        nickname_or_state = self._facets.place_names.length(raws, start, codes=codes)
        return max(self._phrases.match(raws, start), nickname_or_state)

    def _place_length(self, words: Sequence[Word], raws: Sequence[str], start: int) -> int:
        """How many words from ``start`` name one place; a name of several words first."""
        # "new york" is a place although "new" is a stop word.
        named = self._named_length(raws, start, codes=True)
        if named and not self._phrases.match(raws, start):
            # A nickname or state code that starts a longer name nobody here knows: "la jolla", "la paz".
            named += len(self._unknown_words(words[start + named : start + 3]))
        return named or len(self._single_place(words[start : start + 3]))

    def _unknown_words(self, following: Sequence[Word]) -> list[str]:
        """The leading words the engine does not know at all: neither vocabulary, title nor place words."""
        unknown: list[str] = []
        for word in following:
            if not word.text.isalpha() or self._normalizer.known(word.text) or word.text in self._index.words:
                break
            if word.text in self._facets.place_words:
                break
            unknown.append(word.raw)
        return unknown

    def _known_place_length(self, words: Sequence[Word], raws: Sequence[str], start: int) -> int:
        """How many words from ``start`` surely name a place, where no "in" says one is coming."""
        length = self._named_length(raws, start)
        if length:
            # "remote us jobs": a place name holding a work mode or a degree is a filter, not a place.
            named = words[start : start + length]
            return 0 if any(self._facets.describes_posting(word.text) for word in named) else length
        if start >= len(words):
            return 0
        word = words[start]
        kinds = self._index.kind_of(word.text)
        known = (
            word.text in self._facets.place_words
            and word.raw not in self._vocabulary.stopwords
            and word.raw not in self._vocabulary.neutral
            and not self._facets.describes_posting(word.text)
            and self._router.intent_of(word.text) in (None, Intent.LOCATION)
            and kinds <= {NameKind.LOCATION}
        )
        return 1 if known else 0

    def _single_place(self, following: Sequence[Word]) -> list[str]:
        """The words of a place named word by word: place words, or words the engine does not know."""
        named: list[str] = []
        known_place = False
        for word in following:
            if not word.text.isalpha():
                break
            unknown = not self._normalizer.known(word.text) and word.text not in self._index.words
            is_place = word.text in self._facets.place_words
            if (not unknown or known_place) and not is_place:
                # "in seattle today": an unknown word after a known place is not part of it.
                break
            known_place = known_place or is_place
            named.append(word.raw)
        return named

    def segment_resolutions(self, words: Sequence[Word], skip: set[int]) -> list[Resolution]:
        """Resolve each part of "the mle intern and the rs intern" on its own."""
        segments: list[list[Word]] = [[]]
        for position, word in enumerate(words):
            if word.raw in _SEGMENT_BREAKS or word.text == SEPARATOR:
                segments.append([])
            elif position not in skip:
                segments[-1].append(word)
        if len(segments) < 2:
            return []
        return [self._index.resolve(segment) for segment in segments if segment]

    @staticmethod
    def named_ids(resolution: Resolution, segments: Sequence[Resolution]) -> list[str]:
        """Postings named unambiguously, by the whole question or by its parts."""
        named: list[str] = []
        for part in segments:
            if part.match is Match.UNIQUE and part.ids[0] not in named:
                named.append(part.ids[0])
        if len(named) >= 2:
            return named
        if resolution.match is Match.UNIQUE:
            return [resolution.ids[0]]
        return named if len(named) == 1 and resolution.match is Match.NONE else []
