"""The embed renderer keeps every Discord limit for any Answer, and shows what the answer says."""

from __future__ import annotations

from typing import Any

import discord
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answers.answer import Answer, AnswerField, Citation, Intent
from bot.render.embeds import (
    DESCRIPTION_LIMIT,
    EMBED_TOTAL_LIMIT,
    EMBEDS_PER_MESSAGE,
    FIELD_COUNT_LIMIT,
    FIELD_NAME_LIMIT,
    FIELD_VALUE_LIMIT,
    FOOTER_LIMIT,
    INTENT_COLOURS,
    TITLE_LIMIT,
    answer_pages,
    answer_to_embeds,
    trim,
)


def embed_problems(embed: dict[str, Any]) -> list[str]:
    """List every Discord limit the embed dict breaks."""
    problems: list[str] = []
    title, description = embed.get("title"), embed.get("description")
    if title is not None and not (0 < len(title) <= TITLE_LIMIT):
        problems.append(f"title length {len(title)}")
    if description is not None and not (0 < len(description) <= DESCRIPTION_LIMIT):
        problems.append(f"description length {len(description)}")
    fields = embed.get("fields", [])
    if len(fields) > FIELD_COUNT_LIMIT:
        problems.append(f"{len(fields)} fields")
    total = len(title or "") + len(description or "")
    for field in fields:
        name, value = field["name"], field["value"]
        if not name.strip() or len(name) > FIELD_NAME_LIMIT:
            problems.append(f"field name {name!r:.40}")
        if not value.strip() or len(value) > FIELD_VALUE_LIMIT:
            problems.append(f"field value {value!r:.40}")
        total += len(name) + len(value)
    footer = embed.get("footer", {}).get("text")
    if footer is not None and not (0 < len(footer) <= FOOTER_LIMIT):
        problems.append(f"footer length {len(footer)}")
    total += len(footer or "")
    if total > EMBED_TOTAL_LIMIT:
        problems.append(f"embed total {total}")
    return problems


def message_problems(embeds: list[discord.Embed]) -> list[str]:
    """List every limit that one message carrying these embeds breaks."""
    dicts: list[dict[str, Any]] = [dict(e.to_dict()) for e in embeds]
    problems = [p for d in dicts for p in embed_problems(d)]
    if not 0 < len(dicts) <= EMBEDS_PER_MESSAGE:
        problems.append(f"{len(dicts)} embeds")
    if sum(len(e) for e in embeds) > EMBED_TOTAL_LIMIT:
        problems.append("message total over 6000")
    return problems


def _answer(**overrides: Any) -> Answer:
    values: dict[str, Any] = {
        "intent": Intent.PAY,
        "postings": ["ml-intern-tiktok-1a2b"],
        "title": "Pay for Machine Learning Scientist Intern",
        "summary": "The posting states an hourly rate.",
        "fields": [AnswerField(name="Pay", value="$45 hourly", inline=True)],
        "citations": [Citation(posting_id="ml-intern-tiktok-1a2b", quote="Compensation: $45 hourly")],
        "as_of": "2026-03-01",
    }
    values.update(overrides)
    return Answer(**values)


def test_a_simple_answer_shows_title_fields_quote_and_footer() -> None:
    [embed] = answer_to_embeds(_answer())
    data = embed.to_dict()
    assert data["title"] == "Pay for Machine Learning Scientist Intern"
    assert data["description"] == "The posting states an hourly rate."
    assert data["color"] == INTENT_COLOURS[Intent.PAY].value
    assert data["fields"][0] == {"name": "Pay", "value": "$45 hourly", "inline": True}
    assert data["fields"][1]["value"] == "> Compensation: $45 hourly"
    assert data["footer"]["text"] == "Source: ml-intern-tiktok-1a2b · as of 2026-03-01"


def test_the_date_is_not_repeated_when_the_engine_footer_states_it() -> None:
    [embed] = answer_to_embeds(_answer(footer="Dates as of 2026-03-01."))
    assert embed.footer.text == "Source: ml-intern-tiktok-1a2b · Dates as of 2026-03-01."


def test_each_intent_has_its_own_colour() -> None:
    assert set(INTENT_COLOURS) == set(Intent)
    assert len({c.value for c in INTENT_COLOURS.values()}) == len(Intent)


def test_long_texts_are_trimmed_with_an_ellipsis() -> None:
    long_field = AnswerField(name="N" * 999, value="V" * 5000)
    answer = _answer(title="T" * 1000, summary="S" * 9000, fields=[long_field])
    [embed] = answer_to_embeds(answer)
    data = embed.to_dict()
    assert data["title"].endswith("…") and len(data["title"]) == TITLE_LIMIT
    assert data["description"].endswith("…")
    assert data["fields"][0]["name"].endswith("…") and len(data["fields"][0]["name"]) == FIELD_NAME_LIMIT
    assert data["fields"][0]["value"].endswith("…") and len(data["fields"][0]["value"]) == FIELD_VALUE_LIMIT
    assert message_problems([embed]) == []


def test_empty_names_and_values_get_a_placeholder() -> None:
    [embed] = answer_to_embeds(_answer(fields=[AnswerField(name="  ", value="\n")], title=""))
    data = embed.to_dict()
    assert data["fields"][0]["name"] == "—" and data["fields"][0]["value"] == "—"
    assert data["title"] == "jobbot"


def test_many_fields_are_split_into_numbered_pages_and_none_is_lost() -> None:
    fields = [AnswerField(name=f"Posting {i}", value=f"Detail {i}") for i in range(23)]
    pages = answer_pages(_answer(fields=fields, citations=[]), fields_per_page=5)
    assert len(pages) == 5
    names = [f["name"] for page in pages for e in page for f in e.to_dict().get("fields", [])]
    assert names == [f"Posting {i}" for i in range(23)]
    assert pages[0][0].to_dict()["footer"]["text"].endswith("page 1/5")
    assert pages[4][0].to_dict()["footer"]["text"].endswith("page 5/5")
    assert "description" not in pages[1][0].to_dict()


def test_one_message_notes_the_fields_it_could_not_hold() -> None:
    fields = [AnswerField(name=f"F{i}", value="x" * 1000) for i in range(10)]
    embeds = answer_to_embeds(_answer(fields=fields, citations=[]))
    assert message_problems(embeds) == []
    shown = sum(len(e.fields) for e in embeds)
    assert shown < 10
    assert embeds[-1].footer.text is not None
    assert embeds[-1].footer.text.endswith(f"{10 - shown} more not shown")


def test_more_than_25_short_fields_fit_one_message_as_several_embeds() -> None:
    fields = [AnswerField(name=f"F{i}", value="v") for i in range(60)]
    embeds = answer_to_embeds(_answer(fields=fields, citations=[]))
    assert [len(e.fields) for e in embeds] == [25, 25, 10]
    assert message_problems(embeds) == []


def test_citations_are_short_one_line_quotes_grouped_by_posting() -> None:
    citations = [
        Citation(posting_id="a", quote="line one\nwith a break"),
        Citation(posting_id="b", quote="Q" * 500),
        Citation(posting_id="a", quote="line one\nwith a break"),
    ]
    [embed] = answer_to_embeds(_answer(citations=citations, postings=["a", "b"]))
    quotes = {f["name"]: f["value"] for f in embed.to_dict()["fields"][1:]}
    assert quotes["Quoted from a"] == "> line one with a break"
    assert quotes["Quoted from b"].startswith("> QQQ") and quotes["Quoted from b"].endswith("…")
    assert len(quotes["Quoted from b"]) <= 2 + 200


def test_trim_never_exceeds_the_limit() -> None:
    assert trim("abcdef", 4) == "abc…"
    assert trim("  abc  ", 10) == "abc"
    assert trim("abcdef", 1) == "a"


_text = st.text(max_size=3000)
_fields = st.lists(
    st.builds(AnswerField, name=st.text(max_size=400), value=st.text(max_size=1500), inline=st.booleans()),
    max_size=200,
)
_citations = st.lists(
    st.builds(Citation, posting_id=st.text(min_size=1, max_size=120), quote=st.text(max_size=600)),
    max_size=40,
)
_answers = st.builds(
    Answer,
    intent=st.sampled_from(Intent),
    postings=st.lists(st.text(min_size=1, max_size=150), max_size=8),
    title=st.text(max_size=600),
    summary=st.text(max_size=9000),
    fields=_fields,
    citations=_citations,
    suggestions=st.lists(st.text(max_size=300), max_size=6),
    as_of=st.none() | st.just("2026-03-01"),
    footer=st.none() | _text,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answer=_answers, per_page=st.integers(min_value=-3, max_value=40))
def test_any_answer_renders_within_every_limit(answer: Answer, per_page: int) -> None:
    assert message_problems(answer_to_embeds(answer)) == []
    pages = answer_pages(answer, fields_per_page=per_page)
    assert pages
    for page in pages:
        assert message_problems(page) == []
    shown = sum(len(e.fields) for page in pages for e in page)
    assert shown >= len(answer.fields)  # paging loses no fact
