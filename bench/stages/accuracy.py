"""Accuracy on the labelled questions over the five shipped postings: the engine beside BM25."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.baseline_bm25 import ParagraphBM25
from bench.labelled import LabelledQuestion, Reply, load_questions, score
from bench.stages.baseline import raw_texts
from bench.stages.common import answer_text, build_engine, unavailable
from bot.settings import SHIPPED_KNOWLEDGE_DIR


async def _shipped_postings() -> list[Any]:
    from bot.store import Store

    async with await Store.open(":memory:") as store:
        await store.load_directory(SHIPPED_KNOWLEDGE_DIR / "postings")
        return await store.all_postings()


async def measure_accuracy(questions_file: Path) -> dict[str, Any]:
    """Score the engine and the BM25 baseline on every labelled question, timing each answer."""
    try:
        questions = load_questions(questions_file)
    except FileNotFoundError:
        return {"status": "not available", "reason": f"{questions_file} does not exist"}
    result: dict[str, Any] = {"status": "ok", "questions": len(questions)}
    postings: list[Any] = []
    store_missing = unavailable("bot.store", "bot.postings.parse")
    if store_missing is None:
        postings = await _shipped_postings()
        texts = [(Path(posting.source).name, posting.text) for posting in postings]
    else:
        texts = raw_texts(SHIPPED_KNOWLEDGE_DIR / "postings")
    bm25 = ParagraphBM25(texts)

    def bm25_reply(question: LabelledQuestion) -> Reply:
        best = bm25.best(question.question)
        return Reply(frozenset({best.posting}), best.text)

    result["bm25"] = score(questions, bm25_reply).as_dict()
    engine_missing = store_missing or unavailable("bot.answers.engine")
    if engine_missing:
        result["engine"] = engine_missing
        return result
    engine = build_engine(postings, SHIPPED_KNOWLEDGE_DIR)
    sources = {posting.id: Path(posting.source).name for posting in postings}

    def engine_reply(question: LabelledQuestion) -> Reply:
        answer = engine.answer(question.question, question.user)
        about = frozenset(sources.get(posting_id, posting_id) for posting_id in answer.postings)
        return Reply(about, answer_text(answer))

    result["engine"] = {"status": "ok"} | score(questions, engine_reply).as_dict()
    return result
