"""Remember, per user and for a limited time, what was last asked so follow-ups can say "and benefits?"."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.answers.answer import Intent

log = logging.getLogger(__name__)

MAX_USERS = 10_000
# How many recently discussed postings a user's context keeps ("compare the last two", "the other one").
RECENT = 6
# How many postings a user's context remembers as discussed ("the other phd one" excludes them).
DISCUSSED = 20


@dataclass(frozen=True, slots=True)
class Turn:
    """What one answer was about: its postings, its intents, and the candidates of a clarifying question."""

    postings: tuple[str, ...] = ()
    intents: tuple[Intent, ...] = ()
    candidates: tuple[str, ...] = ()
    at: float = 0.0
    group: int = 0  # a group too large to list, as a mask over the catalog (``postings`` is then empty)
    recent: tuple[str, ...] = ()  # postings discussed lately, newest first, this turn's included
    discussed: tuple[str, ...] = ()  # postings answered about in this conversation, newest first
    offered: tuple[str, ...] = ()  # the last clarifying question's candidates, while still in play

    @property
    def about(self) -> bool:
        """Tell whether the turn was about particular postings (listed or as a group)."""
        return bool(self.postings or self.group)


class ConversationMemory:
    """An LRU of the last turn of each user, forgotten ``ttl`` seconds after it was stored."""

    def __init__(self, ttl: float, clock: Callable[[], float], max_users: int = MAX_USERS) -> None:
        self._ttl = ttl
        self._clock = clock
        self._max_users = max_users
        self._turns: OrderedDict[str, Turn] = OrderedDict()
        # Answers run on one worker thread while a reload reads the turns from another.
        self._lock = threading.RLock()

    def recall(self, user_id: str) -> Turn | None:
        """Return the user's last turn if it is younger than the TTL."""
        with self._lock:
            turn = self._turns.get(user_id)
            if turn is None:
                return None
            if self._clock() - turn.at > self._ttl:
                del self._turns[user_id]
                return None
            self._turns.move_to_end(user_id)
            return turn

    def snapshot(self) -> list[tuple[str, Turn]]:
        """Every user's last turn still within the TTL, least recently active first."""
        with self._lock:
            now = self._clock()
            return [(user, turn) for user, turn in self._turns.items() if now - turn.at <= self._ttl]

    def adopt(self, turns: Iterable[tuple[str, Turn]]) -> int:
        """Take over turns remembered elsewhere, given least recent first, as older than any turn here."""
        with self._lock:
            adopted = OrderedDict((user, turn) for user, turn in turns if user not in self._turns)
            count = len(adopted)
            adopted.update(self._turns)
            self._turns = adopted
            self._evict()
            return count

    def remember(
        self,
        user_id: str,
        *,
        postings: tuple[str, ...],
        intents: tuple[Intent, ...],
        candidates: tuple[str, ...] = (),
        group: int = 0,
    ) -> None:
        """Store the user's latest turn, evicting the least recently active user when full."""
        with self._lock:
            previous = self.recall(user_id)
            earlier = previous.recent if previous is not None else ()
            recent = tuple(dict.fromkeys((*postings[:RECENT], *candidates[:RECENT], *earlier)))[:RECENT]
            discussed = previous.discussed if previous is not None else ()
            discussed = tuple(dict.fromkeys((*postings[:RECENT], *discussed)))[:DISCUSSED]
            offered = candidates or (previous.offered if previous is not None else ())
            if offered and not set(postings) <= set(offered):
                offered = ()  # the conversation moved on from the postings offered
            self._turns[user_id] = Turn(
                postings=postings,
                intents=intents,
                candidates=candidates,
                at=self._clock(),
                group=group,
                recent=recent,
                discussed=discussed,
                offered=offered,
            )
            self._turns.move_to_end(user_id)
            self._evict()

    def _evict(self) -> None:
        """Forget the least recently active users beyond the limit."""
        while len(self._turns) > self._max_users:
            evicted, _ = self._turns.popitem(last=False)
            log.debug("forgot the context of user %s", evicted)

    def forget(self, user_id: str) -> None:
        """Drop what is remembered for ``user_id``."""
        with self._lock:
            self._turns.pop(user_id, None)

    def __len__(self) -> int:
        return len(self._turns)
