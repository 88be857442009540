"""Tell when a question asks who may apply from where: "open to people outside the us", "canadians"."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from bot.answers.answer import Intent

# Words about applicants from elsewhere; the answer is the posting's stated region.
WORDS = frozenset(
    {
        "outside",
        "abroad",
        "overseas",
        "foreign",
        "foreigner",
        "foreigners",
        "international",
        "internationals",
        "intl",
        "nonus",
        "canadian",
        "canadians",
        "european",
        "europeans",
        "indian",
        "mexican",
        "nationality",
        "nationals",
        "residents",
        "resident",
        "citizens",
        "worldwide",
        "anywhere",
        "globally",
    }
)
# Words that leave visas open ("open to anyone worldwide" says nothing of sponsorship).
_NOT_VISA = frozenset({"anywhere", "worldwide", "globally", "residents", "resident"})
# Words asking about visas themselves: such a question stays a sponsorship question.
_VISA_ASKS = frozenset(
    {
        "visa",
        "visas",
        "sponsor",
        "sponsors",
        "sponsorship",
        "sponsored",
        "sponsoring",
        "h1b",
        "h1",
        "opt",
        "cpt",
        "f1",
        "stem",
        "green",
        "authorization",
        "permit",
        "immigration",
        "citizenship",
    }
)
_WHO = frozenset({"people", "candidates", "applicants", "anyone", "everyone", "students", "non"})


def asked(raws: Sequence[str]) -> bool:
    """Tell whether the question asks which places or nationalities may apply.

    A question naming a visa ("on F1, does it sponsor?") asks about sponsorship, not the region.
    """
    if any(raw in _VISA_ASKS for raw in raws):
        return False
    if any(raw in WORDS for raw in raws):
        return True
    return any(first == "open" and second == "to" for first, second in itertools.pairwise(raws)) and any(
        raw in _WHO for raw in raws
    )


def topics(raws: Sequence[str], asked_topics: Sequence[Intent]) -> tuple[Intent, ...]:
    """Location first (the stated region), sponsorship when visas are implied, then the other topics."""
    chosen = [Intent.LOCATION]
    if any(raw in WORDS and raw not in _NOT_VISA for raw in raws) or Intent.SPONSORSHIP in asked_topics:
        chosen.append(Intent.SPONSORSHIP)
    skipped = {Intent.DEADLINE, Intent.REQUIREMENTS, Intent.LOCATION, Intent.SPONSORSHIP}
    chosen.extend(topic for topic in asked_topics if topic not in skipped)
    return tuple(chosen)
