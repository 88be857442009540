"""The one entry point: ``jobbot run | ask | chat | postings | ingest | parse | health``."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from bot.health import DEFAULT_MAX_AGE_SECONDS
from bot.settings import Settings, SettingsError, get_settings

if TYPE_CHECKING:
    from bot.answers.answer import Answer
    from bot.answers.engine import Engine

log = logging.getLogger(__name__)

cli = typer.Typer(
    name="jobbot",
    help="Answer questions about job postings: on Discord (run) or offline in a terminal (ask, chat).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
_out = Console()
_err = Console(stderr=True)

_TOKEN_HELP = (
    "DISCORD_TOKEN is not set: create an application at https://discord.com/developers/applications, "
    "add a bot, copy its token and put DISCORD_TOKEN=... in the environment or in a .env file "
    "(see README.md). Offline answers need no token: jobbot ask \"what does the mle intern pay?\""
)


def _settings() -> Settings:
    """Load the settings, or exit with one line naming the wrong setting."""
    try:
        return get_settings()
    except SettingsError as exc:
        _err.print(f"[red]jobbot:[/] {exc}", markup=True, highlight=False)
        raise typer.Exit(2) from None


def _setup_logging(level: str) -> None:
    """Configure logging once, to standard error so JSON on standard output stays clean."""
    logging.basicConfig(
        level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )


@cli.callback()
def _main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log at the configured level.")] = False,
) -> None:
    settings = _settings()
    _setup_logging(settings.log_level if verbose else "WARNING")


@cli.command()
def run() -> None:
    """Run the Discord bot (needs DISCORD_TOKEN)."""
    settings = _settings()
    logging.getLogger().setLevel(settings.log_level)
    if settings.discord_token is None:
        _err.print(_TOKEN_HELP, markup=False, highlight=False)
        raise typer.Exit(2)
    from bot.discord_app.run import run_bot

    asyncio.run(run_bot(settings))


def _questions(question: str) -> Iterator[str]:
    """Yield the one question, or each non-blank line of standard input for ``-``."""
    if question != "-":
        yield question
        return
    for line in sys.stdin:
        if line.strip():
            yield line.rstrip("\n")


def _answer_json(question: str, answer: Answer) -> dict[str, Any]:
    """Build the stable JSON record scripts and evaluations read."""
    from bot.render.embeds import answer_to_embeds
    from bot.render.text import answer_to_text

    return {
        "question": question,
        "intent": answer.intent.value,
        "postings": list(answer.postings),
        "text": answer_to_text(answer),
        "embeds": [embed.to_dict() for embed in answer_to_embeds(answer)],
    }


def _emit(question: str, answer: Answer, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(_answer_json(question, answer), ensure_ascii=False) + "\n")
        sys.stdout.flush()
        return
    from bot.render.terminal import print_answer

    print_answer(_out, answer)


async def _answer_all(questions: Iterable[str], *, as_json: bool, each: bool) -> None:
    from bot.app import open_app

    async with open_app(_settings()) as app:
        for number, question in enumerate(questions):
            user = f"terminal-{number}" if each else "terminal"
            _emit(question, app.engine.answer(question, user), as_json)


@cli.command()
def ask(
    question: Annotated[str, typer.Argument(help='The question, or "-" to answer each line of stdin.')],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per question.")] = False,
    each: Annotated[
        bool, typer.Option("--each", help="With '-': answer every line on its own, with no context.")
    ] = False,
) -> None:
    """Answer a question from the postings, offline."""
    asyncio.run(_answer_all(_questions(question), as_json=as_json, each=each))


def _chat_loop(engine: Engine, as_json: bool) -> None:
    """Read questions until EOF or 'quit', answering each with one conversation context."""
    with contextlib.suppress(ImportError):  # not on every platform
        import readline  # noqa: F401  # line editing and history for input()
    if not as_json:
        _out.print("Ask about the postings (Ctrl-D or 'quit' to leave).", style="dim")
    while True:
        try:
            question = input("you> " if sys.stdin.isatty() else "")
        except (EOFError, KeyboardInterrupt):
            break
        if question.strip().lower() in {"quit", "exit", ":q"}:
            break
        if question.strip():
            _emit(question, engine.answer(question, "terminal"), as_json)


@cli.command()
def chat(
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per question.")] = False,
) -> None:
    """Chat with the engine in the terminal; follow-up questions keep their context."""

    async def _run() -> None:
        from bot.app import open_app

        async with open_app(_settings()) as app:
            _chat_loop(app.engine, as_json)

    asyncio.run(_run())


@cli.command()
def postings(
    as_json: Annotated[bool, typer.Option("--json", help="Full posting objects as JSON.")] = False,
) -> None:
    """List the postings in the store (after syncing it with the knowledge folder)."""

    async def _run() -> None:
        from bot.app import open_app
        from bot.render.postings_table import postings_table

        async with open_app(_settings()) as app:
            loaded = await app.store.all_postings()
            if as_json:
                sys.stdout.write(json.dumps([p.model_dump(mode="json") for p in loaded], indent=2) + "\n")
            else:
                _out.print(postings_table(loaded, today=app.settings.today_date()))

    asyncio.run(_run())


@cli.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Posting files or folders to add or update.")],
    as_json: Annotated[bool, typer.Option("--json", help="Per-file outcomes as JSON.")] = False,
) -> None:
    """Add or update postings in the store from files or folders; report each file."""

    async def _run() -> int:
        from bot.store import Store

        settings = _settings()
        async with await Store.open(settings.db_path) as store:
            report = await store.ingest(paths, max_bytes=settings.max_posting_bytes)
        if as_json:
            outcomes = [o.model_dump(mode="json") for o in report.outcomes]
            sys.stdout.write(json.dumps(outcomes, indent=2) + "\n")
        else:
            for outcome in report.outcomes:
                detail = outcome.error if outcome.error else outcome.posting_id
                _out.print(f"{outcome.status:>9}  {outcome.path}  {detail}", markup=False, highlight=False)
            _out.print(report.summary(), markup=False, highlight=False)
        return 1 if any(o.status == "failed" for o in report.outcomes) else 0

    raise typer.Exit(asyncio.run(_run()))


@cli.command()
def parse(
    paths: Annotated[list[Path], typer.Argument(help="Posting files to parse (nothing is stored).")],
    as_json: Annotated[bool, typer.Option("--json", help="A JSON list of the parsed postings.")] = False,
) -> None:
    """Parse posting files and print what was understood, without touching the store."""
    from bot.postings.errors import ParseError
    from bot.postings.parse import parse_file
    from bot.render.postings_table import posting_details

    settings = _settings()
    parsed = []
    failed = 0
    for path in paths:
        try:
            parsed.append(parse_file(path, max_bytes=settings.max_posting_bytes))
        except ParseError as exc:
            failed += 1
            _err.print(f"jobbot: {exc}", markup=False, highlight=False)
    if as_json:
        sys.stdout.write(json.dumps([p.model_dump(mode="json") for p in parsed], indent=2) + "\n")
    else:
        for posting in parsed:
            _out.print(posting_details(posting))
    raise typer.Exit(1 if failed else 0)


@cli.command()
def health(
    max_age: Annotated[
        float, typer.Option("--max-age", min=1, help="Oldest heartbeat, in seconds, that counts as healthy.")
    ] = DEFAULT_MAX_AGE_SECONDS,
) -> None:
    """Exit 0 when the running bot's heartbeat is fresh, 1 when not: the container's health probe."""
    from bot.health import HeartbeatError, check_health, heartbeat_path

    settings = _settings()
    try:
        report = check_health(heartbeat_path(settings.db_path), max_age_seconds=max_age)
    except HeartbeatError as exc:
        _err.print(f"jobbot: unhealthy: {exc}", markup=False, highlight=False, soft_wrap=True)
        raise typer.Exit(1) from None
    _out.print(report, markup=False, highlight=False, soft_wrap=True)


def main() -> None:
    """Run the CLI; the console script and ``python -m bot`` both land here."""
    cli()


if __name__ == "__main__":
    main()
