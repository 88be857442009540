"""The fixed mix of questions timed at every corpus size.

Every intent, typos, follow-ups that rely on the previous question, facts the posting does not state,
and postings named the way students name them: by title, by a part of it, by an alias, with typos.
The mix has the same shape at every N; only the generated postings it names differ.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

_NEIGHBOURS = "qwertyuiopasdfghjklzxcvbnm"


@dataclass(frozen=True)
class TimedQuestion:
    """One question of the mix: who asks it (follow-ups share a user) and what it exercises."""

    user: str
    text: str
    kind: str


def add_typo(text: str, rng: random.Random) -> str:
    """Return ``text`` with one typing mistake (swap, drop, double or wrong key) in one longer word."""
    words = text.split(" ")
    candidates = [i for i, word in enumerate(words) if len(word) >= 5 and word.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    word = words[i]
    at = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        word = word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]
    elif kind == 1:
        word = word[:at] + word[at + 1 :]
    elif kind == 2:
        word = word[:at] + word[at] + word[at:]
    else:
        word = word[:at] + rng.choice(_NEIGHBOURS) + word[at + 1 :]
    words[i] = word
    return " ".join(words)


def _short_name(row: dict[str, Any]) -> str:
    """Return what a student types instead of the full title: role, level and company."""
    level = str(row["level"])
    role = str(row["role"])
    return f"{role} {level} at {row['company']}".replace("  ", " ").lower()


def _about_posting(row: dict[str, Any], user: str, rng: random.Random) -> list[TimedQuestion]:
    """Return a short conversation about one posting: named, then followed up."""
    alias = str(rng.choice(row["aliases"]))
    short = _short_name(row)
    pay_kind = "pay" if row["pay"] else "pay-not-stated"
    deadline_kind = "deadline" if row["expires"] or row["listed"] or row["rolling"] else "deadline-not-stated"
    return [
        TimedQuestion(user, f"whats the pay for the {short}", pay_kind),
        TimedQuestion(user, "and benefits?", "follow-up"),
        TimedQuestion(user, "where is it", "follow-up"),
        TimedQuestion(user, "deadline?? thx", f"follow-up-{deadline_kind}"),
        TimedQuestion(
            user + "-b", f"do they sponsor visas for the {add_typo(alias, rng)}", "sponsorship-typo"
        ),
        TimedQuestion(
            user + "-c", f"requirements for {add_typo(str(row['title']), rng)}", "requirements-typo"
        ),
        TimedQuestion(user + "-d", f"tell me about {row['title']}", "overview-title"),
        TimedQuestion(user + "-e", f"when does the {add_typo(short, rng)} close", deadline_kind),
        TimedQuestion(user + "-f", f"is the {alias} remote or on site?", "location-alias"),
        TimedQuestion(user + "-g", f"pay and deadline for the {alias}?", "multi-intent"),
    ]


_GENERAL: tuple[tuple[str, str], ...] = (
    ("list remote internships", "list"),
    ("any phd roles in seattle?", "list"),
    ("which jobs pay hourly", "list"),
    ("show me hybrid data scientist roles", "list"),
    ("help", "help"),
    ("hi! what can you do", "help"),
    ("what's the weather like today", "unknown"),
    ("can you review my resume", "unknown"),
    ("", "error"),
    (
        "hey so i am a second year masters student looking at a bunch of roles and i was wondering which of "
        "the machine learning internships in recommendation or search pay the most and whether any of them "
        "sponsor visas because i am an international student and also whether they are remote or hybrid "
        "and when the deadlines are since i want to apply early, thanks a lot for the help!!",
        "long",
    ),
)


def question_mix(rows: Sequence[dict[str, Any]], seed: int, postings_named: int = 10) -> list[TimedQuestion]:
    """Return the mix: conversations about ``postings_named`` sampled postings, comparisons, general ones."""
    rng = random.Random(seed)
    chosen = rng.sample(list(rows), min(postings_named, len(rows)))
    mix: list[TimedQuestion] = []
    for number, row in enumerate(chosen):
        mix.extend(_about_posting(row, f"user{number}", rng))
    for first, second in itertools.pairwise(chosen):
        mix.append(
            TimedQuestion(
                "compare", f"compare the {rng.choice(first['aliases'])} and {_short_name(second)}", "compare"
            )
        )
    mix.extend(TimedQuestion("general", text, kind) for text, kind in _GENERAL)
    return mix
