"""The real bot against a local fake of Discord: each command, button, message and failure, by payload.

Every request body the bot sends is also checked against Discord's limits and for pings by the ``fake``
fixture when the test ends.
"""

from __future__ import annotations

import asyncio
import logging
import threading

import pytest

from bot.answers.answer import Intent
from bot.discord_app.client import JobBot
from bot.discord_app.errors import GENERIC_FAILURE, NOT_YOURS

from . import openapi_check
from .conftest import make_settings, running_bot
from .fake_discord import APP_ID, CHANNEL_ID, DM_CHANNEL_ID, GUILD_ID, FakeDiscord
from .fake_engine import FAILURE_DETAIL, FIRST, SECOND, FakeEngine
from .helpers import (
    ALICE,
    BOB,
    BOT_MENTION,
    EXPECTED_COMMANDS,
    MENTION,
    OTHER_BOT,
    callback_for,
    embed_of,
    labels,
    reply_to,
    response_message_id,
    uid,
)
from .payload_limits import EPHEMERAL, command_problems

# ----- start-up ----------------------------------------------------------------------------------------


async def test_start_up_logs_in_identifies_with_minimal_intents_and_syncs_to_the_guild(
    fake: FakeDiscord, engine: FakeEngine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.discord_app")
    async with running_bot(engine):
        ready_line = await asyncio.wait_for(_log_line(caplog, "ready:"), 5)
    assert "5 postings" in ready_line and "1 servers" in ready_line
    me = next(r for r in fake.requests if r.path == "/users/@me")
    assert me.headers["Authorization"] == "Bot fake-token"
    assert fake.identify is not None
    intents = 1 << 0 | 1 << 9 | 1 << 12  # guilds, guild messages, direct messages; no message content
    assert fake.identify["intents"] == intents
    assert fake.heartbeats >= 1
    assert set(fake.commands) == {str(GUILD_ID)}  # copied to the test server, not synced globally
    commands = fake.commands[str(GUILD_ID)]
    assert {c["name"] for c in commands} == EXPECTED_COMMANDS
    assert command_problems(commands) == []


async def _log_line(caplog: pytest.LogCaptureFixture, start: str) -> str:
    while True:
        for record in caplog.records:
            if record.getMessage().startswith(start):
                return record.getMessage()
        await asyncio.sleep(0.01)


async def test_without_a_guild_id_commands_are_synced_globally(fake: FakeDiscord, engine: FakeEngine) -> None:
    async with running_bot(engine, settings=make_settings(guild_id=None)):
        pass
    assert set(fake.commands) == {"global"}
    assert command_problems(fake.commands["global"]) == []


async def test_registered_options_use_autocomplete_choices_and_lengths(
    fake: FakeDiscord, bot: JobBot
) -> None:
    commands = {c["name"]: c for c in fake.commands[str(GUILD_ID)]}
    options = {(name, o["name"]): o for name, c in commands.items() for o in c.get("options", [])}
    for command in ("pay", "benefits", "requirements", "deadline", "job"):
        assert options[(command, "posting")]["autocomplete"] is True
    assert options[("pay", "posting")].get("required", False) is False
    assert options[("job", "posting")]["required"] is True
    assert options[("compare", "first")]["autocomplete"] and options[("compare", "second")]["autocomplete"]
    assert options[("ask", "question")]["max_length"] >= 500
    assert [c["value"] for c in options[("jobs", "degree")]["choices"]] == ["BS", "MS", "PhD"]
    assert [c["value"] for c in options[("jobs", "remote")]["choices"]] == ["remote", "not remote"]


# ----- slash commands ----------------------------------------------------------------------------------


async def test_ask_answers_with_embeds_and_the_users_context(
    fake: FakeDiscord, bot: JobBot, engine: FakeEngine
) -> None:
    interaction = await fake.slash("ask", ALICE, question="what does the tiktok one pay?")
    body = await callback_for(fake, interaction)
    assert body["type"] == 4
    assert not body["data"].get("flags", 0) & EPHEMERAL
    embed = embed_of(body)
    assert embed["title"] == "Pay: what does the tiktok one pay?"
    assert embed["fields"][-1]["value"] == "> Compensation: $45 hourly @everyone"
    assert body["data"]["allowed_mentions"]["parse"] == []
    assert ("answer", "what does the tiktok one pay?", uid(ALICE)) in engine.calls


@pytest.mark.parametrize(
    ("command", "intent"),
    [
        ("pay", Intent.PAY),
        ("benefits", Intent.BENEFITS),
        ("requirements", Intent.REQUIREMENTS),
        ("deadline", Intent.DEADLINE),
    ],
)
async def test_topic_commands_with_and_without_a_posting(
    fake: FakeDiscord, bot: JobBot, engine: FakeEngine, command: str, intent: Intent
) -> None:
    one = await callback_for(fake, await fake.slash(command, ALICE, posting=FIRST))
    every = await callback_for(fake, await fake.slash(command, ALICE))
    assert ("answer_topic", intent, FIRST, uid(ALICE)) in engine.calls
    assert ("answer_topic", intent, None, uid(ALICE)) in engine.calls
    assert embed_of(one)["title"] == f"{intent.value.title()} for {FIRST}"
    assert embed_of(every)["title"] == f"{intent.value.title()} for every posting"
    assert FIRST in embed_of(one)["footer"]["text"]


async def test_a_typed_posting_name_is_passed_through_as_text(
    fake: FakeDiscord, bot: JobBot, engine: FakeEngine
) -> None:
    await callback_for(fake, await fake.slash("pay", BOB, posting="tiktok ml"))
    assert ("answer_topic", Intent.PAY, "tiktok ml", uid(BOB)) in engine.calls


async def test_job_overview_buttons_answer_privately_to_whoever_clicks(
    fake: FakeDiscord, bot: JobBot, engine: FakeEngine
) -> None:
    interaction = await fake.slash("job", ALICE, posting=FIRST)
    body = await callback_for(fake, interaction)
    assert embed_of(body)["title"] == "Machine Learning Scientist Intern (TikTok Recommendation)"
    message_id = response_message_id(fake, interaction)
    assert labels(fake.messages[message_id]) == {"Full requirements": False, "Benefits": False}

    click = await fake.click(message_id, "Full requirements", ALICE)
    answer = await callback_for(fake, click)
    assert answer["type"] == 4 and answer["data"]["flags"] & EPHEMERAL
    assert embed_of(answer)["title"] == f"Requirements for {FIRST}"
    assert ("answer_topic", Intent.REQUIREMENTS, FIRST, uid(ALICE)) in engine.calls

    click = await fake.click(message_id, "Benefits", BOB)  # not only the asker may use these
    answer = await callback_for(fake, click)
    assert answer["data"]["flags"] & EPHEMERAL
    assert ("answer_topic", Intent.BENEFITS, FIRST, uid(BOB)) in engine.calls


async def test_jobs_pages_turn_for_the_asker_only(fake: FakeDiscord, bot: JobBot, engine: FakeEngine) -> None:
    interaction = await fake.slash("jobs", ALICE, query="machine learning", degree="PhD", remote="remote")
    first = await callback_for(fake, interaction)
    assert ("list_postings", "machine learning", "PhD", True) in engine.calls
    assert [f["name"] for f in embed_of(first)["fields"]] == [f"Posting {n}" for n in range(8)]
    assert embed_of(first)["footer"]["text"].endswith("page 1/3")
    message_id = response_message_id(fake, interaction)
    assert labels(fake.messages[message_id]) == {"Previous": True, "1/3": True, "Next": False}

    turned = await callback_for(fake, await fake.click(message_id, "Next", ALICE))
    assert turned["type"] == 7
    assert [f["name"] for f in embed_of(turned)["fields"]] == [f"Posting {n}" for n in range(8, 16)]
    assert labels(turned["data"]) == {"Previous": False, "2/3": True, "Next": False}

    refused = await callback_for(fake, await fake.click(message_id, "Next", BOB))
    assert refused["type"] == 4
    assert refused["data"]["flags"] & EPHEMERAL
    assert refused["data"]["content"] == NOT_YOURS
    assert embed_of(fake.messages[message_id])["footer"]["text"].endswith("page 2/3")  # unchanged


async def test_jobs_without_filters_and_not_remote(
    fake: FakeDiscord, bot: JobBot, engine: FakeEngine
) -> None:
    await callback_for(fake, await fake.slash("jobs", BOB))
    await callback_for(fake, await fake.slash("jobs", BOB, degree="MS", remote="not remote"))
    assert ("list_postings", None, None, None) in engine.calls
    assert ("list_postings", None, "MS", False) in engine.calls


async def test_paginator_buttons_are_disabled_when_it_times_out(
    fake: FakeDiscord, engine: FakeEngine
) -> None:
    async with running_bot(engine, view_timeout=0.2):
        interaction = await fake.slash("jobs", ALICE)
        await callback_for(fake, interaction)
        path = f"/webhooks/{APP_ID}/{interaction['token']}/messages/@original"
        edit = await fake.wait_for(lambda r: r.method == "PATCH" and r.path == path)
    assert all(labels(edit.body).values())
    assert set(labels(edit.body)) == {"Previous", "1/3", "Next"}


async def test_compare_and_help(fake: FakeDiscord, bot: JobBot, engine: FakeEngine) -> None:
    compared = await callback_for(fake, await fake.slash("compare", ALICE, first=FIRST, second=SECOND))
    assert ("compare", FIRST, SECOND, uid(ALICE)) in engine.calls
    assert embed_of(compared)["title"] == f"{FIRST} vs {SECOND}"
    helped = await callback_for(fake, await fake.slash("help", ALICE))
    assert embed_of(helped)["title"] == "How to ask"


async def test_commands_work_in_direct_messages_too(
    fake: FakeDiscord, bot: JobBot, engine: FakeEngine
) -> None:
    body = await callback_for(fake, await fake.slash("ask", ALICE, in_dm=True, question="pay?"))
    assert body["type"] == 4
    assert ("answer", "pay?", uid(ALICE)) in engine.calls


async def test_autocomplete_offers_at_most_25_valid_choices(
    fake: FakeDiscord, bot: JobBot, engine: FakeEngine
) -> None:
    interaction = await fake.slash("pay", ALICE, focused="posting", posting="tik")
    body = await callback_for(fake, interaction)
    assert body["type"] == 8
    choices = body["data"]["choices"]
    assert len(choices) == 25
    assert choices[0] == {"name": "Machine Learning Scientist Intern (TikTok Recommendation)", "value": FIRST}
    assert all(0 < len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)
    assert ("suggest", "tik", 25) in engine.calls
    compare = await fake.slash("compare", ALICE, focused="second", first=FIRST, second="data")
    assert (await callback_for(fake, compare))["data"]["choices"][1]["value"] == SECOND


# ----- free text ---------------------------------------------------------------------------------------


async def test_a_direct_message_is_answered_with_typing_and_a_reply(
    fake: FakeDiscord, bot: JobBot, engine: FakeEngine
) -> None:
    message = await fake.post_message(ALICE, "what does it pay?", in_dm=True)
    reply = await reply_to(fake, message)
    assert reply.path == f"/channels/{DM_CHANNEL_ID}/messages"
    assert any(r.path == f"/channels/{DM_CHANNEL_ID}/typing" for r in fake.requests)
    assert reply.body["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert embed_of(reply.body)["title"] == "Pay: what does it pay?"
    assert ("answer", "what does it pay?", uid(ALICE)) in engine.calls


async def test_a_mention_in_a_server_is_answered_without_the_mention(
    fake: FakeDiscord, bot: JobBot, engine: FakeEngine
) -> None:
    message = await fake.post_message(BOB, f"{MENTION} benefits of the tiktok one?", mentions=[BOT_MENTION])
    reply = await reply_to(fake, message)
    assert reply.path == f"/channels/{CHANNEL_ID}/messages"
    assert ("answer", "benefits of the tiktok one?", uid(BOB)) in engine.calls
    assert any(r.path == f"/channels/{CHANNEL_ID}/typing" for r in fake.requests)


async def test_a_bare_mention_gets_the_help(fake: FakeDiscord, bot: JobBot, engine: FakeEngine) -> None:
    message = await fake.post_message(BOB, f"<@!{APP_ID}>", mentions=[BOT_MENTION])
    reply = await reply_to(fake, message)
    assert embed_of(reply.body)["title"] == "How to ask"


async def test_server_messages_without_a_mention_and_bot_messages_are_ignored(
    fake: FakeDiscord, bot: JobBot, engine: FakeEngine
) -> None:
    ignored = [
        await fake.post_message(ALICE, "what does the tiktok one pay?"),
        await fake.post_message(OTHER_BOT, f"{MENTION} what does it pay?", mentions=[BOT_MENTION]),
        await fake.post_message(OTHER_BOT, "what does it pay?", in_dm=True),
    ]
    # Events are handled in order: once a later message is answered, the earlier ones were handled too.
    answered = await fake.post_message(BOB, "marker question", in_dm=True)
    await reply_to(fake, answered)
    questions = [call[1] for call in engine.calls if call[0] == "answer"]
    assert questions == ["marker question"]
    ids = {message["id"] for message in ignored}
    assert not any(
        str((r.body or {}).get("message_reference", {}).get("message_id")) in ids
        for r in fake.requests
        if isinstance(r.body, dict)
    )


# ----- limits and failures -----------------------------------------------------------------------------


async def test_the_sixth_question_in_the_window_is_asked_to_slow_down(
    fake: FakeDiscord, bot: JobBot, engine: FakeEngine
) -> None:
    for number in range(5):
        body = await callback_for(fake, await fake.slash("ask", ALICE, question=f"question {number}"))
        assert body["data"]["embeds"]
    slowed = await callback_for(fake, await fake.slash("ask", ALICE, question="one more"))
    assert slowed["data"]["flags"] & EPHEMERAL
    assert "slow down" in slowed["data"]["content"]
    assert "embeds" not in slowed["data"] or not slowed["data"]["embeds"]
    other_user = await callback_for(fake, await fake.slash("ask", BOB, question="my first"))
    assert other_user["data"]["embeds"]  # the cooldown is per user


async def test_slash_commands_and_free_text_share_one_cooldown(
    fake: FakeDiscord, bot: JobBot, engine: FakeEngine
) -> None:
    for number in range(5):
        await callback_for(fake, await fake.slash("pay", BOB, posting=f"p{number}"))
    message = await fake.post_message(BOB, "and the benefits?", in_dm=True)
    reply = await reply_to(fake, message)
    assert "slow down" in reply.body["content"]
    assert reply.body["allowed_mentions"]["parse"] == []


async def test_a_question_over_the_limit_gets_a_friendly_refusal(
    fake: FakeDiscord, bot: JobBot, engine: FakeEngine
) -> None:
    body = await callback_for(fake, await fake.slash("ask", ALICE, question="x" * 501))
    assert body["data"]["flags"] & EPHEMERAL
    assert "too long" in body["data"]["content"] and "500" in body["data"]["content"]
    assert not [call for call in engine.calls if call[0] == "answer"]
    message = await fake.post_message(ALICE, "y" * 501, in_dm=True)
    assert "too long" in (await reply_to(fake, message)).body["content"]


async def test_an_engine_failure_gets_a_friendly_private_message_and_a_logged_traceback(
    fake: FakeDiscord, bot: JobBot, engine: FakeEngine, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR)
    body = await callback_for(fake, await fake.slash("ask", ALICE, question="please explode"))
    assert body["type"] == 4
    assert body["data"]["flags"] & EPHEMERAL
    assert body["data"]["content"] == GENERIC_FAILURE
    assert FAILURE_DETAIL not in str(body) and "Traceback" not in str(body)
    assert any(r.exc_info and FAILURE_DETAIL in str(r.exc_info[1]) for r in caplog.records)

    message = await fake.post_message(ALICE, "explode again", in_dm=True)
    reply = await reply_to(fake, message)
    assert reply.body["content"] == GENERIC_FAILURE


async def test_a_slow_answer_is_deferred_then_edited_in(fake: FakeDiscord, engine: FakeEngine) -> None:
    engine.gate = threading.Event()
    async with running_bot(engine, defer_after=0.05):
        interaction = await fake.slash("ask", ALICE, question="slow one")
        deferred = await callback_for(fake, interaction)
        assert deferred["type"] == 5
        engine.gate.set()
        path = f"/webhooks/{APP_ID}/{interaction['token']}/messages/@original"
        edit = await fake.wait_for(lambda r: r.method == "PATCH" and r.path == path)
    assert embed_of(edit.body)["title"] == "Pay: slow one"
    assert edit.body["allowed_mentions"]["parse"] == []


async def test_a_failure_after_deferring_is_reported_as_a_follow_up(
    fake: FakeDiscord, engine: FakeEngine
) -> None:
    engine.gate = threading.Event()
    async with running_bot(engine, defer_after=0.05):
        interaction = await fake.slash("ask", ALICE, question="slow explode")
        assert (await callback_for(fake, interaction))["type"] == 5
        engine.gate.set()
        path = f"/webhooks/{APP_ID}/{interaction['token']}"
        followup = await fake.wait_for(lambda r: r.method == "POST" and r.path == path)
    assert followup.body["content"] == GENERIC_FAILURE
    assert followup.body["flags"] & EPHEMERAL


# ----- Discord's OpenAPI spec --------------------------------------------------------------------------


async def test_bodies_match_discords_openapi_schemas(
    fake: FakeDiscord, bot: JobBot, engine: FakeEngine
) -> None:
    if openapi_check.spec() is None:
        pytest.skip(f"no spec at {openapi_check.SPEC_PATH}")
    interaction = await fake.slash("jobs", ALICE)
    await callback_for(fake, interaction)
    await callback_for(fake, await fake.click(response_message_id(fake, interaction), "Next", ALICE))
    await callback_for(fake, await fake.slash("pay", ALICE, focused="posting", posting="t"))
    await callback_for(fake, await fake.slash("ask", ALICE, question="please explode"))
    await reply_to(fake, await fake.post_message(BOB, "pay?", in_dm=True))
    callback = openapi_check.request_schema(
        "/interactions/{interaction_id}/{interaction_token}/callback", "post"
    )
    create = openapi_check.request_schema("/channels/{channel_id}/messages", "post")
    checked = 0
    for request in fake.requests:
        if request.path.endswith("/callback"):
            schema = callback
        elif (
            request.method == "POST" and request.path.startswith("/channels/") and "/messages" in request.path
        ):
            schema = create
        else:
            continue
        assert openapi_check.schema_problems(request.body, schema) == [], request.path
        checked += 1
    assert checked == 5
    too_long = {"type": 4, "data": {"content": "x" * 2001}}
    assert openapi_check.schema_problems(too_long, callback)  # the check itself can fail
