"""Plain-text rendering: every part of the answer, in reading order."""

from __future__ import annotations

from bot.answers.answer import Answer, AnswerField, Citation, Intent
from bot.render.text import answer_to_text


def test_text_has_title_summary_every_field_and_footer() -> None:
    answer = Answer(
        intent=Intent.PAY,
        title="Pay — Engineer Intern",
        summary="Pay: $45 hourly.",
        fields=[
            AnswerField(name="Pay", value="$45 hourly"),
            AnswerField(name="Note", value="line 1\nline 2"),
        ],
        citations=[Citation(posting_id="p", quote="• Pay: $45 hourly")],
        footer="Every fact is quoted from its posting.",
    )
    text = answer_to_text(answer)
    assert text.splitlines()[0] == "Pay — Engineer Intern"
    for part in ("Pay: $45 hourly.", "Pay\n$45 hourly", "Note\nline 1\nline 2", "Every fact is quoted"):
        assert part in text
    assert text.index("Pay: $45") < text.index("Note") < text.index("Every fact")


def test_text_skips_empty_parts() -> None:
    assert answer_to_text(Answer(intent=Intent.HELP, title="Help")) == "Help"
