"""The synthetic posting generator: reproducible from its seed, varied, and readable by the parser."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bench.generate import MANIFEST_NAME, POSTINGS_DIR_NAME, generate, iter_specs
from bench.spec import LAYOUTS


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted((folder / POSTINGS_DIR_NAME).iterdir())}


def test_same_seed_writes_identical_files(tmp_path: Path) -> None:
    generate(tmp_path / "a", 40, seed=3)
    generate(tmp_path / "b", 40, seed=3)
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert (tmp_path / "a" / MANIFEST_NAME).read_text() == (tmp_path / "b" / MANIFEST_NAME).read_text()


def test_other_seed_writes_other_postings(tmp_path: Path) -> None:
    generate(tmp_path / "a", 10, seed=3)
    generate(tmp_path / "b", 10, seed=4)
    assert set(_files(tmp_path / "a").values()).isdisjoint(_files(tmp_path / "b").values())


def test_smaller_corpus_is_a_prefix_of_a_larger_one() -> None:
    assert [s.file_name for s in iter_specs(20, seed=9)] == [s.file_name for s in iter_specs(50, seed=9)][:20]


def test_writes_exactly_n_files_and_the_vocabulary(tmp_path: Path) -> None:
    generate(tmp_path, 25, seed=1)
    assert len(_files(tmp_path)) == 25
    assert len((tmp_path / MANIFEST_NAME).read_text().splitlines()) == 25
    assert (tmp_path / "aliases.toml").exists() or not list(Path("knowledge").glob("*.toml"))


def test_corpus_varies_every_fact_it_should() -> None:
    specs = list(iter_specs(2000, seed=5))
    assert set(Counter(s.layout for s in specs)) == set(LAYOUTS)
    with_pay = [s for s in specs if s.pay]
    assert 0 < len(with_pay) < len(specs) / 2  # pay present in some, absent in most
    assert {s.pay.unit for s in with_pay if s.pay} == {"hour", "month", "year"}
    assert {s.remote for s in specs} == {"remote", "hybrid", "on-site", "unknown"}
    assert any(s.listed for s in specs) and any(s.expires for s in specs) and any(s.rolling for s in specs)
    assert any(not (s.listed or s.expires or s.rolling or s.posted_ago) for s in specs)
    assert {s.degree for s in specs} >= {"PhD", "MS", "BS", ""}
    assert len({s.title for s in specs}) > 0.95 * len(specs)  # titles distinct enough to resolve by name
    assert len({s.company for s in specs}) > 100


def test_every_generated_file_parses(tmp_path: Path) -> None:
    parse = pytest.importorskip("bot.postings.parse")
    if not hasattr(parse, "parse_file"):
        pytest.skip("the parser does not expose parse_file yet")
    specs = generate(tmp_path, 90, seed=11)
    assert {spec.layout for spec in specs} == set(LAYOUTS)
    for spec in specs:
        posting = parse.parse_file(tmp_path / POSTINGS_DIR_NAME / spec.file_name)
        assert posting.title, spec.file_name
        assert posting.text, spec.file_name
