"""A posting as the rows the store writes, built where the file is parsed.

Turning a Posting into its JSON and child rows is CPU work; doing it next to the parser (in a worker
process for large loads) leaves the database thread only the SQL, and plain strings and tuples cross
processes far more cheaply than pickled models.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from pydantic import TypeAdapter

from bot.postings.model import Posting
from bot.storage.passages import passages
from bot.storage.terms import country_named, padded_terms

DegreeRow = tuple[str, int]  # level, required
LocationRow = tuple[int, str, str, str | None, str]  # position, kind, name, country, terms
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
    """Everything the store writes for one posting, except the id-keyed links it adds at write time.

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
    degrees: list[DegreeRow]
    locations: list[LocationRow]
    passages: list[PassageRow]

    def json_at(self, stamp: Stamp) -> str:
        """Return the Posting's full JSON, stamped with the time it is stored."""
        return f"{self.document[:-1]},{stamp.json_member}}}"

    def renamed(self, posting_id: str) -> PostingRows:
        """Return the same rows under another id, for a file whose wanted id another file holds."""
        posting = Posting.model_validate_json(self.document).model_copy(update={"id": posting_id})
        return posting_rows(posting)


def posting_rows(posting: Posting) -> PostingRows:
    """Build the row values of a posting: filter columns, JSON, degrees, locations and passages."""
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
        degrees=_degree_rows(posting),
        locations=_location_rows(posting),
        passages=[(passage.heading, passage.text) for passage in passages(posting)],
    )


def _degree_rows(posting: Posting) -> list[DegreeRow]:
    """Return one row per degree level, required when any line requires it."""
    required_by_level: dict[str, bool] = {}
    for degree in posting.degree_levels:
        level = degree.level.value
        required_by_level[level] = required_by_level.get(level, False) or degree.required
    return [(level, int(required)) for level, required in required_by_level.items()]


def _location_rows(posting: Posting) -> list[LocationRow]:
    """Return the stated locations, then the region a remote posting is open to, as filter rows."""
    places = [("stated", loc.name, loc.country) for loc in posting.locations]
    if posting.remote.region:
        places.append(("remote region", posting.remote.region, country_named(posting.remote.region)))
    return [
        (position, kind, name, country, padded_terms(name, country))
        for position, (kind, name, country) in enumerate(places)
    ]
