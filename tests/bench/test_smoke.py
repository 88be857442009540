"""The whole benchmark at N=5, checked for shape only (speed is reported by bench.run, never asserted)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from bench.labelled import QUESTIONS_FILE
from bench.report import print_report
from bench.run import run_benchmark


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    workdir = tmp_path_factory.mktemp("bench")
    return run_benchmark([5], workdir=workdir, rounds=1, in_flight=40, ingest_runs=2)


def _positive_numbers(values: dict[str, Any]) -> None:
    for key, value in values.items():
        if isinstance(value, int | float) and key not in {"ingest_failed", "errors"}:
            assert value >= 0, key


def test_every_stage_reports_ok_or_why_not(result: dict[str, Any]) -> None:
    size = result["sizes"]["5"]
    assert set(size["status"]) == {"ingest", "ingest_one_process", "sync", "serve", "baseline"}
    for status in size["status"].values():
        assert status == "ok" or status.startswith("not available"), status
    assert size["status"]["baseline"] == "ok"
    assert size["figures"]["generate_seconds"] > 0
    _positive_numbers(size["figures"])


def test_measured_stages_carry_their_figures(result: dict[str, Any]) -> None:
    size = result["sizes"]["5"]
    figures = size["figures"]
    assert figures["bm25_median_ms"] > 0 and figures["bm25_p99_ms"] >= figures["bm25_median_ms"]
    if size["status"]["ingest"] == "ok":
        assert figures["ingest_per_second"] > 0 and figures["reload_unchanged_seconds"] > 0
        assert size["stages"]["ingest"]["files"] == 5
        assert len(size["stages"]["ingest"]["runs_postings_per_second"]) == 2
    if size["status"]["ingest_one_process"] == "ok":
        assert figures["ingest_one_process_per_second"] > 0 and figures["ingest_over_one_process"] > 0
        assert size["stages"]["ingest_one_process"]["stored"] == 5
    if size["status"]["serve"] == "ok":
        for key in ("startup_ready_seconds", "answer_median_ms", "answer_p99_ms", "serve_peak_rss_mb"):
            assert figures[key] > 0, key
        assert figures["bm25_over_answer_median"] > 0
        concurrency = size["stages"]["serve"]["concurrency"]
        assert concurrency["bot"]["in_flight"] == 40 and concurrency["inline"]["in_flight"] == 40
        assert "stall_bot_ms" in figures
    for metric, verdict in size["checks"].items():
        assert verdict["result"] in {"PASS", "MISS"}, metric


def test_accuracy_scores_both_answerers_on_the_labelled_set(result: dict[str, Any]) -> None:
    accuracy = result["accuracy"]
    labelled = len([line for line in QUESTIONS_FILE.read_text().splitlines() if line.strip()])
    assert accuracy["status"] == "ok" and accuracy["questions"] == labelled
    assert accuracy["bm25"]["total"] == labelled and 0 <= accuracy["bm25"]["accuracy"] <= 1
    engine = accuracy["engine"]
    assert engine["status"] == "ok" or engine["status"].startswith("not available")
    if engine["status"] == "ok":
        assert engine["total"] == labelled and "ratios" in accuracy


def test_result_is_json_and_prints_as_tables(result: dict[str, Any], tmp_path: Path) -> None:
    assert json.loads(json.dumps(result)) == result
    console = Console(file=(tmp_path / "out.txt").open("w"), width=160)
    print_report(console, result)
    console.file.close()
    assert "N = 5" in (tmp_path / "out.txt").read_text()
