"""Answer "which one pays the most" / "lowest pay": the stated pay ranked within one unit, never guessed."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from bot.answers.answer import Answer, AnswerField, Citation, Intent
from bot.answers.groups import Universe
from bot.postings.model import Pay, PayUnit

log = logging.getLogger(__name__)

# Words asking for the top or the bottom of the stated pay.
_HIGHEST = frozenset(
    {"most", "highest", "best", "top", "biggest", "largest", "greatest", "max", "maximum", "richest"}
)
_LOWEST = frozenset({"lowest", "least", "worst", "smallest", "min", "minimum", "cheapest"})
_SHOWN = 5
FOOTER = "Every fact is quoted from its posting."


def direction(raws: Sequence[str]) -> bool | None:
    """True for "pays the most", False for "lowest pay", None when no pay superlative is asked."""
    highest = any(raw in _HIGHEST for raw in raws)
    lowest = any(raw in _LOWEST for raw in raws)
    if highest == lowest:
        return None
    return highest


class _Stated(NamedTuple):
    """One amount a posting states: the figure ranked, the posting's position, the pay's place.

    Only numbers, so the garbage collector stops tracking these and long pauses stay short.
    """

    amount: float
    position: int
    pay_at: int


class PayRanking:
    """Stated pay per unit, sorted once per load, so a superlative walks only from the top (or bottom)."""

    def __init__(self, universe: Universe) -> None:
        self._universe = universe
        highs: dict[PayUnit, list[_Stated]] = {}
        lows: dict[PayUnit, list[_Stated]] = {}
        paid: list[int] = []
        for position, posting in enumerate(universe.postings):
            stated = False
            for index, pay in enumerate(posting.pay):
                top = pay.max if pay.max is not None else pay.min
                bottom = pay.min if pay.min is not None else pay.max
                if pay.unit is None or top is None or bottom is None:
                    continue
                stated = True
                highs.setdefault(pay.unit, []).append(_Stated(top, position, index))
                lows.setdefault(pay.unit, []).append(_Stated(bottom, position, index))
            if stated:
                paid.append(position)
        self._highs = {
            unit: sorted(items, key=lambda s: (-s.amount, s.position)) for unit, items in highs.items()
        }
        self._lows = {
            unit: sorted(items, key=lambda s: (s.amount, s.position)) for unit, items in lows.items()
        }
        self._unit_masks = {
            unit: universe.mask_of_positions({item.position for item in items})
            for unit, items in highs.items()
        }
        self._paid = universe.mask_of_positions(paid)

    def _pay(self, stated: _Stated) -> Pay:
        return self._universe.postings[stated.position].pay[stated.pay_at]

    @staticmethod
    def _top(ordered: dict[PayUnit, list[_Stated]], unit: PayUnit, mask: int) -> list[_Stated]:
        """The first postings of ``mask`` in rank order, one entry each, all tied at the top kept."""
        found: list[_Stated] = []
        seen: set[int] = set()
        for stated in ordered[unit]:
            if stated.position in seen or not mask >> stated.position & 1:
                continue
            if len(found) >= _SHOWN and stated.amount != found[0].amount:
                break
            seen.add(stated.position)
            found.append(stated)
        return found

    def answer(self, mask: int, *, highest: bool) -> Answer:
        """Rank the postings of ``mask`` by stated pay in their most common unit and quote the top ones."""
        total = mask.bit_count()
        paid = mask & self._paid
        silent = total - paid.bit_count()
        word = "highest" if highest else "lowest"
        title = f"{word.capitalize()} stated pay"
        if not paid:
            summary = f"None of the {_postings(total)} states pay, so none can be ranked."
            return Answer(
                intent=Intent.PAY, intents=[Intent.PAY], title=title, summary=summary, footer=FOOTER
            )
        counts = Counter(
            {unit: (unit_mask & mask).bit_count() for unit, unit_mask in self._unit_masks.items()}
        )
        unit = max(counts, key=lambda u: (counts[u], u is PayUnit.YEAR))
        ranked = self._top(self._highs if highest else self._lows, unit, mask)
        best = ranked[0].amount
        winners = list(dict.fromkeys(s.position for s in ranked if s.amount == best))
        shown = ranked[:_SHOWN]
        top = self._universe.postings[winners[0]]
        lead = "; ".join(
            f"{self._universe.postings[s.position].title}: {self._pay(s).text}"
            for s in ranked
            if s.amount == best
        )
        compared = counts[unit]
        summary = (
            f"The {word} stated pay per {unit.value}: {lead}."
            if len(winners) > 1
            else f"{top.title} states the {word} pay per {unit.value}: {self._pay(ranked[0]).text}."
        )
        verb = "states" if compared == 1 else "state"
        summary += f" {compared} of {_postings(total)} {verb} pay per {unit.value}; only those are compared."
        other_units = (paid & ~self._unit_masks[unit]).bit_count()
        if other_units:
            verb = "states" if other_units == 1 else "state"
            summary += f" {other_units} {verb} pay only per another unit, not compared."
        if silent:
            verb = "states" if silent == 1 else "state"
            summary += f" {silent} of {_postings(total)} {verb} no pay and cannot be ranked."
        fields = [
            AnswerField(
                name=self._universe.postings[s.position].title[:256],
                value=f"{self._pay(s).text} (“{self._pay(s).source.strip()}”)"[:1024],
            )
            for s in shown
        ]
        citations = [
            Citation(posting_id=self._universe.ids[s.position], quote=self._pay(s).source.strip())
            for s in shown
        ]
        log.debug("ranked %d postings by %s pay per %s", compared, word, unit.value)
        return Answer(
            intent=Intent.PAY,
            intents=[Intent.PAY],
            postings=[self._universe.ids[p] for p in winners],
            title=title,
            summary=summary,
            fields=fields,
            citations=citations,
            suggestions=["is it remote?", "what are the benefits?"],
            footer=FOOTER,
        )


def _postings(count: int) -> str:
    return "1 posting" if count == 1 else f"{count} postings"
