"""A posting as the rows the store writes, built where the file is parsed.

Turning a Posting into its JSON and child rows is CPU work; doing it next to the parser (in a worker
process for large loads) leaves the database thread only the SQL, and plain strings and tuples cross
processes far more cheaply than pickled models.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import NamedTuple

from pydantic import TypeAdapter

from bot.postings.model import Posting
from bot.storage.passages import passages
from bot.storage.terms import country_named, padded_terms

PassageRow = tuple[str, str]  # heading, text

_DATETIME = TypeAdapter(datetime)


class Stamp(NamedTuple):
    """The time a batch of postings is stored, formatted once for every posting of the batch."""

    json_member: str  # ``"ingested_at":<time>``, as pydantic writes it
    iso: str  # the ``ingested_at`` column

    @classmethod
    def of(cls, ingested_at: datetime) -> Stamp:
        """Format a storing time for the JSON and the column."""
        time_json = _DATETIME.dump_json(ingested_at).decode("utf-8")
        return cls(f'"ingested_at":{time_json}', ingested_at.isoformat())


class PostingRows(NamedTuple):
    """Everything the store writes for one posting; the write adds only its time and passage rowids.

    A named tuple, so it pickles cheaply on its way from a worker process.
    """

    posting_id: str
    title: str
    company: str | None
    team: str | None
    employment_type: str
    remote_mode: str
    remote_region: str | None
    has_pay: int
    document: str  # the Posting's JSON without ``ingested_at``, which the write adds
    degree_levels: str  # ' BS MS ': each level named, between single spaces, for whole-word ``instr``
    places: str  # JSON [[terms, country], ...]: each stated place, then a remote posting's region
    passages: list[PassageRow]

    def json_at(self, stamp: Stamp) -> str:
        """Return the Posting's full JSON, stamped with the time it is stored."""
        return f"{self.document[:-1]},{stamp.json_member}}}"

    def renamed(self, posting_id: str) -> PostingRows:
        """Return the same rows under another id, for a file whose wanted id another file holds."""
        posting = Posting.model_validate_json(self.document).model_copy(update={"id": posting_id})
        return posting_rows(posting)


def posting_rows(posting: Posting) -> PostingRows:
    """Build the row values of a posting: filter columns, JSON and passages."""
    return PostingRows(
        posting_id=posting.id,
        title=posting.title,
        company=posting.company,
        team=posting.team,
        employment_type=posting.employment_type.value,
        remote_mode=posting.remote.mode.value,
        remote_region=posting.remote.region,
        has_pay=int(bool(posting.pay)),
        document=posting.model_dump_json(exclude={"ingested_at"}),
        degree_levels=_degree_levels(posting),
        places=_places(posting),
        passages=[(passage.heading, passage.text) for passage in passages(posting)],
    )


def _degree_levels(posting: Posting) -> str:
    """Return the levels the posting names (required or accepted), padded for whole-word ``instr``."""
    levels = dict.fromkeys(degree.level.value for degree in posting.degree_levels)
    return f" {' '.join(levels)} " if levels else " "


def _places(posting: Posting) -> str:
    """Return the stated locations, then a remote posting's region, as the JSON the location filter reads.

    Each place is its case-folded words (padded) and its country code, what ``Store.filter`` matches.
    """
    places = [(loc.name, loc.country) for loc in posting.locations]
    if posting.remote.region:
        places.append((posting.remote.region, country_named(posting.remote.region)))
    return json.dumps([[padded_terms(name, country), country] for name, country in places])
