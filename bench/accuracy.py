"""Measure the answer engine on the labelled questions: routing, posting resolution and answer facts.

Usage: python bench/accuracy.py [--questions tests/data/questions.jsonl] [--min 0.97] [-v]
Questions sharing a "conversation" are asked in file order by one user; the others by a fresh user.
"Today" is pinned to 2026-11-23. Exits non-zero when any accuracy is below --min.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bot.answers.answer import Answer
from bot.answers.engine import Engine
from bot.postings.parse import parse_file
from bot.render.text import answer_to_text

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "tests" / "data" / "questions.jsonl"
KNOWLEDGE = ROOT / "knowledge"
TODAY = date(2026, 11, 23)


@dataclass(slots=True)
class Report:
    total: int = 0
    routing: int = 0
    resolution: int = 0
    facts: int = 0
    failures: list[str] = field(default_factory=list)

    def share(self, hits: int) -> float:
        return hits / self.total if self.total else 0.0

    @property
    def accuracies(self) -> dict[str, float]:
        return {
            "routing": self.share(self.routing),
            "resolution": self.share(self.resolution),
            "facts": self.share(self.facts),
        }


def build_engine(knowledge: Path = KNOWLEDGE) -> Engine:
    """Parse the shipped postings and build an engine with today pinned."""
    postings = [parse_file(path) for path in sorted((knowledge / "postings").iterdir()) if path.is_file()]
    return Engine.from_knowledge(postings, knowledge, today=lambda: TODAY, context_ttl=3600.0)


def _resolution_ok(answer: Answer, expected: set[str], sources: dict[str, str]) -> bool:
    got = {sources.get(posting_id, posting_id) for posting_id in answer.postings}
    if not expected:
        return not got or got == set(sources.values())
    return got == expected


def evaluate(questions: Path = QUESTIONS, knowledge: Path = KNOWLEDGE) -> Report:
    """Run every question through a fresh engine and score the three accuracies."""
    engine = build_engine(knowledge)
    sources = {posting.id: posting.source for posting in engine.postings}
    report = Report()
    for line in questions.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        user = row.get("conversation") or f"fresh-{row['id']}"
        answer = engine.answer(row["question"], user)
        text = answer_to_text(answer).lower()
        routed = answer.intent.value == row["intent"]
        resolved = _resolution_ok(answer, set(row["postings"]), sources)
        missing = [s for s in row.get("must_include", []) if s.lower() not in text]
        forbidden = [s for s in row.get("must_not_include", []) if s.lower() in text]
        report.total += 1
        report.routing += routed
        report.resolution += resolved
        report.facts += not missing and not forbidden
        if not (routed and resolved and not missing and not forbidden):
            got = sorted(sources.get(pid, pid)[:3] for pid in answer.postings)
            want = sorted(name[:3] for name in row["postings"])
            report.failures.append(
                f"{row['id']} {row['question']!r}: intent {answer.intent.value} (want {row['intent']})"
                f"{'' if resolved else f', postings {got} (want {want})'}"
                f"{f', missing {missing}' if missing else ''}"
                f"{f', forbidden {forbidden}' if forbidden else ''}"
            )
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--questions", type=Path, default=QUESTIONS)
    parser.add_argument("--knowledge", type=Path, default=KNOWLEDGE)
    parser.add_argument("--min", type=float, default=0.97, dest="minimum")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every failing question")
    args = parser.parse_args(argv)
    report = evaluate(args.questions, args.knowledge)
    if args.verbose:
        for failure in report.failures:
            print(failure)
    print(f"questions: {report.total}")
    for name, value in report.accuracies.items():
        print(f"{name:<11} {value:.1%}")
    return 0 if all(value >= args.minimum for value in report.accuracies.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
