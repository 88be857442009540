"""Location and remote policy, with the benefit lines that speak of remote or hybrid work."""

from __future__ import annotations

import re

from bot.answers import eligibility
from bot.answers.answer import Intent
from bot.answers.handlers.base import Focus, Section, bullets, cite
from bot.postings.model import Posting, RemoteMode

NOT_STATED = "This posting does not state a location or whether it is remote."
_WORK_MODE = re.compile(r"\b(remote|hybrid|on-?site|in[- ]office|flexible work)\b", re.IGNORECASE)


def states(posting: Posting) -> bool:
    return bool(posting.locations) or posting.remote.mode is not RemoteMode.UNKNOWN


def work_mode(posting: Posting) -> str | None:
    """Describe the remote policy: "remote (USA)", "hybrid", or None when unknown."""
    remote = posting.remote
    if remote.mode is RemoteMode.UNKNOWN:
        return None
    return f"{remote.mode.value} ({remote.region})" if remote.region else remote.mode.value


def _stated_region(posting: Posting) -> str | None:
    """The line stating where applicants may be, when the posting names a region for its work mode."""
    source = (posting.remote.source or "").strip()
    region = posting.remote.region
    if not region or not source:
        return None
    # Quote only the sentence naming the region, not the paragraph around it.
    sentences = [part.strip() for part in re.split(r"(?<=[.!?])\s+", source) if part.strip()]
    return next((sentence for sentence in sentences if region.lower() in sentence.lower()), None)


def describe(posting: Posting, focus: Focus) -> Section:
    """Give the stated locations and work mode; mention benefit lines about remote or hybrid work."""
    lines: list[str] = []
    sources: list[str | None] = []
    if posting.locations:
        lines.append("Location: " + "; ".join(location.name for location in posting.locations))
        sources.extend(location.source for location in posting.locations)
    mode = work_mode(posting)
    stated = bool(lines) or mode is not None
    if not stated:
        lines.append(NOT_STATED)
    elif not posting.locations:
        lines.append("Location: not stated in this posting")
    if mode is not None:
        lines.append(f"Work mode: {mode}")
        sources.append(posting.remote.source)
    nearby = [benefit for benefit in posting.benefits if _WORK_MODE.search(benefit.text)]
    if nearby:
        lines.append("Its benefits mention:\n" + bullets(benefit.text for benefit in nearby))
        sources.extend(benefit.source for benefit in nearby)
    if focus.words & eligibility.WORDS or "open" in focus.words:
        region = _stated_region(posting)
        if region is not None:
            lines.insert(0, f"Open to candidates in {posting.remote.region}, as the posting says: “{region}”")
            sources.append(region)
    headline = " · ".join(lines[:2]) if stated else lines[0]
    return Section(
        Intent.LOCATION, stated, headline, (("Location", "\n".join(lines)),), cite(posting, sources)
    )
