"""Print a benchmark result as rich tables: figures per corpus size with targets, then accuracy."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from bench.metrics import METRICS, Metric


def _cell(metric: Metric, figures: dict[str, Any], checks: dict[str, Any]) -> str:
    value = figures.get(metric.key)
    if value is None:
        return "[dim]n/a[/]"
    text = f"{value:,.{metric.digits}f}"
    check = checks.get(metric.key)
    if check:
        colour = "green" if check["result"] == "PASS" else "red"
        text += f" [{colour}]{check['result']}[/] [dim]{check['target']}[/]"
    return text


def figures_table(result: dict[str, Any]) -> Table:
    """Return one row per figure, one column per corpus size."""
    sizes = result["sizes"]
    table = Table(title=f"jobbot benchmark ({result['machine']['cpus']} CPUs, seed {result['seed']})")
    table.add_column("figure")
    table.add_column("unit", style="dim")
    for size in sizes:
        table.add_column(f"N = {int(size):,}", justify="right")
    for metric in METRICS:
        if not any(metric.key in sizes[size]["figures"] for size in sizes):
            continue
        cells = [_cell(metric, sizes[size]["figures"], sizes[size]["checks"]) for size in sizes]
        table.add_row(metric.label, metric.unit, *cells)
    return table


def status_table(result: dict[str, Any]) -> Table | None:
    """Return the stages that did not run cleanly, or None when all did."""
    rows = [
        (size, stage, status)
        for size, entry in result["sizes"].items()
        for stage, status in entry["status"].items()
        if status != "ok"
    ]
    if not rows:
        return None
    table = Table(title="stages not measured")
    for column in ("N", "stage", "status"):
        table.add_column(column)
    for size, stage, status in rows:
        table.add_row(f"{int(size):,}", stage, status[:200])
    return table


def accuracy_table(accuracy: dict[str, Any]) -> Table:
    """Return the engine and the BM25 baseline side by side on the labelled questions."""
    table = Table(
        title=f"labelled questions over the 5 shipped postings ({accuracy.get('questions', 0)} questions)"
    )
    for column in ("answerer", "right", "accuracy", "strict accuracy", "median ms", "p99 ms"):
        table.add_column(column, justify="right" if column != "answerer" else "left")
    for name, key in (("jobbot engine", "engine"), ("BM25 best paragraph", "bm25")):
        entry = accuracy.get(key) or {}
        if entry.get("status", "ok") != "ok" or "accuracy" not in entry:
            table.add_row(name, "[dim]" + str(entry.get("status", "not run")) + "[/]", "", "", "", "")
            continue
        table.add_row(
            name,
            f"{entry['right']}/{entry['total']}",
            f"{entry['accuracy']:.1%}",
            f"{entry['strict_accuracy']:.1%}",
            f"{entry['time']['median_ms']:.3f}",
            f"{entry['time']['p99_ms']:.3f}",
        )
    ratios = accuracy.get("ratios")
    if ratios:
        table.caption = (
            f"ours / BM25: accuracy × {ratios['accuracy']:.2f}, median time × {ratios['median_time']:.2f}"
        )
    return table


def print_report(console: Console, result: dict[str, Any]) -> None:
    """Print every table of ``result``."""
    console.print(figures_table(result))
    statuses = status_table(result)
    if statuses is not None:
        console.print(statuses)
    accuracy = result.get("accuracy")
    if accuracy and accuracy.get("status") == "ok":
        console.print(accuracy_table(accuracy))
    elif accuracy:
        console.print(
            f"[yellow]accuracy: {accuracy.get('status')}: {accuracy.get('reason') or accuracy.get('error')}"
        )


def main(argv: list[str] | None = None) -> None:
    """Print a saved result (default bench/results/last.json) as tables, at a given width."""
    import argparse
    import json
    from pathlib import Path

    parser = argparse.ArgumentParser(description="Print a saved benchmark result as tables.")
    parser.add_argument(
        "result", type=Path, nargs="?", default=Path(__file__).parent / "results" / "last.json"
    )
    parser.add_argument("--width", type=int, default=None, help="columns (default: the terminal's)")
    args = parser.parse_args(argv)
    print_report(Console(width=args.width), json.loads(args.result.read_text()))


if __name__ == "__main__":
    main()
