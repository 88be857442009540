"""What the store hands back besides postings: load reports and search hits."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

OutcomeStatus = Literal["added", "updated", "unchanged", "removed", "failed"]
OUTCOME_STATUSES: tuple[OutcomeStatus, ...] = ("added", "updated", "unchanged", "removed", "failed")


class FileOutcome(BaseModel):
    """What one load did with one file."""

    model_config = ConfigDict(frozen=True)

    path: str
    status: OutcomeStatus
    posting_id: str | None = None
    error: str | None = None


class LoadReport(BaseModel):
    """Every file a load touched, in the order it handled them."""

    model_config = ConfigDict(frozen=True)

    outcomes: list[FileOutcome]

    def counts(self) -> dict[str, int]:
        """Count outcomes per status, every status present."""
        counts: dict[str, int] = dict.fromkeys(OUTCOME_STATUSES, 0)
        for outcome in self.outcomes:
            counts[outcome.status] += 1
        return counts

    def with_status(self, status: OutcomeStatus) -> list[FileOutcome]:
        """Return the outcomes with one status, e.g. the failures to show an operator."""
        return [outcome for outcome in self.outcomes if outcome.status == status]

    @property
    def added(self) -> int:
        return self.counts()["added"]

    @property
    def updated(self) -> int:
        return self.counts()["updated"]

    @property
    def unchanged(self) -> int:
        return self.counts()["unchanged"]

    @property
    def removed(self) -> int:
        return self.counts()["removed"]

    @property
    def failed(self) -> int:
        return self.counts()["failed"]

    def summary(self) -> str:
        """Describe the load in one line for logs and the CLI."""
        counts = self.counts()
        parts = ", ".join(f"{counts[status]} {status}" for status in OUTCOME_STATUSES)
        files = len(self.outcomes)
        return f"{files} file{'' if files == 1 else 's'}: {parts}"

    def __add__(self, other: LoadReport) -> LoadReport:
        return LoadReport(outcomes=[*self.outcomes, *other.outcomes])


class SearchHit(BaseModel):
    """The best matching passage of one posting; a higher score is a better match."""

    model_config = ConfigDict(frozen=True)

    posting_id: str
    heading: str
    snippet: str
    score: float
