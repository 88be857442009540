"""The pieces the benchmark's verdicts rest on: labelled scoring, the BM25 baseline, the targets."""

from __future__ import annotations

from bench.baseline_bm25 import ParagraphBM25
from bench.labelled import LabelledQuestion, Reply, is_right, load_questions
from bench.questions import add_typo, question_mix
from bench.run import median_ingest
from bench.spec import sample_spec
from bench.targets import check


def _question(
    postings: set[str], must: tuple[str, ...] = (), must_not: tuple[str, ...] = ()
) -> LabelledQuestion:
    return LabelledQuestion("q", "u", "what's the pay", "pay", frozenset(postings), must, must_not)


def test_right_needs_the_expected_posting_and_every_string() -> None:
    question = _question({"003.txt"}, ("$45",), ("401(K)",))
    assert is_right(question, Reply(frozenset({"003.txt"}), "Pay: $45 hourly"))
    assert not is_right(question, Reply(frozenset({"001.txt"}), "Pay: $45 hourly"))
    assert not is_right(question, Reply(frozenset({"003.txt", "001.txt"}), "Pay: $45 hourly"))
    assert not is_right(question, Reply(frozenset({"003.txt"}), "Pay is not stated"))
    assert is_right(question, Reply(frozenset({"003.txt"}), "$45, 401(k)"))
    assert not is_right(question, Reply(frozenset({"003.txt"}), "$45, 401(k)"), strict=True)


def test_no_expected_posting_accepts_any() -> None:
    assert is_right(_question(set(), ("help",)), Reply(frozenset(), "Ask me for HELP"))


def test_labelled_set_loads_with_conversations_as_users() -> None:
    questions = load_questions()
    assert questions
    assert all(q.user and q.question is not None for q in questions)


def test_bm25_answers_with_the_best_paragraph() -> None:
    bm25 = ParagraphBM25(
        [("a.txt", "Title A\nPay: $45 hourly\nBenefits"), ("b.txt", "Title B\nLocation: Seattle")]
    )
    assert bm25.best("where is the seattle job").posting == "b.txt"
    assert bm25.best("hourly pay").text == "Pay: $45 hourly"


def test_question_mix_covers_every_kind_and_names_postings() -> None:
    rows = [sample_spec(2, index).manifest_row() for index in range(50)]
    mix = question_mix(rows, seed=1)
    kinds = {q.kind.split("-")[0] for q in mix}
    assert kinds >= {
        "pay",
        "follow",
        "sponsorship",
        "requirements",
        "overview",
        "deadline",
        "location",
        "multi",
    }
    assert kinds >= {"list", "compare", "help", "unknown", "error", "long"}
    assert question_mix(rows, seed=1) == mix


def test_typo_changes_one_word() -> None:
    import random

    text = "machine learning scientist intern"
    typo = add_typo(text, random.Random(1))
    assert typo != text
    assert sum(a != b for a, b in zip(typo.split(), text.split(), strict=False)) == 1


def test_targets_say_pass_or_miss_where_they_apply() -> None:
    checks = check({"answer_p99_ms": 7.0, "ingest_per_second": 2500.0, "generate_seconds": 1.0}, 10_000)
    assert checks["answer_p99_ms"]["result"] == "MISS"
    assert checks["ingest_per_second"]["result"] == "PASS"
    assert "generate_seconds" not in checks
    assert check({"answer_p99_ms": 7.0}, 100_000)["answer_p99_ms"]["result"] == "PASS"


def test_ingestion_reports_the_median_load_and_every_run() -> None:
    runs = [
        {"status": "ok", "postings_per_second": rate, "reload_unchanged_seconds": reload}
        for rate, reload in ((1_900.0, 0.5), (2_400.0, 0.2), (2_100.0, 0.3))
    ]
    failed = {"status": "error", "error": "exit 1"}

    median = median_ingest([*runs, failed])

    assert median["postings_per_second"] == 2_100.0 and median["reload_unchanged_seconds"] == 0.3
    assert median["runs_postings_per_second"] == [1_900.0, 2_400.0, 2_100.0]
    assert median_ingest([failed]) == failed
