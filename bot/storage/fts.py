"""Turn a user's free text into an FTS5 query that can never be a syntax error."""

from __future__ import annotations

from bot.storage.terms import words

_MAX_TERMS = 32


def query_terms(text: str) -> list[str]:
    """Return the distinct words of the text, in order, at most a bounded number."""
    return list(dict.fromkeys(words(text)))[:_MAX_TERMS]


def match_all(terms: list[str]) -> str:
    """Return a MATCH expression requiring every term; each is quoted, so none acts as an operator."""
    return " AND ".join(_quoted(term) for term in terms)


def match_any(terms: list[str]) -> str:
    """Return a MATCH expression accepting any term, for when no passage holds them all."""
    return " OR ".join(_quoted(term) for term in terms)


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'
