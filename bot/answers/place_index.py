"""Which postings name a place ("new york", "us"), found through the words of their places, not a scan.

Any word after "in" may be a place, so a scan of every posting per new place typed would let one user
slow every answer; the postings holding each word are listed once, and only those holding every word
of a place are checked for the words side by side ("New York, NY" names "new york", "York, New
Brunswick" does not). A state or province code ("CA", "ON") counts only as a whole part of a location
name ("San Jose, CA"), never as a word inside one, since codes are everyday words ("on", "in").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answers.groups import Universe
from bot.answers.places import PART_BREAKS
from bot.postings.model import Posting

_TOKEN = re.compile(r"[a-z0-9]+")
# Places asked are kept this many at a time: enough for every place asked often, bounded against floods.
CACHE_SIZE = 4096


@dataclass(frozen=True, slots=True)
class AskedPlace:
    """A place a question asks for: its name to show, the names it stands for, and its state codes."""

    label: str  # "New York", "Bay Area", "California"
    names: tuple[str, ...]  # lowercase; any of them: "san francisco", "san jose", ...
    codes: tuple[str, ...] = ()  # lowercase state or province codes: "ca"


def _code_parts(posting: Posting) -> set[str]:
    """The short parts of a posting's location names that may be state codes: "ca" of "San Jose, CA"."""
    names = (location.name for location in posting.locations)
    parts = (part.strip().lower() for name in names for part in PART_BREAKS.split(name))
    return {part for part in parts if part.isalpha() and len(part) <= 3}


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
        self._code_spots: dict[str, list[int]] = {}
        self._words: list[tuple[tuple[str, ...], ...]] = []
        self._masks: dict[str, int] = {}
        self._code_masks: dict[str, int] = {}

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

    def mask_of(self, place: AskedPlace) -> int:
        """The postings in any of the places ``place`` stands for, by name or by state code."""
        found = 0
        for name in place.names:
            found |= self.mask(name)
        for code in place.codes:
            found |= self.code_mask(code)
        return found

    def code_mask(self, code: str) -> int:
        """The postings with a location written with the state or province ``code`` ("Austin, TX")."""
        found = self._code_masks.get(code)
        if found is None:
            self._index()
            found = self._universe.mask_of_positions(self._code_spots.get(code.lower(), ()))
            if len(self._code_masks) >= CACHE_SIZE:
                self._code_masks.clear()
            self._code_masks[code] = found
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
                for part in _code_parts(posting):
                    self._code_spots.setdefault(part, []).append(position)
            self._spots = spots
        return self._spots
