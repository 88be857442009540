"""Visa sponsorship: what the posting says and the H1B counts it quotes, by year."""

from __future__ import annotations

from bot.answers.answer import Intent
from bot.answers.handlers.base import Focus, Section, bullets, cite
from bot.postings.model import Posting

NOT_STATED = "This posting does not mention visa sponsorship."
_STUDENT_VISAS = ("opt", "cpt")


def states(posting: Posting) -> bool:
    return posting.sponsorship.stated


def describe(posting: Posting, focus: Focus) -> Section:
    """Quote the sponsorship statements and the yearly counts; answer a named year first."""
    sponsorship = posting.sponsorship
    if not sponsorship.stated:
        return Section(Intent.SPONSORSHIP, False, "not stated", (("Visa sponsorship", NOT_STATED),))
    lines: list[str] = []
    sources: list[str] = []
    asked = [entry for entry in sponsorship.history if entry.year in focus.years]
    if asked:
        lines.append("H1B sponsorships in " + ", ".join(f"{entry.year}: {entry.count}" for entry in asked))
        sources.extend(entry.source for entry in asked)
    elif focus.years:
        lines.append("This posting gives no H1B count for " + ", ".join(map(str, sorted(focus.years))) + ".")
    if sponsorship.statements:
        lines.append(bullets(statement.text for statement in sponsorship.statements))
        sources.extend(statement.source for statement in sponsorship.statements)
    if sponsorship.history:
        lines.append(
            "H1B sponsorships by year: "
            + " · ".join(f"{entry.year}: {entry.count}" for entry in sponsorship.history)
        )
        sources.extend(entry.source for entry in sponsorship.history)
    asked_visas = [visa for visa in _STUDENT_VISAS if visa in focus.words]
    mentioned = " ".join(lines).lower()
    missing = [visa.upper() for visa in asked_visas if visa not in mentioned]
    if missing:
        lines.append(f"It does not mention {' or '.join(missing)}.")
    return Section(
        Intent.SPONSORSHIP, True, lines[0], (("Visa sponsorship", "\n".join(lines)),), cite(posting, sources)
    )
