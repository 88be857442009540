"""Score an answerer on the labelled questions (tests/data/questions.jsonl, see tests/data/QUESTIONS.md).

A question is right when the answer comes from the expected postings (every posting it is about is one of
them; any posting when none is expected) and its text contains every ``must_include`` string
(case-insensitive). "Strict" also requires that no ``must_not_include`` string appears.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.timing import summarize_ms

QUESTIONS_FILE = Path(__file__).resolve().parent.parent / "tests" / "data" / "questions.jsonl"


@dataclass(frozen=True)
class LabelledQuestion:
    """One row of the labelled set; ``user`` is the conversation, or the row's own id."""

    id: str
    user: str
    question: str
    intent: str
    postings: frozenset[str]
    must_include: tuple[str, ...]
    must_not_include: tuple[str, ...]


@dataclass(frozen=True)
class Reply:
    """What an answerer returned: the source files it is about and the text shown."""

    sources: frozenset[str]
    text: str


@dataclass
class Score:
    """Right / strictly right counts, per intent, and the time each question took."""

    total: int = 0
    right: int = 0
    strict: int = 0
    by_intent: dict[str, list[int]] = field(default_factory=dict)  # intent -> [right, total]
    seconds: list[float] = field(default_factory=list)
    wrong_ids: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Return the JSON-ready summary."""
        return {
            "total": self.total,
            "right": self.right,
            "accuracy": self.right / self.total if self.total else 0.0,
            "strict_right": self.strict,
            "strict_accuracy": self.strict / self.total if self.total else 0.0,
            "by_intent": {
                intent: {"right": r, "total": t} for intent, (r, t) in sorted(self.by_intent.items())
            },
            "time": summarize_ms(self.seconds),
            "wrong": self.wrong_ids,
        }


def load_questions(path: Path = QUESTIONS_FILE) -> list[LabelledQuestion]:
    """Read the labelled set, in file order (follow-ups rely on it)."""
    questions = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        questions.append(
            LabelledQuestion(
                id=row["id"],
                user=row.get("conversation") or row["id"],
                question=row["question"],
                intent=row["intent"],
                postings=frozenset(row.get("postings", [])),
                must_include=tuple(row.get("must_include", [])),
                must_not_include=tuple(row.get("must_not_include", [])),
            )
        )
    return questions


def is_right(question: LabelledQuestion, reply: Reply, *, strict: bool = False) -> bool:
    """Return whether ``reply`` answers ``question`` as labelled."""
    if question.postings and not (reply.sources and reply.sources <= question.postings):
        return False
    text = reply.text.casefold()
    if not all(needle.casefold() in text for needle in question.must_include):
        return False
    return not (strict and any(needle.casefold() in text for needle in question.must_not_include))


def score(questions: Sequence[LabelledQuestion], answerer: Callable[[LabelledQuestion], Reply]) -> Score:
    """Ask every question in order, timing each call, and count the right replies."""
    result = Score()
    for question in questions:
        started = time.perf_counter()
        reply = answerer(question)
        result.seconds.append(time.perf_counter() - started)
        right = is_right(question, reply)
        result.total += 1
        result.right += right
        result.strict += is_right(question, reply, strict=True)
        counts = result.by_intent.setdefault(question.intent, [0, 0])
        counts[0] += right
        counts[1] += 1
        if not right:
            result.wrong_ids.append(question.id)
    return result
