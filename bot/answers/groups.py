"""Groups of postings as int bitmasks over catalog positions.

A group of thousands of postings is one int: intersected and counted in C, and only the few postings an
answer shows are ever looked up, so answering about "all the remote ones" does not grow with the group.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from bot.postings.model import Posting

# Bit positions set in each byte value, for listing every member of a large mask in one pass.
_BYTE_BITS: tuple[tuple[int, ...], ...] = tuple(
    tuple(bit for bit in range(8) if value >> bit & 1) for value in range(256)
)


class Universe:
    """Every posting at a fixed position; a mask's bit ``i`` stands for ``postings[i]``."""

    def __init__(self, postings: Sequence[Posting]) -> None:
        self.postings: tuple[Posting, ...] = tuple(postings)
        self.ids: tuple[str, ...] = tuple(posting.id for posting in self.postings)
        self.positions: dict[str, int] = {posting_id: index for index, posting_id in enumerate(self.ids)}
        self.all: int = (1 << len(self.postings)) - 1

    def __len__(self) -> int:
        return len(self.postings)

    def mask_of_positions(self, positions: Iterable[int]) -> int:
        """Build a mask from catalog positions in one pass over a byte buffer."""
        buffer = bytearray((len(self.postings) + 7) // 8)
        for position in positions:
            buffer[position >> 3] |= 1 << (position & 7)
        return int.from_bytes(buffer, "little")

    def mask_of(self, ids: Iterable[str]) -> int:
        """Build a mask from posting ids; unknown ids are left out."""
        return self.mask_of_positions(self.positions[pid] for pid in ids if pid in self.positions)

    def mask_where(self, test: Callable[[Posting], bool]) -> int:
        """Build the mask of the postings passing ``test`` (a scan: once per engine, not per question)."""
        return self.mask_of_positions(index for index, posting in enumerate(self.postings) if test(posting))

    def contains(self, mask: int, posting_id: str) -> bool:
        position = self.positions.get(posting_id)
        return position is not None and bool(mask >> position & 1)

    def first_positions(self, mask: int, limit: int) -> list[int]:
        """The lowest ``limit`` positions of ``mask``: the first members in catalog order."""
        found: list[int] = []
        offset = 0
        while mask and len(found) < limit:
            skip = (mask & -mask).bit_length() - 1
            offset += skip
            found.append(offset)
            mask >>= skip + 1
            offset += 1
        return found

    def first(self, mask: int, limit: int) -> list[Posting]:
        """The first ``limit`` postings of ``mask`` in catalog order."""
        return [self.postings[position] for position in self.first_positions(mask, limit)]

    def first_ids(self, mask: int, limit: int) -> tuple[str, ...]:
        return tuple(self.ids[position] for position in self.first_positions(mask, limit))

    def ids_of(self, mask: int) -> tuple[str, ...]:
        """Every member of ``mask`` in catalog order (linear in the catalog: for rare, whole-group needs)."""
        data = mask.to_bytes((len(self.postings) + 7) // 8 or 1, "little")
        ids = self.ids
        return tuple(
            ids[(index << 3) + bit] for index, byte in enumerate(data) if byte for bit in _BYTE_BITS[byte]
        )


@dataclass(frozen=True, slots=True)
class Group:
    """A set of postings of one universe: its mask and how many it holds."""

    universe: Universe
    mask: int
    size: int

    @classmethod
    def of(cls, universe: Universe, mask: int) -> Group:
        return cls(universe, mask, mask.bit_count())

    def first(self, limit: int) -> list[Posting]:
        return self.universe.first(self.mask, limit)

    def within(self, mask: int) -> Group:
        """The members that are also in ``mask``."""
        return Group.of(self.universe, self.mask & mask)
