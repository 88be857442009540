"""Compose list answers: the postings meeting a filter, and why none do when none do."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answers.answer import Answer, AnswerField, Intent
from bot.answers.answer_text import (
    FIELD_NAME_MAX,
    FIELD_VALUE_MAX,
    FOOTER,
    MAX_FIELDS,
    TITLE_MAX,
    dedupe,
    short,
)
from bot.answers.handlers.base import Focus
from bot.answers.handlers.listing import Catalog, Condition, ListFilter, describe_line
from bot.answers.handlers.pay_threshold import PayThreshold


def listing(catalog: Catalog, conditions: ListFilter, focus: Focus, chosen: int | None = None) -> Answer:
    """List the postings meeting ``conditions`` (``chosen``, when already selected), the first few shown."""
    total = len(catalog.universe)
    if chosen is None:
        chosen = catalog.select(conditions, focus)
    count = chosen.bit_count()
    shown = [describe_line(p, conditions, focus) for p in catalog.universe.first(chosen, MAX_FIELDS)]
    met = catalog.conditions(conditions, focus)
    if conditions.empty:
        summary = f"There are {total} postings."
    elif count:
        labels = ", ".join(conditions.labels) or "your filter"
        summary = f"{count} of {total} postings match ({labels})."
    else:
        summary = f"None of the {total} postings match ({', '.join(conditions.labels) or 'your filter'})."
        summary += " " + _why_none(met)
    if conditions.pay is not None:
        summary += " " + _pay_caveats(catalog, conditions.pay)
    if count and count < total:
        summary += _unmet(met, total, chosen)
    footer = FOOTER
    if count > MAX_FIELDS:
        footer = f"Showing {MAX_FIELDS} of {count}. {FOOTER}"
    return Answer(
        intent=Intent.LIST,
        intents=[Intent.LIST],
        postings=[item.posting.id for item in shown],
        title=short(
            "Postings" if conditions.empty else f"Postings: {', '.join(conditions.labels)}", TITLE_MAX
        ),
        summary=summary,
        fields=[
            AnswerField(
                name=short(item.posting.title, FIELD_NAME_MAX), value=short(item.line or "—", FIELD_VALUE_MAX)
            )
            for item in shown
        ],
        citations=dedupe(c for item in shown for c in item.citations),
        suggestions=["tell me about the first one", "which ones are remote?"],
        as_of=focus.today.isoformat() if conditions.expired is not None or conditions.closing else None,
        footer=footer,
    )


def _postings_doing(condition: Condition) -> str:
    """ "2 postings mention housing", "1 posting lists pay"."""
    size = condition.mask.bit_count()
    return f"{size} {'posting' if size == 1 else 'postings'} {condition.one if size == 1 else condition.many}"


def _why_none(met: Sequence[Condition]) -> str:
    """Say why nothing matched without claiming a condition matches nothing when it matches some postings."""
    unmet = [condition for condition in met if not condition.mask]
    if unmet:
        return " ".join(f"No posting {condition.one}." for condition in unmet)
    if len(met) == 2:
        first, second = sorted(met, key=lambda condition: -condition.mask.bit_count())
        if first.mask.bit_count() == 1:
            return f"{_postings_doing(first)}, but it does not also {second.many}."
        return f"{_postings_doing(first)}; none of them also {second.many}."
    counts = [_postings_doing(condition) for condition in met]
    listed = ", ".join(counts[:-1]) + f" and {counts[-1]}" if len(counts) > 1 else counts[0]
    return f"{listed[0].upper()}{listed[1:]}, but no posting meets all of these."


def _unmet(met: Sequence[Condition], total: int, chosen: int) -> str:
    """Name what the unlisted postings lack, only for a benefit or closing-date condition they all fail."""
    lines: list[str] = []
    for condition in met:
        if condition.lacking is None:
            continue
        lacking = total - condition.mask.bit_count()
        if not lacking:
            continue
        if condition.mask == chosen:
            # Every posting left out fails this very condition: "the other 4 do not mention housing".
            subject = f"The other {lacking} {'posting' if lacking == 1 else 'postings'}"
        else:
            subject = f"{lacking} of the {total} postings"
        lines.append(f" {subject} {condition.lacking[0] if lacking == 1 else condition.lacking[1]}.")
    return "".join(lines)


def _pay_caveats(catalog: Catalog, bound: PayThreshold) -> str:
    """Say how many postings state no pay (never guessed) or pay in another unit than asked."""
    total = len(catalog.universe)
    stating = catalog.stating(Intent.PAY)
    silent = total - stating.bit_count()
    other_unit = (stating & ~catalog.comparable_pay(bound)).bit_count()
    lines = []
    if silent:
        lines.append(f"{silent} of {total} postings state no pay, so they are not counted either way.")
    if other_unit:
        states, are = ("states", "is") if other_unit == 1 else ("state", "are")
        lines.append(
            f"{other_unit} {states} pay per another unit than per {bound.unit.value} and {are} not compared."
        )
    if not bound.unit_written:
        lines.append(f"The amount was read as per {bound.unit.value}.")
    return " ".join(lines)
