"""A topic summary names its topic once: "Location: Variable (US).", never "Location: Location: ..."."""

from __future__ import annotations

from bot.answers.answer import Intent
from bot.answers.engine import Engine


def test_the_location_summary_names_location_once(engine: Engine) -> None:
    answer = engine.answer("where is the mle intern", "u")
    assert answer.intent is Intent.LOCATION
    assert answer.summary.startswith("Location: Variable (US).")
    assert "Location: Location" not in answer.summary


def test_each_topic_of_a_multi_topic_answer_is_labelled_once(engine: Engine) -> None:
    answer = engine.answer("pay and location for the mle intern", "u")
    assert answer.summary.splitlines()[:2] == ["Pay: $45 hourly.", "Location: Variable (US)."]
