"""Case-folded words, the unit both location filters and search queries match on."""

from __future__ import annotations

import re

from bot.postings.parse.location import country_of

# Letters and digits in any script: the runs the FTS5 unicode61 tokenizer keeps as tokens.
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """Split text into case-folded words; punctuation, quotes and operators only separate them."""
    return _WORD.findall(text.casefold())


def padded_terms(*texts: str | None) -> str:
    """Join the words of the texts between single spaces with one at each end, for whole-word ``instr``."""
    found = [word for text in texts if text for word in words(text)]
    return f" {' '.join(found)} " if found else " "


def country_named(text: str) -> str | None:
    """Return the country code when the text names a country alone ("USA", "us", "Canada"), else None.

    A place with a comma ("San Jose, CA") names a city, not just its country, so it gets None.
    """
    if "," in text or not text.strip():
        return None
    return country_of(text) or country_of(text.upper())
