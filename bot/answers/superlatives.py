"""Answer "which one pays the most" / "lowest pay": the stated pay ranked within one unit, never guessed."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class _Stated:
    """One amount a posting states: the figure ranked, the posting's position, the pay line."""

    amount: float
    position: int
    pay: Pay


class PayRanking:
    """Stated pay per unit, sorted once per load, so a superlative walks only from the top (or bottom)."""

    def __init__(self, universe: Universe) -> None:
        self._universe = universe
        highs: dict[PayUnit, list[_Stated]] = {}
        lows: dict[PayUnit, list[_Stated]] = {}
        paid: list[int] = []
        for position, posting in enumerate(universe.postings):
            stated = False
            for pay in posting.pay:
                top = pay.max if pay.max is not None else pay.min
                bottom = pay.min if pay.min is not None else pay.max
                if pay.unit is None or top is None or bottom is None:
                    continue
                stated = True
                highs.setdefault(pay.unit, []).append(_Stated(top, position, pay))
                lows.setdefault(pay.unit, []).append(_Stated(bottom, position, pay))
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
        ranked = [s for s in (self._highs if highest else self._lows)[unit] if mask >> s.position & 1]
        best = ranked[0].amount
        winners = list(dict.fromkeys(s.position for s in ranked if s.amount == best))
        shown: list[_Stated] = []
        seen: set[int] = set()
        for stated in ranked:
            if stated.position not in seen:
                seen.add(stated.position)
                shown.append(stated)
            if len(shown) >= _SHOWN:
                break
        top = self._universe.postings[winners[0]]
        lead = "; ".join(
            f"{self._universe.postings[p].title}: {next(s.pay.text for s in ranked if s.position == p)}"
            for p in winners
        )
        compared = counts[unit]
        summary = (
            f"The {word} stated pay per {unit.value}: {lead}."
            if len(winners) > 1
            else f"{top.title} states the {word} pay per {unit.value}: {ranked[0].pay.text}."
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
                value=f"{s.pay.text} (“{s.pay.source.strip()}”)"[:1024],
            )
            for s in shown
        ]
        citations = [
            Citation(posting_id=self._universe.ids[s.position], quote=s.pay.source.strip()) for s in shown
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
