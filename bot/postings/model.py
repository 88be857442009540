"""The validated shape of a job posting, aligned with schema.org JobPosting where names fit.

Every extracted fact carries ``source``: the exact line of the posting's plain text it came from,
so an answer can quote it and a test can check that nothing was invented.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class EmploymentType(StrEnum):
    INTERNSHIP = "internship"
    FULL_TIME = "full-time"
    PART_TIME = "part-time"
    GRADUATE = "graduate"
    CONTRACT = "contract"
    TEMPORARY = "temporary"
    UNKNOWN = "unknown"


class DegreeLevel(StrEnum):
    BS = "BS"
    MS = "MS"
    PHD = "PhD"


class RemoteMode(StrEnum):
    REMOTE = "remote"
    HYBRID = "hybrid"
    ON_SITE = "on-site"
    UNKNOWN = "unknown"


class PayUnit(StrEnum):
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class BenefitCategory(StrEnum):
    HEALTH = "health"
    DENTAL = "dental"
    VISION = "vision"
    LIFE = "life"
    DISABILITY = "disability"
    RETIREMENT = "retirement"
    PAID_HOLIDAYS = "paid holidays"
    PAID_TIME_OFF = "paid time off"
    SICK_TIME = "sick time"
    HOUSING = "housing"
    PARENTAL = "parental/family"
    WELLBEING = "wellbeing"
    FITNESS = "fitness"
    EQUITY_BONUS = "equity/bonus"
    LEARNING = "learning"
    MEALS_OFFICE = "meals/office"
    OTHER = "other"


class RequirementKind(StrEnum):
    DEGREE = "degree"
    SKILL = "skill"
    EXPERIENCE = "experience"
    PUBLICATION = "publication"
    AVAILABILITY = "availability"
    LANGUAGE = "language"
    OTHER = "other"


class Fact(_Model):
    """A piece of text stated by the posting, with the line it was quoted from."""

    text: str
    source: str


class DegreeRequirement(_Model):
    level: DegreeLevel
    required: bool  # False: preferred or merely accepted
    source: str


class Location(_Model):
    name: str  # as stated: "San Jose, CA", "Variable (US)", "USA"
    country: str | None = None  # ISO-like short name when stated or implied: "US"
    source: str


class RemotePolicy(_Model):
    mode: RemoteMode = RemoteMode.UNKNOWN
    region: str | None = None  # "USA" in "remote job ... open to candidates in USA"
    source: str | None = None


class Pay(_Model):
    min: float | None = None
    max: float | None = None
    currency: str | None = None  # ISO 4217: "USD"
    unit: PayUnit | None = None
    text: str  # the amount as written: "$45 hourly"
    source: str


class Benefit(_Model):
    category: BenefitCategory
    text: str
    quantity: str | None = None  # "10 paid holidays per year", "56 hours if hired in first half ..."
    source: str


class Requirement(_Model):
    kind: RequirementKind
    text: str
    source: str


class Requirements(_Model):
    minimum: list[Requirement] = Field(default_factory=list)
    preferred: list[Requirement] = Field(default_factory=list)


class DateFact(_Model):
    """An absolute calendar date stated by the posting."""

    date: date
    text: str
    source: str


class RelativeAge(_Model):
    """An age such as "2 weeks ago", with the date it counts back from when that is known."""

    text: str
    days: int
    relative_to: date | None = None
    source: str


class Dates(_Model):
    listed: DateFact | None = None
    expires: DateFact | None = None
    start: Fact | None = None  # "2026 Start", "Summer 2026"
    duration: Fact | None = None  # "12 weeks"
    rolling: Fact | None = None  # "Applications will be reviewed on a rolling basis"
    posted_ago: RelativeAge | None = None


class SponsorshipYear(_Model):
    year: int
    count: int
    source: str


class Sponsorship(_Model):
    """What the posting says about visa / H1B sponsorship; empty when it says nothing."""

    statements: list[Fact] = Field(default_factory=list)
    history: list[SponsorshipYear] = Field(default_factory=list)

    @property
    def stated(self) -> bool:
        return bool(self.statements or self.history)


class Posting(_Model):
    """One job posting as parsed from its source file."""

    id: str  # stable slug, unique in a store
    title: str
    company: str | None = None
    team: str | None = None
    employment_type: EmploymentType = EmploymentType.UNKNOWN
    degree_levels: list[DegreeRequirement] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    remote: RemotePolicy = Field(default_factory=RemotePolicy)
    pay: list[Pay] = Field(default_factory=list)
    benefits: list[Benefit] = Field(default_factory=list)
    requirements: Requirements = Field(default_factory=Requirements)
    skills: list[str] = Field(default_factory=list)
    dates: Dates = Field(default_factory=Dates)
    sponsorship: Sponsorship = Field(default_factory=Sponsorship)
    summary: Fact | None = None  # the posting's own first descriptive paragraph
    responsibilities: list[Fact] = Field(default_factory=list)
    sections: dict[str, str] = Field(default_factory=dict)  # heading -> text, for full-text search
    aliases: list[str] = Field(default_factory=list)  # extra names from knowledge/aliases.toml
    text: str  # the plain text every ``source`` quotes from (HTML and JSON-LD are flattened to it)
    source: str  # file name
    content_hash: str  # sha256 of the raw file bytes
    ingested_at: datetime | None = None
