"""Shared helpers for the parser tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.postings.model import Posting


def fact_sources(posting: Posting) -> list[str]:
    """Return the ``source`` of every fact the posting states."""
    sources = [pay.source for pay in posting.pay]
    sources += [benefit.source for benefit in posting.benefits]
    sources += [item.source for item in posting.requirements.minimum + posting.requirements.preferred]
    sources += [place.source for place in posting.locations]
    sources += [degree.source for degree in posting.degree_levels]
    sources += [fact.source for fact in posting.sponsorship.statements]
    sources += [year.source for year in posting.sponsorship.history]
    sources += [fact.source for fact in posting.responsibilities]
    if posting.summary is not None:
        sources.append(posting.summary.source)
    if posting.remote.source is not None:
        sources.append(posting.remote.source)
    dates = posting.dates
    for fact in (dates.listed, dates.expires, dates.start, dates.duration, dates.rolling, dates.posted_ago):
        if fact is not None:
            sources.append(fact.source)
    return sources


@pytest.fixture
def sources_of() -> Callable[[Posting], list[str]]:
    return fact_sources
