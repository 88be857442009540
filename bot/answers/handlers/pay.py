"""Pay: the amounts a posting states, quoted; a plain "not listed" otherwise."""

from __future__ import annotations

from bot.answers.answer import Intent
from bot.answers.handlers.base import Focus, Section, bullets, cite
from bot.postings.model import Posting

NOT_STATED = "This posting does not list pay."


def states(posting: Posting) -> bool:
    return bool(posting.pay)


def describe(posting: Posting, focus: Focus) -> Section:
    """List each stated pay as written ("$45 hourly"); never compute totals or annual figures."""
    if not posting.pay:
        return Section(Intent.PAY, False, "not stated", (("Pay", NOT_STATED),))
    amounts = [pay.text for pay in posting.pay]
    value = amounts[0] if len(amounts) == 1 else bullets(amounts)
    return Section(
        Intent.PAY,
        True,
        "; ".join(amounts),
        (("Pay", value),),
        cite(posting, (pay.source for pay in posting.pay)),
    )
