"""The baseline: plain BM25 (rank-bm25's BM25Okapi) over the paragraphs of every posting.

It answers a question with the single best-scoring paragraph, which is what a search box over the
postings would show. A paragraph is a non-empty line of the posting's plain text, the unit the postings
are written in (bullets, "Pay: $45 hourly", "Applications will be reviewed on a rolling basis").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rank_bm25 import BM25Okapi

_TOKEN = re.compile(r"[a-z0-9]+(?:[.'][a-z0-9]+)*")


def tokenize(text: str) -> list[str]:
    """Split text into lowercase word tokens, the same way for paragraphs and questions."""
    return _TOKEN.findall(text.lower())


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of one posting; ``posting`` is whatever key the caller indexed it under."""

    posting: str
    text: str


class ParagraphBM25:
    """BM25Okapi over every paragraph of every posting, answering with the best paragraph."""

    def __init__(self, postings: Iterable[tuple[str, str]]) -> None:
        """Index ``(posting key, plain text)`` pairs, one paragraph per non-empty line."""
        self.paragraphs: list[Paragraph] = []
        corpus: list[list[str]] = []
        for key, text in postings:
            for line in text.splitlines():
                tokens = tokenize(line)
                if tokens:
                    self.paragraphs.append(Paragraph(key, line.strip()))
                    corpus.append(tokens)
        if not corpus:
            raise ValueError("no paragraphs to index")
        self._bm25 = BM25Okapi(corpus)

    def best(self, question: str) -> Paragraph:
        """Return the paragraph scoring highest for ``question`` (the first one when nothing matches)."""
        tokens = tokenize(question)
        if not tokens:
            return self.paragraphs[0]
        scores = self._bm25.get_scores(tokens)
        return self.paragraphs[int(scores.argmax())]
