"""Run one measured stage and print its result as JSON; ``bench.run`` starts one fresh process per stage.

python -m bench.worker ingest --corpus DIR --db FILE
python -m bench.worker ingest-one-process --corpus DIR --db FILE
python -m bench.worker serve --corpus DIR --db FILE [--seed S --rounds R --in-flight K]
python -m bench.worker baseline --corpus DIR --db FILE [--seed S --rounds R]
python -m bench.worker accuracy [--questions FILE]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import traceback
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

from bench.generate import MANIFEST_NAME, POSTINGS_DIR_NAME
from bench.labelled import QUESTIONS_FILE


def read_manifest(corpus: Path) -> list[dict[str, Any]]:
    """Return the generator's rows of facts for the corpus in ``corpus``."""
    lines = (corpus / MANIFEST_NAME).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _stage(args: argparse.Namespace) -> Coroutine[Any, Any, dict[str, Any]]:
    if args.stage == "accuracy":
        from bench.stages.accuracy import measure_accuracy

        return measure_accuracy(args.questions)
    postings_dir = args.corpus / POSTINGS_DIR_NAME
    if args.stage in ("ingest", "ingest-one-process"):
        from bench.stages.ingest import measure_ingest

        return measure_ingest(postings_dir, args.db, one_process=args.stage == "ingest-one-process")
    if args.stage == "sync":
        from bench.stages.ingest import sync_directory

        return sync_directory(postings_dir, args.db)
    if args.stage == "serve":
        from bench.stages.serve import measure_serve, plan_questions

        # Only the questions are kept: the manifest's rows are garbage before the bot starts.
        questions = plan_questions(read_manifest(args.corpus), seed=args.seed, rounds=args.rounds)
        return measure_serve(args.corpus, args.db, questions, in_flight=args.in_flight)
    from bench.stages.baseline import measure_baseline

    rows = read_manifest(args.corpus)
    return measure_baseline(postings_dir, args.db, rows, seed=args.seed, rounds=args.rounds)


def main(argv: list[str] | None = None) -> None:
    """Parse the stage's arguments, run it, print one JSON object (an error is reported, not raised)."""
    parser = argparse.ArgumentParser(description="Run one benchmark stage in this process.")
    parser.add_argument(
        "stage", choices=("ingest", "ingest-one-process", "sync", "serve", "baseline", "accuracy")
    )
    parser.add_argument("--corpus", type=Path, help="generated knowledge folder (postings/, manifest.jsonl)")
    parser.add_argument("--db", type=Path, help="SQLite file the corpus is loaded into")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--in-flight", type=int, default=1000)
    parser.add_argument("--questions", type=Path, default=QUESTIONS_FILE)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR, stream=sys.stderr)
    try:
        result = asyncio.run(_stage(args))
    except Exception as exc:  # the harness reports a failing stage and goes on with the others
        result = {
            "status": "error",
            "error": f"{type(exc).__name__}: {exc}",
            "traceback": traceback.format_exc(),
        }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
