"""Which postings name a place ("new york", "us"), found through the words of their places, not a scan.

Any word after "in" may be a place, so a scan of every posting per new place typed would let one user
slow every answer; the postings holding each word are listed once, and only those holding every word
of a place are checked for the words side by side ("New York, NY" names "new york", "York, New
Brunswick" does not).
"""

from __future__ import annotations

import re

from bot.answers.groups import Universe
from bot.postings.model import Posting

_TOKEN = re.compile(r"[a-z0-9]+")
# Places asked are kept this many at a time: enough for every place asked often, bounded against floods.
CACHE_SIZE = 4096


def _place_texts(posting: Posting) -> list[str]:
    """What a posting states about where it is: its locations, their countries, its remote region."""
    texts = [location.name for location in posting.locations]
    texts += [location.country for location in posting.locations if location.country]
    if posting.remote.region:
        texts.append(posting.remote.region)
    return texts


def _holds_run(sequences: tuple[tuple[str, ...], ...], run: tuple[str, ...]) -> bool:
    """Tell whether ``run`` appears, word after word, within one of ``sequences``."""
    width = len(run)
    return any(
        sequence[start : start + width] == run
        for sequence in sequences
        for start in range(len(sequence) - width + 1)
        if sequence[start] == run[0]
    )


class PlaceIndex:
    """Posting masks by place asked, from an index of place words built on the first place question."""

    def __init__(self, universe: Universe) -> None:
        self._universe = universe
        self._spots: dict[str, list[int]] | None = None
        self._words: list[tuple[tuple[str, ...], ...]] = []
        self._masks: dict[str, int] = {}

    def __len__(self) -> int:
        """How many places asked are remembered."""
        return len(self._masks)

    def mask(self, place: str) -> int:
        """The postings whose locations, countries or remote region name ``place``, as a mask."""
        found = self._masks.get(place)
        if found is None:
            found = self._find(tuple(_TOKEN.findall(place.lower())))
            if len(self._masks) >= CACHE_SIZE:
                self._masks.clear()
            self._masks[place] = found
        return found

    def _find(self, run: tuple[str, ...]) -> int:
        if not run:
            return 0
        spots = self._index()
        candidates = set(spots.get(run[0], ()))
        for word in run[1:]:
            candidates.intersection_update(spots.get(word, ()))
        if len(run) > 1:
            candidates = {position for position in candidates if _holds_run(self._words[position], run)}
        return self._universe.mask_of_positions(candidates)

    def _index(self) -> dict[str, list[int]]:
        """List, for every word of every posting's places, the positions of the postings holding it."""
        if self._spots is None:
            spots: dict[str, list[int]] = {}
            for position, posting in enumerate(self._universe.postings):
                sequences = tuple(tuple(_TOKEN.findall(text.lower())) for text in _place_texts(posting))
                self._words.append(sequences)
                for word in {word for sequence in sequences for word in sequence}:
                    spots.setdefault(word, []).append(position)
            self._spots = spots
        return self._spots
