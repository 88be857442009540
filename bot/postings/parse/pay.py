"""Read stated pay ("$45 hourly", "USD 120,000–180,000 per year", "£30,000 a year") from pay lines only."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from bot.postings.model import Pay, PayUnit
from bot.postings.parse.lines import Line, contains_any

_CURRENCY_SYMBOLS = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "c$": "CAD",
    "ca$": "CAD",
    "cad": "CAD",
    "a$": "AUD",
    "aud": "AUD",
    "£": "GBP",
    "gbp": "GBP",
    "€": "EUR",
    "eur": "EUR",
    "dollars": "USD",
    "pounds": "GBP",
    "euros": "EUR",
    "¥": "JPY",
    "jpy": "JPY",
    "₹": "INR",
    "inr": "INR",
    "chf": "CHF",
    "sgd": "SGD",
    "s$": "SGD",
}
# The words boards use for a pay period; the answer engine reads questions with the same table.
UNIT_WORDS = {
    "hour": PayUnit.HOUR,
    "hourly": PayUnit.HOUR,
    "hr": PayUnit.HOUR,
    "h": PayUnit.HOUR,
    "day": PayUnit.DAY,
    "daily": PayUnit.DAY,
    "week": PayUnit.WEEK,
    "weekly": PayUnit.WEEK,
    "wk": PayUnit.WEEK,
    "month": PayUnit.MONTH,
    "monthly": PayUnit.MONTH,
    "mo": PayUnit.MONTH,
    "year": PayUnit.YEAR,
    "yearly": PayUnit.YEAR,
    "yr": PayUnit.YEAR,
    "annum": PayUnit.YEAR,
    "annually": PayUnit.YEAR,
    "annual": PayUnit.YEAR,
}
_PREFIX = r"(?:US\$|C\$|CA\$|A\$|S\$|\$|£|€|¥|₹|(?:USD|CAD|AUD|GBP|EUR|JPY|INR|CHF|SGD)\b)"
_CODE_SUFFIX = r"(?:USD|CAD|AUD|GBP|EUR|JPY|INR|CHF|SGD|dollars|pounds|euros)\b"
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,9}(?:\.\d+)?)(?!\d)"
_THOUSANDS = r"(?:\s?[kK]\b)?"
_NOT_MILLIONS = r"(?!\s?(?:[mMbB]\b|mn\b|bn\b|million|billion|\+? (?:users|people|customers)))"
_DASH = r"\s*(?:-|–|—|to)\s*"
_UNIT = (
    r"(?:\s*(?:/|per\b|an?\b|each\b)\s*(?P<unit>hour|hr|h|day|week|wk|month|mo|year|yr|annum)\b"
    r"|\s+(?P<adverb>hourly|daily|weekly|monthly|yearly|annually|annual)\b)"
)
# The lookahead names the first character of every currency prefix (case aside, as the whole pattern): a
# position starting with anything else is left after one class test instead of trying each prefix.
_PREFIXED = re.compile(
    rf"(?=[$£€¥₹ucasgeji])(?P<c1>{_PREFIX})\s?(?P<a>{_NUMBER})(?P<ka>{_THOUSANDS}){_NOT_MILLIONS}"
    rf"(?:{_DASH}(?P<c2>{_PREFIX})?\s?(?P<b>{_NUMBER})(?P<kb>{_THOUSANDS}){_NOT_MILLIONS})?"
    rf"(?:\s?(?P<c3>{_CODE_SUFFIX}))?{_UNIT}?",
    re.IGNORECASE,
)
_SUFFIXED = re.compile(
    rf"(?<![\w$£€.,])(?P<a>{_NUMBER})(?P<ka>{_THOUSANDS})(?:{_DASH}(?P<b>{_NUMBER})(?P<kb>{_THOUSANDS}))?"
    rf"\s?(?P<c3>{_CODE_SUFFIX}){_UNIT}?",
    re.IGNORECASE,
)
_MONEY_HINT = re.compile(r"\b(?:USD|CAD|AUD|GBP|EUR|JPY|INR|CHF|SGD|dollars|pounds|euros)\b", re.I)
# Every currency code or word of _MONEY_HINT holds one of these, lowercased ("euros" holds "eur").
_MONEY_WORDS = ("usd", "cad", "aud", "gbp", "eur", "jpy", "inr", "chf", "sgd", "dollars", "pounds")
_SYMBOL = re.compile(r"[$£€¥₹]")
_SENTENCE_BREAK = re.compile(r"[.!?;](?:\s|$)")
_PAY_WORDS = re.compile(
    r"\b(?:pay|paid|salary|salaries|compensation|wages?|rate|stipend|earn\w*|base|ote|remuneration|hourly"
    r"|per hour|annual|annually|range)\b",
    re.I,
)
_NOT_PAY = re.compile(
    r"\b(?:funding|funded|raised|valuation|revenue|series [a-f]|investors?|401\s?\(?k\)?|match(?:ing)?"
    r"|reimburs\w*|allowance|budget|discount|bonus of|referral|relocation|sign[- ]on)\b",
    re.I,
)
_STRICT_PAY_WORDS = re.compile(r"\b(?:pay|salary|wages?|compensation)\b", re.I)
PAY_LABELS = frozenset(
    {
        "pay",
        "salary",
        "salary range",
        "pay range",
        "compensation",
        "base salary",
        "rate",
        "hourly rate",
        "stipend",
        "wage",
        "wages",
        "remuneration",
        "pay rate",
        "base pay",
        "compensation range",
        "annual salary",
        "monthly stipend",
        "salary (usd)",
    }
)


def _has_money(text: str, folded: str) -> bool:
    """Tell cheaply whether a line holding a digit names money: a currency symbol, else a code or word.

    ASCII text can hold no currency symbol but "$", and its case-insensitive words are plain lowercase
    substrings of ``folded`` (its lowercase form); other scripts fold in ways str.lower does not.
    """
    if text.isascii():
        if "$" in text:
            return True
        return contains_any(folded, _MONEY_WORDS) and _MONEY_HINT.search(text) is not None
    return _SYMBOL.search(text) is not None or _MONEY_HINT.search(text) is not None


def _amount(number: str, thousands: str) -> float:
    value = float(number.replace(",", ""))
    return value * 1000 if thousands.strip() else value


def _currency(*codes: str | None) -> str | None:
    for code in codes:
        if code:
            return _CURRENCY_SYMBOLS.get(code.lower(), code.upper())
    return None


def _pay_from_match(match: re.Match[str], source: str) -> Pay | None:
    groups = match.groupdict()
    low = _amount(groups["a"], groups["ka"] or "")
    kb = groups.get("kb") or ""
    if groups["b"] and not kb and groups["ka"]:
        kb = groups["ka"]  # "$120–180K": the K covers both ends
    if groups["b"] and kb and not groups["ka"]:
        low = _amount(groups["a"], kb)
    high = _amount(groups["b"], kb) if groups["b"] else low
    if not (math.isfinite(low) and math.isfinite(high)) or low <= 0 or high < low:
        return None
    word = (groups.get("unit") or groups.get("adverb") or "").lower()
    unit = UNIT_WORDS.get(word)
    if unit is None and (groups["ka"] or kb):
        unit = PayUnit.YEAR  # "$120K" amounts are yearly salaries
    currency = _currency(groups.get("c1"), groups.get("c2"), groups.get("c3"))
    return Pay(min=low, max=high, currency=currency, unit=unit, text=match.group(0).strip(), source=source)


def _is_pay_line(line: Line, *, strict: bool) -> bool:
    """Tell whether a line with money on it states pay, not funding, matching or an allowance."""
    if (line.label or "").lower() in PAY_LABELS:
        return True
    if _NOT_PAY.search(line.content):
        return False
    return not strict or _STRICT_PAY_WORDS.search(line.content) is not None


def find_pay(lines: Iterable[Line], strict_lines: Iterable[Line] = ()) -> list[Pay]:
    """Return every pay amount stated on a pay line; ``strict_lines`` (benefits) need an explicit pay word."""
    found: list[Pay] = []
    seen: set[tuple[float | None, float | None, str | None, PayUnit | None]] = set()
    # Only lines with a digit are paired with their strictness: most lines have none.
    candidates = [(line, False) for line in lines if line.digits]
    candidates.extend((line, True) for line in strict_lines if line.digits)
    for line, strict in candidates:
        text = line.content
        if not _has_money(text, line.folded) or not _is_pay_line(line, strict=strict):
            continue
        for pattern in (_PREFIXED, _SUFFIXED):
            matches = list(pattern.finditer(text))
            added = False
            for pay in _with_sentence_units(text, matches, line.raw):
                relevant = pay.unit is not None or _PAY_WORDS.search(text) or line.label
                key = (pay.min, pay.max, pay.currency, pay.unit)
                if relevant and key not in seen:
                    seen.add(key)
                    found.append(pay)
                    added = True
            if added:
                break  # the prefixed form already read this line
    return found


def _with_sentence_units(text: str, matches: list[re.Match[str]], source: str) -> list[Pay]:
    """Read each match; an amount without a unit takes the unit of an amount in its sentence.

    "£30,000 a year, rising to £34,000 after your first year": the second amount is yearly too.
    """
    read = [(match, pay) for match in matches if (pay := _pay_from_match(match, source)) is not None]
    result: list[Pay] = []
    for position, (match, pay) in enumerate(read):
        if pay.unit is None:
            for other_match, other in read[:position][::-1] + read[position + 1 :]:
                if other.unit is None or other.currency != pay.currency:
                    continue
                if other_match.start() < match.start():
                    start, end = other_match.end(), match.start()
                else:
                    start, end = match.end(), other_match.start()
                if _SENTENCE_BREAK.search(text[start:end]) is None:
                    pay = pay.model_copy(update={"unit": other.unit})
                    break
        if pay.unit is None and len(read) > 1 and _NOT_PAY.search(_sentence_around(text, match)):
            continue  # "Salary: $50,000 per year. Relocation of $5,000 ...": not pay
        result.append(pay)
    return result


def _sentence_around(text: str, match: re.Match[str]) -> str:
    """Return the sentence of the line that holds the match."""
    starts = [found.end() for found in _SENTENCE_BREAK.finditer(text, 0, match.start())]
    following = _SENTENCE_BREAK.search(text, match.end())
    return text[starts[-1] if starts else 0 : following.start() if following else len(text)]
