"""Sort benefit lines into normalised categories and pull out stated quantities ("10 paid holidays")."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from bot.postings.model import Benefit, BenefitCategory
from bot.postings.parse.lines import Line

# Checked in order: the first category whose pattern matches wins, so specific phrases come first
# ("Mental Health Benefits" is wellbeing, "Diversity, Equity, and Inclusion Program" is not equity).
_CATEGORY_PATTERNS: tuple[tuple[BenefitCategory, str], ...] = (
    (BenefitCategory.OTHER, r"diversity|inclusion|employee resource group|\berg\b|volunteer"),
    (BenefitCategory.SICK_TIME, r"\bsick\b"),
    (
        BenefitCategory.PARENTAL,
        r"parental|maternity|paternity|fertility|adoption|family|child ?care|caregiv"
        r"|surrogacy|newborn",
    ),
    (BenefitCategory.LIFE, r"life insurance|life assurance|\blife\b(?! at)(?=.*\binsurance)|\bad&d\b"),
    (BenefitCategory.DISABILITY, r"disability"),
    (
        BenefitCategory.WELLBEING,
        r"well-?being|wellness|mental health|\beap\b|employee assistance|mindfulness"
        r"|counsel+ing|therapy",
    ),
    (BenefitCategory.FITNESS, r"fitness|\bgym|sports?\b|yoga|athletic"),
    (BenefitCategory.HEALTH, r"health|medical|\bhsa\b|\bfsa\b|hospital|prescription|\bbupa\b|healthcare"),
    (BenefitCategory.DENTAL, r"dental"),
    (BenefitCategory.VISION, r"vision|eye ?care|optical"),
    (BenefitCategory.RETIREMENT, r"401\s?\(?k\)?|pension|retirement|\brrsp\b|superannuation"),
    (
        BenefitCategory.MEALS_OFFICE,
        r"holiday (?:events?|part(?:y|ies))|happy hours?|snacks?|meals?|lunch"
        r"|dinner|breakfast|cafeteria|canteen|coffee|drinks|casual dress|dress code"
        r"|pet[- ]friendly|outings?|office|commut|parking|transit|game room|events?",
    ),
    (
        BenefitCategory.PAID_TIME_OFF,
        r"\bpto\b|paid time off|vacation|annual leave|time off|days? off|leave"
        r"|sabbatical|personal days?",
    ),
    (BenefitCategory.PAID_HOLIDAYS, r"holidays?\b"),
    (BenefitCategory.HOUSING, r"housing|relocation|accommodation|\brent\b|lodging"),
    (
        BenefitCategory.EQUITY_BONUS,
        r"equity|stock|\brsus?\b|shares?\b|bonus|options?\b|profit[- ]sharing"
        r"|incentive",
    ),
    (
        BenefitCategory.LEARNING,
        r"learning|training|courses?|education|tuition|mentor|conference|development"
        r"|promote from within|promotion|career|coaching|books?\b|certification|study|qualifications",
    ),
)
# Matched against the lowercased text (the patterns are lowercase): case-insensitive alternations are
# two to three times slower.
_CATEGORIES = tuple((category, re.compile(pattern)) for category, pattern in _CATEGORY_PATTERNS)
_INSURANCE = {
    category: pattern
    for category, pattern in _CATEGORIES
    if category in {BenefitCategory.HEALTH, BenefitCategory.DENTAL, BenefitCategory.VISION}
}
_PARENTHETICAL_QUANTITY = re.compile(r"\(([^()]*\d[^()]*)\)")
_QUANTITY = re.compile(
    r"\b\d+(?:\.\d+)?\+?\s+(?:\w+\s+){0,2}?(?:days?|weeks?|hours?|holidays|months?|sessions?)\b"
    r"(?:\s+(?:per|a|each|every|of)\s+(?:year|annum|month|week|calendar year))?"
    r"|[$£€]\s?\d[\d,]*(?:\.\d+)?[kK]?(?:\s*(?:/|per|a|each)\s*(?:year|month|week|day|annum))?"
    r"|\b\d+(?:\.\d+)?%\s+(?:of\s+)?(?:\w+\s+){0,2}?(?:match\w*|contribution|premiums?(?:\s+paid)?|covered)",
    re.I,
)
_DIGIT = re.compile(r"\d")
BENEFIT_LABELS = frozenset({"benefits", "perks", "benefit", "perks and benefits", "what we offer"})


@functools.lru_cache(maxsize=4096)  # benefit phrases repeat from posting to posting
def categorise(text: str) -> BenefitCategory:
    """Return the benefit category a phrase names; ``other`` when none fits."""
    lowered = text.lower()
    for category, pattern in _CATEGORIES:
        if pattern.search(lowered):
            return category
    return BenefitCategory.OTHER


def quantity_of(text: str) -> str | None:
    """Return the amount a benefit line states: a parenthetical with a number, a count, money or a percent."""
    inner = _PARENTHETICAL_QUANTITY.search(text) if "(" in text else None
    if inner:
        return inner.group(1).strip()
    if not _DIGIT.search(text):
        return None
    match = _QUANTITY.search(text)
    return match.group(0).strip() if match else None


# Benefit items repeat from posting to posting; the frozen Benefits they give are shared, not rebuilt.
@functools.lru_cache(maxsize=8192)
def benefits_from(text: str, source: str, *, group: str | None = None) -> tuple[Benefit, ...]:
    """Build the benefits one item states; an item the words do not place takes its sub-heading's category.

    "Medical, dental & vision insurance" gives three benefits so each kind of cover can be asked about.
    """
    category = categorise(text)
    if category is BenefitCategory.OTHER and group:
        category = categorise(group)
    quantity = quantity_of(text)
    categories = [category]
    if category in _INSURANCE:
        lowered = text.lower()
        categories.extend(
            other for other, pattern in _INSURANCE.items() if other != category and pattern.search(lowered)
        )
    return tuple(Benefit(category=each, text=text, quantity=quantity, source=source) for each in categories)


def find_benefits(groups: Iterable[tuple[str | None, Line]], label_lines: Iterable[Line]) -> list[Benefit]:
    """Return the benefits of the posting's benefit sections and ``Benefits: a, b, c`` lines."""
    found = [
        benefit
        for group, line in groups
        if line.body
        for benefit in benefits_from(line.body, line.raw, group=group)
    ]
    for line in label_lines:
        for part in re.split(r"[;,](?![^()]*\))", line.value or ""):
            if part.strip(" ."):
                found.extend(benefits_from(part.strip(" ."), line.raw))
    return found
