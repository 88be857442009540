"""Pay bounds in a question ("more than $40/hr", "above 100k") and the postings whose pay meets them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.postings.model import Pay, PayUnit, Posting
from bot.postings.parse.pay import UNIT_WORDS

# Words before an amount that ask for at least (or at most) that much; longer phrases first.
_AT_LEAST: tuple[tuple[str, ...], ...] = (
    ("greater", "than"),
    ("higher", "than"),
    ("more", "than"),
    ("better", "than"),
    ("at", "least"),
    ("no", "less", "than"),
    ("over",),
    ("above",),
    ("exceeding",),
    ("exceeds",),
    ("min",),
    ("minimum",),
    (">",),
    (">=",),
    ("beyond",),
)
_AT_MOST: tuple[tuple[str, ...], ...] = (
    ("less", "than"),
    ("lower", "than"),
    ("at", "most"),
    ("under",),
    ("below",),
    ("max",),
    ("maximum",),
)
_STRICT = frozenset(
    {
        "over",
        "above",
        "more",
        "greater",
        "higher",
        "better",
        "exceeding",
        "exceeds",
        "beyond",
        "under",
        "below",
        "less",
        "lower",
        ">",
    }
)
_AMOUNT = re.compile(r"^\$?(\d+(?:,\d{3})*(?:\.\d+)?)(k?)$")
_UNIT_WORDS = {**UNIT_WORDS, "hours": PayUnit.HOUR, "salary": PayUnit.YEAR}
# With no unit written, an amount this large is taken as yearly, a smaller one as hourly.
_YEARLY_FROM = 1000.0


@dataclass(frozen=True, slots=True)
class PayThreshold:
    """A pay bound asked for: at least (or at most) ``amount`` per ``unit``."""

    amount: float
    unit: PayUnit
    at_least: bool = True
    strict: bool = False
    unit_written: bool = True
    money: bool = True  # written as money ("$40", "100k", "40/hr"), not a bare number

    @property
    def label(self) -> str:
        """ "pay over $40/hour", "pay at least $100,000/year"."""
        if self.at_least:
            relation = "over" if self.strict else "at least"
        else:
            relation = "under" if self.strict else "at most"
        amount = f"{self.amount:,.2f}".removesuffix(".00")
        return f"pay {relation} ${amount}/{self.unit.value}"

    def comparable(self, pay: Pay) -> bool:
        """Tell whether ``pay`` states an amount in the same unit as the bound."""
        return pay.unit is self.unit and (pay.min is not None or pay.max is not None)

    def met_by(self, pay: Pay) -> bool:
        """Tell whether a comparable stated pay meets the bound (the top of a range for "at least")."""
        top = pay.max if pay.max is not None else pay.min
        bottom = pay.min if pay.min is not None else pay.max
        if top is None or bottom is None:
            return False
        if self.at_least:
            return top > self.amount if self.strict else top >= self.amount
        return bottom < self.amount if self.strict else bottom <= self.amount


def meets(posting: Posting, threshold: PayThreshold) -> bool:
    """Tell whether any pay the posting states meets ``threshold``."""
    return any(threshold.comparable(pay) and threshold.met_by(pay) for pay in posting.pay)


def comparable(posting: Posting, threshold: PayThreshold) -> bool:
    """Tell whether the posting states pay in the bound's unit at all."""
    return any(threshold.comparable(pay) for pay in posting.pay)


def _starts_with(raws: Sequence[str], position: int, phrase: tuple[str, ...]) -> bool:
    return tuple(raws[position : position + len(phrase)]) == phrase


def _amount(raw: str) -> float | None:
    match = _AMOUNT.match(raw)
    if not match:
        return None
    value = float(match.group(1).replace(",", ""))
    return value * 1000 if match.group(2) else value


def parse(raws: Sequence[str]) -> PayThreshold | None:
    """Find a pay bound in a question's raw words: a comparison phrase, then an amount, then a unit."""
    for position in range(len(raws)):
        for phrases, at_least in ((_AT_LEAST, True), (_AT_MOST, False)):
            phrase = next((p for p in phrases if _starts_with(raws, position, p)), None)
            if phrase is None:
                continue
            after = position + len(phrase)
            amount = _amount(raws[after]) if after < len(raws) else None
            if amount is None:
                continue
            unit = next((_UNIT_WORDS[raw] for raw in raws[after + 1 : after + 4] if raw in _UNIT_WORDS), None)
            written = unit is not None or raws[after].endswith("k")
            if unit is None:
                unit = PayUnit.YEAR if amount >= _YEARLY_FROM else PayUnit.HOUR
            return PayThreshold(
                amount,
                unit,
                at_least,
                strict=phrase[0] in _STRICT,
                unit_written=written,
                money=written or raws[after].startswith("$"),
            )
    return None
