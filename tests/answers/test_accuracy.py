"""The labelled question set: routing, posting resolution and answer facts must each reach 97%."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # the top-level bench package is not installed with bot
    sys.path.insert(0, str(ROOT))

from bench.accuracy import evaluate  # noqa: E402


def test_accuracy_on_the_labelled_questions() -> None:
    report = evaluate()
    assert report.total >= 300
    for name, value in report.accuracies.items():
        assert value >= 0.97, (name, value, report.failures)
