"""The facts of one synthetic posting, drawn from the pools before any layout writes them out.

Each posting's facts come from its own ``random.Random`` seeded by (seed, index), so posting ``i`` is the
same whatever N is: the 1,000-posting corpus is a prefix of the 10,000-posting one.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from bench import pools

LAYOUTS: tuple[str, ...] = (
    "plain_remote_note",  # like 000: "[Remote] title", "Note: ...", Responsibilities / Skills / Benefits
    "plain_company_feed",  # like 001: "Company · 2 weeks ago", Qualification Required/Preferred, H1B trends
    "plain_listing",  # like 002: "Listed on", "Expires on", Minimum Qualifications
    "plain_tldr",  # like 003: "The TL;DR" bullets with Pay, Location, Type
    "plain_long",  # like 004: rolling basis, Perks and Benefits with sub-headings
    "markdown",
    "html",
    "jsonld",  # schema.org JobPosting in a .json file
    "html_jsonld",  # JSON-LD embedded in an HTML page
)
_LAYOUT_WEIGHTS: tuple[int, ...] = (14, 12, 12, 12, 10, 14, 10, 10, 6)

_ROLE_ABBREVIATIONS: dict[str, str] = {
    "Machine Learning Scientist": "ML scientist",
    "Machine Learning Engineer": "MLE",
    "Research Scientist": "RS",
    "Software Engineer": "SWE",
    "Backend Software Engineer": "backend SWE",
    "Data Scientist": "DS",
    "Site Reliability Engineer": "SRE",
    "Technical Program Manager": "TPM",
    "Product Manager": "PM",
    "Computer Vision Engineer": "CV engineer",
}
_EPOCH = dt.date(2025, 9, 1)


@dataclass(frozen=True)
class PaySpec:
    """A stated pay amount: bounds, unit and the text as the posting writes it."""

    min: float
    max: float
    unit: str  # "hour", "month" or "year"
    text: str


@dataclass
class PostingSpec:
    """Everything one synthetic posting states, plus how it is laid out."""

    index: int
    file_name: str
    layout: str
    title: str
    role: str
    level: str
    company: str
    team: str
    domain: str
    year: int
    season: str
    degree: str
    employment_type: str
    locations: list[str]
    remote: str  # "remote", "hybrid", "on-site" or "unknown"
    remote_region: str | None
    pay: PaySpec | None
    listed: dt.date | None
    expires: dt.date | None
    rolling: bool
    posted_ago: str | None
    sponsorship: str  # "none", "yes", "no" or "history"
    sponsorship_history: list[tuple[int, int]]
    summary: str
    responsibilities: list[str]
    minimum: list[str]
    preferred: list[str]
    benefits: list[str]
    skills: list[str]
    aliases: list[str] = field(default_factory=list)

    def manifest_row(self) -> dict[str, object]:
        """Return the JSON-ready facts that questions and checks are built from."""
        return {
            "index": self.index,
            "file": self.file_name,
            "layout": self.layout,
            "title": self.title,
            "role": self.role,
            "level": self.level,
            "company": self.company,
            "team": self.team,
            "degree": self.degree,
            "employment_type": self.employment_type,
            "locations": self.locations,
            "remote": self.remote,
            "pay": None if self.pay is None else self.pay.text,
            "pay_unit": None if self.pay is None else self.pay.unit,
            "listed": None if self.listed is None else self.listed.isoformat(),
            "expires": None if self.expires is None else self.expires.isoformat(),
            "rolling": self.rolling,
            "sponsorship": self.sponsorship,
            "aliases": self.aliases,
        }


def long_date(day: dt.date) -> str:
    """Format a date the way boards write it: "February 28, 2026"."""
    return f"{day:%B} {day.day}, {day.year}"


def sample_spec(seed: int, index: int) -> PostingSpec:
    """Draw the facts of posting ``index`` from its own seeded generator."""
    rng = random.Random(seed * 1_000_003 + index)
    layout = rng.choices(LAYOUTS, _LAYOUT_WEIGHTS)[0]
    role = rng.choice(pools.ROLES)
    level, level_first, employment_type = rng.choice(pools.LEVELS)
    company = _company(rng)
    domain = rng.choice(pools.DOMAINS)
    year = rng.choice(pools.YEARS)
    season = rng.choice(pools.SEASONS)
    degree = rng.choice(pools.DEGREES)
    role_level = f"{level} {role}" if level_first else f"{role} {level}"
    role_level = role_level.strip()
    title = _title(rng, role_level, company, domain, year, season, degree)
    skills = rng.sample(pools.SKILLS, 5)
    fill = {
        "company": company,
        "team": domain,
        "domain": domain.lower(),
        "role": role,
        "skill_a": skills[0],
        "skill_b": skills[1],
        "weeks": str(rng.choice((10, 12, 16))),
        "season": season,
        "year": str(year),
    }
    remote = rng.choices(("remote", "hybrid", "on-site", "unknown"), (20, 25, 25, 30))[0]
    listed, expires, rolling, posted_ago = _dates(rng)
    sponsorship = rng.choices(("none", "yes", "no", "history"), (55, 15, 15, 15))[0]
    history = _history(rng) if sponsorship == "history" else []
    extension = {"markdown": "md", "html": "html", "html_jsonld": "html", "jsonld": "json"}.get(layout, "txt")
    spec = PostingSpec(
        index=index,
        file_name=f"{index:06d}_{rng.getrandbits(64):016x}.{extension}",
        layout=layout,
        title=title,
        role=role,
        level=level,
        company=company,
        team=domain,
        domain=domain.lower(),
        year=year,
        season=season,
        degree=degree,
        employment_type=employment_type,
        locations=[name for name, _ in rng.sample(pools.LOCATIONS, rng.choice((1, 1, 1, 2, 3)))],
        remote=remote,
        remote_region=rng.choice(pools.REMOTE_REGIONS) if remote == "remote" else None,
        pay=_pay(rng, employment_type) if rng.random() < 0.25 else None,
        listed=listed,
        expires=expires,
        rolling=rolling,
        posted_ago=posted_ago,
        sponsorship=sponsorship,
        sponsorship_history=history,
        summary=rng.choice(pools.SUMMARIES).format(**fill),
        responsibilities=[
            line.format(**fill) for line in rng.sample(pools.RESPONSIBILITIES, rng.randint(3, 6))
        ],
        minimum=_minimum(rng, degree, employment_type, fill),
        preferred=[
            line.format(**fill) for line in rng.sample(pools.PREFERRED_QUALIFICATIONS, rng.randint(0, 3))
        ],
        benefits=rng.sample(pools.BENEFITS, rng.randint(0, 7)),
        skills=skills,
    )
    spec.aliases = _aliases(spec)
    return spec


def _minimum(rng: random.Random, degree: str, employment_type: str, fill: dict[str, str]) -> list[str]:
    """Draw the minimum qualifications; only students are asked to be "currently pursuing" or "commit"."""
    student = employment_type in {"internship", "graduate"}
    degree_lines = [line for line in pools.DEGREE_LINES[degree] if student or "pursuing" not in line]
    qualifications = [line for line in pools.MINIMUM_QUALIFICATIONS if student or "commit" not in line]
    degree_line = rng.choice(degree_lines or pools.DEGREE_LINES[""])
    return [degree_line] + [line.format(**fill) for line in rng.sample(qualifications, rng.randint(2, 4))]


def _company(rng: random.Random) -> str:
    if rng.random() < 0.05:
        return rng.choice(pools.SHIPPED_COMPANIES)
    return f"{rng.choice(pools.COMPANY_HEADS)} {rng.choice(pools.COMPANY_TAILS)}"


def _title(
    rng: random.Random, role_level: str, company: str, domain: str, year: int, season: str, degree: str
) -> str:
    degree_part = f" ({degree})" if degree else ""
    form = rng.randrange(6)
    if form == 0:
        return f"{role_level} ({company}-{domain}) - {year} Start{degree_part}"
    if form == 1:
        return f"{role_level} – {company} {domain} {degree}".rstrip()
    if form == 2:
        return f"{role_level} ({domain}) – {year} {season}{degree_part} | {company}"
    if form == 3:
        return f"{role_level}, {domain}"
    if form == 4:
        return f"{role_level} - {domain} - {year} Start"
    return f"{role_level} ({company} {domain}){degree_part}"


def _dates(rng: random.Random) -> tuple[dt.date | None, dt.date | None, bool, str | None]:
    listed = _EPOCH + dt.timedelta(days=rng.randrange(300)) if rng.random() < 0.4 else None
    expires = None
    if rng.random() < 0.3:
        start = listed or _EPOCH + dt.timedelta(days=rng.randrange(200))
        expires = start + dt.timedelta(days=rng.randrange(20, 140))
    rolling = rng.random() < 0.2
    posted_ago = None
    if listed is None and rng.random() < 0.2:
        amount = rng.randint(1, 4)
        posted_ago = f"{amount} {rng.choice(('day', 'week', 'month'))}{'s' if amount > 1 else ''} ago"
    return listed, expires, rolling, posted_ago


def _pay(rng: random.Random, employment_type: str) -> PaySpec:
    hourly_weight = 60 if employment_type in {"internship", "temporary", "part-time"} else 10
    unit = rng.choices(("hour", "month", "year"), (hourly_weight, 20, 70 - hourly_weight // 2))[0]
    if unit == "hour":
        low = rng.randint(22, 70)
        if rng.random() < 0.4:
            return PaySpec(low, low, unit, rng.choice((f"${low} hourly", f"${low}/hour", f"${low} per hour")))
        high = low + rng.randint(3, 25)
        return PaySpec(low, high, unit, rng.choice((f"${low} - ${high} per hour", f"${low}–${high}/hr")))
    if unit == "month":
        low = rng.randint(40, 120) * 100
        high = low + rng.randint(5, 30) * 100
        return PaySpec(
            low, high, unit, rng.choice((f"${low:,} - ${high:,} per month", f"${low:,}–${high:,}/month"))
        )
    low = rng.randint(70, 240) * 1000
    high = low + rng.randint(10, 90) * 1000
    text = rng.choice(
        (f"${low:,} - ${high:,} per year", f"${low:,}–${high:,} annually", f"${low:,} to ${high:,} a year")
    )
    return PaySpec(low, high, unit, text)


def _history(rng: random.Random) -> list[tuple[int, int]]:
    count = rng.randint(50, 1200)
    years = []
    for year in range(2025, 2019, -1):
        years.append((year, count))
        count = max(1, int(count * rng.uniform(0.4, 0.95)))
    return years


def _aliases(spec: PostingSpec) -> list[str]:
    """Return the short names a student would use: "Cedar Labs search intern", "Cedar Labs MLE"."""
    short_role = _ROLE_ABBREVIATIONS.get(spec.role, spec.role)
    level = spec.level.lower()
    aliases = [
        f"{spec.company} {spec.domain} {level}".strip(),
        f"{spec.company} {short_role} {level}".strip(),
    ]
    if spec.degree:
        aliases.append(f"{spec.company} {spec.domain} {spec.degree}")
    return aliases
