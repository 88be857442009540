"""Carry a user's last turn from one catalog to the next, so a reload does not break their follow-ups.

A turn names postings by id and large groups by a bitmask over catalog positions. Ids that still exist
keep their meaning; a mask is read back into ids on the old catalog and rebuilt on the new one; the
candidates of a clarifying question are picked by number ("the second one"), so they are kept whole or
not at all. Nothing is ever made to point at another posting than the one the user was shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from bot.answers.context import Turn
from bot.answers.groups import Universe


def carried_turn(turn: Turn, old: Universe, new: Universe) -> Turn | None:
    """Translate ``turn`` from the ``old`` catalog to the ``new``; None when nothing it was about is left."""
    postings = _existing(turn.postings, new)
    group = new.mask_of(old.ids_of(turn.group)) if turn.group else 0
    candidates = _all_or_none(turn.candidates, new)
    was_about = bool(turn.postings or turn.group or turn.candidates)
    if was_about and not (postings or group or candidates):
        return None  # a follow-up would otherwise be answered about every posting, as if newly asked
    return replace(
        turn,
        postings=postings,
        group=group,
        candidates=candidates,
        recent=_existing(turn.recent, new),
        discussed=_existing(turn.discussed, new),
        offered=_all_or_none(turn.offered, new),
    )


def _existing(ids: Iterable[str], universe: Universe) -> tuple[str, ...]:
    """The ids still in ``universe``, in their order."""
    return tuple(posting_id for posting_id in ids if posting_id in universe.positions)


def _all_or_none(ids: tuple[str, ...], universe: Universe) -> tuple[str, ...]:
    """Numbered choices stay only when every one still exists: a gap would shift "the second one"."""
    return ids if all(posting_id in universe.positions for posting_id in ids) else ()
