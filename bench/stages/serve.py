"""Serving: start-up to ready on a loaded database, answer times, answers rendered as embeds, many
questions in flight, and the process's memory."""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from contextlib import AsyncExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.questions import TimedQuestion, question_mix
from bench.stages.common import app_settings, build_engine, unavailable
from bench.stages.concurrency import bot_asker, inline_asker, measure_stalls
from bench.timing import GcPauses, current_rss_mb, peak_rss_mb, summarize_ms


def timed_rounds(rows: Sequence[dict[str, Any]], seed: int, rounds: int) -> list[list[TimedQuestion]]:
    """Return ``rounds`` mixes, each naming other postings, with user ids kept apart per round."""
    mixes = []
    for number in range(rounds):
        mix = question_mix(rows, seed + number)
        mixes.append([TimedQuestion(f"r{number}-{q.user}", q.text, q.kind) for q in mix])
    return mixes


def time_calls(
    mixes: Sequence[Sequence[TimedQuestion]], call: Callable[[TimedQuestion], object]
) -> tuple[list[float], dict[str, list[float]]]:
    """Call ``call`` on every question in order; return all durations and the durations per kind."""
    seconds: list[float] = []
    by_kind: dict[str, list[float]] = defaultdict(list)
    for mix in mixes:
        for question in mix:
            started = time.perf_counter()
            call(question)
            elapsed = time.perf_counter() - started
            seconds.append(elapsed)
            by_kind[question.kind].append(elapsed)
    return seconds, by_kind


def _slowest_kinds(by_kind: dict[str, list[float]], count: int = 3) -> dict[str, dict[str, float]]:
    summaries = {kind: summarize_ms(samples) for kind, samples in by_kind.items()}
    ranked = sorted(summaries.items(), key=lambda item: -item[1]["max_ms"])
    return dict(ranked[:count])


def _prefixed(mixes: Sequence[Sequence[TimedQuestion]], prefix: str) -> list[list[TimedQuestion]]:
    return [[TimedQuestion(prefix + q.user, q.text, q.kind) for q in mix] for mix in mixes]


@dataclass(frozen=True)
class QuestionPlan:
    """The questions a serve stage asks: one untimed warm-up mix, then the timed mixes."""

    warm_up: list[TimedQuestion]
    mixes: list[list[TimedQuestion]]


def plan_questions(rows: Sequence[dict[str, Any]], *, seed: int, rounds: int) -> QuestionPlan:
    """Draw every question from the generator's manifest before start-up.

    The manifest is the harness's, not the bot's: drawn first, its rows can be dropped before the bot
    starts, so the process's peak memory is the bot's own (at 10,000 postings the rows are ~25 MB).
    """
    return QuestionPlan(warm_up=timed_rounds(rows, seed - 1, 1)[0], mixes=timed_rounds(rows, seed, rounds))


async def measure_serve(
    knowledge_dir: Path, db_path: Path, questions: QuestionPlan, *, in_flight: int
) -> dict[str, Any]:
    """Start up on the loaded database as the app does, then time answering in every way the bot answers."""
    missing = unavailable("bot.store", "bot.answers.engine")
    if missing:
        return missing
    async with AsyncExitStack() as stack:
        engine, startup = await start_up(knowledge_dir, db_path, stack)
        result: dict[str, Any] = {"status": "ok", "startup": startup, "rss_ready_mb": current_rss_mb()}
        return await _answering(engine, questions, in_flight=in_flight, result=result)


async def start_up(knowledge_dir: Path, db_path: Path, stack: AsyncExitStack) -> tuple[Any, dict[str, Any]]:
    """Get to ready the way the app does (``bot.app.open_app``), or step by step without the app module."""
    started = time.perf_counter()
    if unavailable("bot.app") is None:
        from bot.app import open_app

        app = await stack.enter_async_context(open_app(app_settings(knowledge_dir, db_path)))
        ready = time.perf_counter()
        return app.engine, {"via": "bot.app.open_app", "ready_seconds": ready - started} | _outcomes(
            app.report
        )
    from bot.store import Store

    store = await stack.enter_async_context(await Store.open(db_path))
    report = await store.load_directory(knowledge_dir / "postings")
    engine = build_engine(await store.all_postings(), knowledge_dir)
    ready = time.perf_counter()
    return engine, {"via": "Store + Engine.from_knowledge", "ready_seconds": ready - started} | _outcomes(
        report
    )


def _outcomes(report: Any) -> dict[str, Any]:
    return {"reload_outcomes": dict(Counter(str(outcome.status) for outcome in report.outcomes))}


async def _answering(
    engine: Any, questions: QuestionPlan, *, in_flight: int, result: dict[str, Any]
) -> dict[str, Any]:
    """Time answers, answers with embeds and many questions in flight; add them to ``result``."""
    with GcPauses() as pauses:
        await _timed(engine, questions, in_flight=in_flight, result=result)
    result["gc_full_collections"] = pauses.summary()
    result["peak_rss_mb"] = peak_rss_mb()
    return result


async def _timed(engine: Any, questions: QuestionPlan, *, in_flight: int, result: dict[str, Any]) -> None:
    mixes = questions.mixes
    time_calls([questions.warm_up], lambda q: engine.answer(q.text, "warm-" + q.user))
    seconds, by_kind = time_calls(_prefixed(mixes, "a-"), lambda q: engine.answer(q.text, q.user))
    result["answer"] = summarize_ms(seconds) | {"slowest_kinds": _slowest_kinds(by_kind)}
    result["answer_embeds"] = _time_embeds(engine, _prefixed(mixes, "e-"))
    flight = [q for mix in mixes for q in mix]
    flight = [flight[i % len(flight)] for i in range(in_flight)]
    async with bot_asker(engine) as (ask, how):
        bot_way = await measure_stalls(ask, _prefixed([flight], "cb-")[0])
    result["concurrency"] = {
        "bot": {"how": how} | bot_way,
        "inline": await measure_stalls(inline_asker(engine), _prefixed([flight], "ci-")[0]),
    }


def _time_embeds(engine: Any, mixes: Sequence[Sequence[TimedQuestion]]) -> dict[str, Any]:
    missing = unavailable("bot.render.embeds")
    if missing:
        return missing
    from bot.render.embeds import answer_to_embeds

    seconds, by_kind = time_calls(mixes, lambda q: answer_to_embeds(engine.answer(q.text, q.user)))
    return {"status": "ok"} | summarize_ms(seconds) | {"slowest_kinds": _slowest_kinds(by_kind)}
