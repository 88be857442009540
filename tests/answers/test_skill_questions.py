"""Skill questions lead the requirements answer: yes/no per skill asked, or the skills a posting names."""

from __future__ import annotations

from bot.answers.answer import Intent
from bot.answers.engine import Engine


def test_a_named_skill_is_answered_from_the_requirement_lines(engine: Engine) -> None:
    answer = engine.answer("is tensorflow a must for the llm one", "u")
    assert answer.intent is Intent.REQUIREMENTS
    assert answer.summary.startswith("Requirements: Yes, required")
    assert any("TensorFlow" in citation.quote for citation in answer.citations)


def test_c_plus_plus_is_matched_as_written(engine: Engine) -> None:
    answer = engine.answer("does the remote intern expect c++", "u")
    assert "C/C++" in answer.summary or "C++" in answer.summary
    assert "Yes, required" in answer.summary


def test_a_skill_the_posting_never_names_is_not_mentioned(engine: Engine) -> None:
    answer = engine.answer("do i need rust for the rs intern", "u")
    assert answer.intent is Intent.REQUIREMENTS
    assert "does not mention rust" in answer.summary


def test_which_languages_lists_the_posting_skills(engine: Engine) -> None:
    answer = engine.answer("which frameworks and languages does the mle intern use", "u")
    assert answer.intent is Intent.REQUIREMENTS
    assert answer.summary.startswith("Requirements: Skills named:") and "PyTorch" in answer.summary
