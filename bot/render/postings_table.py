"""Terminal views of stored postings for ``jobbot postings`` and ``jobbot parse``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from rich.console import Group
from rich.table import Table
from rich.text import Text

from bot.postings.model import Posting

NOT_STATED = "not stated"


def pay_summary(posting: Posting) -> str:
    """Return the pay exactly as the posting wrote it, or "not stated"; never a computed figure."""
    return "; ".join(dict.fromkeys(p.text for p in posting.pay)) or NOT_STATED


def degree_summary(posting: Posting) -> str:
    """Return "PhD" or "BS/MS (preferred: PhD)"-style text from the stated degree levels."""
    required = [d.level.value for d in posting.degree_levels if d.required]
    preferred = [d.level.value for d in posting.degree_levels if not d.required]
    parts = ["/".join(dict.fromkeys(required))] if required else []
    if preferred:
        parts.append(f"preferred: {'/'.join(dict.fromkeys(preferred))}")
    return ", ".join(parts) if parts else NOT_STATED


def location_summary(posting: Posting) -> str:
    """Return the stated locations with the remote mode when known."""
    places = ", ".join(dict.fromkeys(loc.name for loc in posting.locations))
    mode = posting.remote.mode.value if posting.remote.mode.value != "unknown" else ""
    return " · ".join(part for part in (mode, places) if part) or NOT_STATED


def deadline_summary(posting: Posting, today: dt.date) -> str:
    """Return the closing date (and whether it passed), rolling review, or "not stated"."""
    dates = posting.dates
    if dates.expires is not None:
        passed = " (passed)" if dates.expires.date < today else ""
        return f"{dates.expires.date:%Y-%m-%d}{passed}"
    if dates.rolling is not None:
        return "rolling"
    return NOT_STATED


def postings_table(postings: Sequence[Posting], *, today: dt.date) -> Table:
    """Build one row per posting: title, team, degree, location, pay, deadline."""
    table = Table(title=f"{len(postings)} postings", show_lines=False, expand=False)
    for column in ("title", "team", "degree", "location", "pay", "deadline"):
        table.add_column(column, overflow="fold")
    for posting in postings:
        table.add_row(
            Text(posting.title),
            Text(posting.team or NOT_STATED),
            degree_summary(posting),
            Text(location_summary(posting)),
            Text(pay_summary(posting)),
            deadline_summary(posting, today),
        )
    return table


def posting_details(posting: Posting) -> Group:
    """Show what the parser understood of one posting, field by field."""
    table = Table(show_header=False, box=None, padding=(0, 1))
    table.add_column(style="bold")
    table.add_column(overflow="fold")
    rows = {
        "id": posting.id,
        "source": posting.source,
        "company": posting.company or NOT_STATED,
        "team": posting.team or NOT_STATED,
        "type": posting.employment_type.value,
        "degree": degree_summary(posting),
        "location": location_summary(posting),
        "pay": pay_summary(posting),
        "benefits": ", ".join(dict.fromkeys(b.category.value for b in posting.benefits)) or NOT_STATED,
        "minimum": str(len(posting.requirements.minimum)),
        "preferred": str(len(posting.requirements.preferred)),
        "skills": ", ".join(posting.skills) or NOT_STATED,
        "listed": str(posting.dates.listed.date) if posting.dates.listed else NOT_STATED,
        "expires": str(posting.dates.expires.date) if posting.dates.expires else NOT_STATED,
        "start": posting.dates.start.text if posting.dates.start else NOT_STATED,
        "sponsorship": "stated" if posting.sponsorship.stated else NOT_STATED,
    }
    for name, value in rows.items():
        table.add_row(name, Text(value))
    return Group(Text(posting.title, style="bold underline"), table, Text(""))
