"""Plans that rest on what was named or said before: the other one, a pick, a comparison, a clarify."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answers import followups
from bot.answers.answer import Intent
from bot.answers.context import Turn
from bot.answers.groups import Universe
from bot.answers.normalize import Word
from bot.answers.plan import Plan, topic_plan
from bot.answers.resolver import Match, PostingIndex, Resolution
from bot.answers.router import Route
from bot.answers.vocabulary import Vocabulary


class ContextPlanner:
    """Resolve follow-ups and names against the postings of the last turn."""

    def __init__(self, vocabulary: Vocabulary, index: PostingIndex, universe: Universe) -> None:
        self._vocabulary = vocabulary
        self._index = index
        self._universe = universe

    def for_resolution(self, resolution: Resolution, intents: tuple[Intent, ...], turn: Turn | None) -> Plan:
        """Turn a resolution into a plan: one posting, a group, or a clarifying question."""
        if resolution.match is Match.UNIQUE:
            return topic_plan(intents, resolution.ids, named=True)
        if resolution.match is Match.GROUP:
            return Plan(
                "topic", intents or (Intent.OVERVIEW,), resolution.ids, named=True, group=resolution.group
            )
        if resolution.match is Match.AMBIGUOUS:
            if turn is not None:
                remembered = [pid for pid in resolution.ids if self._remembers(turn, pid)]
                if len(remembered) == 1:
                    return topic_plan(intents, (remembered[0],), named=True)
            return Plan("clarify", intents, resolution.ids, named=True)
        return Plan("unknown")

    def compare_plan(
        self, route: Route, named: Sequence[str], resolution: Resolution, turn: Turn | None
    ) -> Plan | None:
        """Compare the named postings, the remembered one with a named one, or a small named group."""
        targets = list(named)
        if len(targets) < 2 and turn is not None:
            # "compare it with the rs intern", "compare the last two": the postings discussed lately.
            remembered = turn.recent or self._universe.first_ids(turn.group, 3)
            targets = [pid for pid in remembered if pid not in targets][: 2 - len(targets)] + targets
        if len(targets) < 2 and resolution.match in (Match.AMBIGUOUS, Match.GROUP) and resolution.count <= 4:
            targets = list(resolution.ids)
        if len(targets) < 2:
            return None
        aspects = tuple(intent for intent in route.topics if intent is not Intent.OVERVIEW)
        return Plan("compare", aspects, tuple(targets), named=True)

    def pick_candidate(
        self, words: Sequence[Word], raws: Sequence[str], turn: Turn, skip: set[int]
    ) -> str | None:
        """Resolve the reply to a clarifying question: an ordinal or a name among the candidates."""
        for raw in raws:
            position = self._vocabulary.ordinals.get(raw)
            if position is not None and position <= len(turn.candidates) and len(raws) <= 4:
                return turn.candidates[position - 1]
        narrowed = self._index.resolve(words, within=turn.candidates, skip_positions=skip)
        return narrowed.ids[0] if narrowed.match is Match.UNIQUE else None

    def other_plan(self, route: Route, resolution: Resolution, turn: Turn) -> Plan | None:
        """ "the other (phd) one": the named or offered postings not yet discussed; clarify if several."""
        if resolution.match is not Match.NONE:
            pool: Sequence[str] = resolution.ids or self._universe.ids_of(resolution.group)
        elif turn.offered:
            pool = turn.offered
        else:
            pool = self._universe.ids
        remaining = followups.other_postings(turn, pool)
        intents = route.topics or turn.intents
        if len(remaining) == 1:
            return topic_plan(intents, remaining, named=True)
        if remaining:
            return Plan("clarify", tuple(intents), remaining, named=True)
        other = next((pid for pid in turn.recent if pid not in turn.postings), None)
        return topic_plan(intents, (other,), named=True) if other is not None else None

    def _remembers(self, turn: Turn, posting_id: str) -> bool:
        """Tell whether the last turn was about ``posting_id``."""
        return posting_id in turn.postings or self._universe.contains(turn.group, posting_id)
