"""Flatten the stages' results for one corpus size into the named figures the report prints."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Metric:
    """How a figure is labelled and printed."""

    key: str
    label: str
    unit: str
    digits: int = 2


METRICS: tuple[Metric, ...] = (
    Metric("generate_seconds", "generate the N files", "s"),
    Metric("ingest_per_second", "ingestion (parse + store, fresh DB)", "postings/s", 0),
    Metric("ingest_one_process_per_second", "  baseline: same load, parsed in one process", "postings/s", 0),
    Metric("ingest_over_one_process", "  ingestion / one-process baseline", "×", 2),
    Metric("ingest_failed", "files that failed to ingest", "files", 0),
    Metric("reload_unchanged_seconds", "reload, nothing changed", "s", 3),
    Metric("startup_ready_seconds", "start-up to ready", "s", 3),
    Metric("startup_reload_seconds", "  step: reload (stat every file)", "s", 3),
    Metric("startup_all_postings_seconds", "  step: all_postings()", "s", 3),
    Metric("startup_engine_build_seconds", "  step: engine build", "s", 3),
    Metric("answer_median_ms", "answer() median", "ms", 3),
    Metric("answer_p99_ms", "answer() p99", "ms", 3),
    Metric("embeds_median_ms", "answer() + embeds median", "ms", 3),
    Metric("embeds_p99_ms", "answer() + embeds p99", "ms", 3),
    Metric("stall_bot_ms", "longest loop stall, 1,000 in flight (bot's worker thread)", "ms", 1),
    Metric("stall_inline_ms", "  same, engine called on the loop", "ms", 1),
    Metric("in_flight_per_second", "throughput with 1,000 in flight (bot's way)", "q/s", 0),
    Metric("gc_longest_ms", "longest full garbage collection while answering", "ms", 1),
    Metric("serve_peak_rss_mb", "peak RSS, start-up + answering", "MB", 0),
    Metric("ingest_peak_rss_mb", "peak RSS, ingestion", "MB", 0),
    Metric("bm25_median_ms", "BM25 baseline median", "ms", 3),
    Metric("bm25_p99_ms", "BM25 baseline p99", "ms", 3),
    Metric("bm25_build_seconds", "BM25 index build", "s", 2),
    Metric("bm25_over_answer_median", "BM25 median / our median", "×", 1),
)


def _ok(stage: dict[str, Any]) -> bool:
    return stage.get("status") == "ok"


def stage_status(stage: dict[str, Any] | None) -> str:
    """Return "ok", "not available: <why>", "error: <what>" or "skipped: <why>" for a stage result."""
    if not stage:
        return "not run"
    status = str(stage.get("status", "?"))
    detail = stage.get("reason") or stage.get("error")
    return f"{status}: {detail}" if detail else status


def flatten(stages: dict[str, Any]) -> dict[str, float]:
    """Return the figures present in one size's stage results, keyed as in METRICS."""
    figures: dict[str, float] = {}
    if "generate_seconds" in stages:
        figures["generate_seconds"] = stages["generate_seconds"]
    ingest: dict[str, Any] = stages.get("ingest") or {}
    if _ok(ingest):
        figures["ingest_per_second"] = ingest["postings_per_second"]
        figures["ingest_failed"] = ingest["outcomes"].get("failed", 0)
        figures["reload_unchanged_seconds"] = ingest["reload_unchanged_seconds"]
        figures["ingest_peak_rss_mb"] = ingest["peak_rss_mb"]
    one_process: dict[str, Any] = stages.get("ingest_one_process") or {}
    if _ok(one_process) and one_process["postings_per_second"]:
        figures["ingest_one_process_per_second"] = one_process["postings_per_second"]
        if "ingest_per_second" in figures:
            figures["ingest_over_one_process"] = (
                figures["ingest_per_second"] / one_process["postings_per_second"]
            )
    serve: dict[str, Any] = stages.get("serve") or {}
    if _ok(serve):
        figures["startup_ready_seconds"] = serve["startup"]["ready_seconds"]
        figures["answer_median_ms"] = serve["answer"]["median_ms"]
        figures["answer_p99_ms"] = serve["answer"]["p99_ms"]
        if _ok(serve["answer_embeds"]):
            figures["embeds_median_ms"] = serve["answer_embeds"]["median_ms"]
            figures["embeds_p99_ms"] = serve["answer_embeds"]["p99_ms"]
        concurrency = serve["concurrency"]
        figures["stall_bot_ms"] = concurrency["bot"]["max_stall_ms"]
        figures["stall_inline_ms"] = concurrency["inline"]["max_stall_ms"]
        figures["in_flight_per_second"] = concurrency["bot"]["questions_per_second"]
        figures["serve_peak_rss_mb"] = serve["peak_rss_mb"]
        figures["gc_longest_ms"] = serve["gc_full_collections"]["longest_ms"]
    steps = (stages.get("sync") or {}).get("startup_steps") or {}
    for step in ("reload_seconds", "all_postings_seconds", "engine_build_seconds"):
        if step in steps:
            figures[f"startup_{step}"] = steps[step]
    baseline: dict[str, Any] = stages.get("baseline") or {}
    if _ok(baseline):
        figures["bm25_median_ms"] = baseline["answer"]["median_ms"]
        figures["bm25_p99_ms"] = baseline["answer"]["p99_ms"]
        figures["bm25_build_seconds"] = baseline["build_seconds"]
        if figures.get("answer_median_ms"):
            figures["bm25_over_answer_median"] = figures["bm25_median_ms"] / figures["answer_median_ms"]
    return figures
