"""Words as typed in chat: punctuation, emoji, plurals, abbreviations and typos."""

from __future__ import annotations

from bot.answers.normalize import Normalizer, neutralize_mentions, stem


def _normalizer() -> Normalizer:
    return Normalizer(
        {"benefit", "internship", "requirement", "salary", "deadline", "sponsor", "fulltime", "remote"},
        abbreviations={"rec": ("recommendation",), "ml": ("machine", "learning"), "internship": ("intern",)},
        protected={"the", "for", "what"},
        emoji={"💰": "pay"},
    )


def test_stem_drops_plural_endings_only() -> None:
    assert stem("benefits") == "benefit"
    assert stem("salaries") == "salary"
    assert stem("class") == "class"
    assert stem("ms") == "ms"


def test_typos_are_corrected_against_the_lexicon() -> None:
    words = [word.text for word in _normalizer().words("benifits for the intrnship")]
    assert words == ["benefit", "for", "the", "intern"]


def test_short_words_are_never_fuzzy_corrected() -> None:
    assert [word.text for word in _normalizer().words("rs mle")] == ["rs", "mle"]


def test_abbreviations_expand_and_emoji_become_words() -> None:
    words = [word.text for word in _normalizer().words("💰 for the rec ml job!!! 🙏")]
    assert words == ["pay", "for", "the", "recommendation", "machine", "learning", "job"]


def test_compounds_and_dollar_amounts_survive() -> None:
    words = [word.text for word in _normalizer().words("full time, $45/hr c++")]
    assert words == ["fulltime", "|", "$45", "hr", "cpp"]


def test_plural_is_remembered() -> None:
    words = _normalizer().words("internships")
    assert words[0].text == "intern" and words[0].plural


def test_mentions_are_broken_with_a_zero_width_space() -> None:
    text = neutralize_mentions("hi @everyone and @here <@123> <@&456> <#789>")
    assert "@everyone" not in text and "@here" not in text
    assert "<@1" not in text and "<@&" not in text and "<#7" not in text
    assert "\u200b" in text
