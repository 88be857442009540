"""Terminal rendering: a rich panel with the fields and the quoted source lines."""

from __future__ import annotations

from rich.console import Console

from bot.answers.answer import Answer, AnswerField, Citation, Intent
from bot.render.terminal import print_answer


def test_panel_shows_title_fields_and_quotes() -> None:
    console = Console(record=True, width=100, color_system=None)
    answer = Answer(
        intent=Intent.BENEFITS,
        title="Benefits — [Remote] Scientist Intern",
        summary="3 benefits listed.",
        fields=[AnswerField(name="All benefits listed", value="• Housing allowance")],
        citations=[Citation(posting_id="p", quote="- Housing allowance")],
        suggestions=["and the pay?"],
        footer="Every fact is quoted from its posting.",
    )
    print_answer(console, answer)
    output = console.export_text()
    for part in (
        "[Remote] Scientist Intern",
        "All benefits listed",
        "• Housing allowance",
        "“- Housing allowance”",
    ):
        assert part in output
    assert "and the pay?" in output
