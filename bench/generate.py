"""Write N synthetic postings into a folder, reproducibly from a seed.

    python -m bench.generate --n 10000 --seed 7 --out bench/results/corpus-10000

The folder is a knowledge folder like the shipped ``knowledge/``: ``postings/`` (the files, in every
layout), the shipped vocabulary files (``*.toml``) and ``manifest.jsonl`` (one row of facts per posting,
kept outside ``postings/`` so a store loading that folder never sees it).
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

from bench.layouts import render
from bench.spec import PostingSpec, sample_spec
from bot.settings import SHIPPED_KNOWLEDGE_DIR

log = logging.getLogger(__name__)

DEFAULT_SEED = 20260302
MANIFEST_NAME = "manifest.jsonl"
POSTINGS_DIR_NAME = "postings"


def iter_specs(n: int, seed: int = DEFAULT_SEED) -> Iterator[PostingSpec]:
    """Yield the facts of postings 0..n-1; the same seed always yields the same postings."""
    for index in range(n):
        yield sample_spec(seed, index)


def generate(out_dir: Path, n: int, seed: int = DEFAULT_SEED) -> list[PostingSpec]:
    """Replace ``out_dir`` with N posting files and their manifest; return the specs written."""
    postings_dir = out_dir / POSTINGS_DIR_NAME
    if postings_dir.exists():
        shutil.rmtree(postings_dir)
    postings_dir.mkdir(parents=True)
    specs = list(iter_specs(n, seed))
    rows = []
    for spec in specs:
        (postings_dir / spec.file_name).write_text(render(spec), encoding="utf-8")
        rows.append(json.dumps(spec.manifest_row(), ensure_ascii=False))
    (out_dir / MANIFEST_NAME).write_text("\n".join(rows) + "\n", encoding="utf-8")
    copy_vocabulary(out_dir)
    return specs


def copy_vocabulary(out_dir: Path) -> None:
    """Copy the shipped vocabulary files so the engine reads the corpus folder as a knowledge folder."""
    for vocabulary in SHIPPED_KNOWLEDGE_DIR.glob("*.toml"):
        shutil.copyfile(vocabulary, out_dir / vocabulary.name)


def ensure_corpus(out_dir: Path, n: int, seed: int = DEFAULT_SEED) -> float:
    """Generate the corpus unless ``out_dir`` already holds this exact one; return the generation time."""
    stamp = out_dir / "corpus.json"
    postings_dir = out_dir / POSTINGS_DIR_NAME
    if stamp.exists() and postings_dir.is_dir():
        recorded = json.loads(stamp.read_text())
        if (recorded.get("n"), recorded.get("seed")) == (n, seed) and len(list(postings_dir.iterdir())) == n:
            copy_vocabulary(out_dir)
            return float(recorded["seconds"])
    started = time.perf_counter()
    generate(out_dir, n, seed)
    seconds = time.perf_counter() - started
    stamp.write_text(json.dumps({"n": n, "seed": seed, "seconds": seconds}))
    return seconds


def main(argv: list[str] | None = None) -> None:
    """Generate a corpus from the command line and print how long it took."""
    parser = argparse.ArgumentParser(description="Write N synthetic job postings into a folder.")
    parser.add_argument("--n", type=int, required=True, help="how many postings")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, required=True, help="folder to (re)create")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    generate(args.out, args.n, args.seed)
    elapsed = time.perf_counter() - started
    print(f"wrote {args.n} postings to {args.out / POSTINGS_DIR_NAME} in {elapsed:.2f} s")


if __name__ == "__main__":
    main()
