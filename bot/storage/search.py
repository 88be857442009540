"""Full-text search over posting passages: the best passage of each matching posting, best first."""

from __future__ import annotations

import sqlite3

from bot.storage.models import SearchHit

# FTS5 refuses bm25() and snippet() under GROUP BY or window functions, so ranking happens in a
# materialized CTE and the snippets come from a second MATCH restricted to the winning rows.
_BEST_PER_POSTING = """
WITH ranked AS MATERIALIZED (
    SELECT rowid AS passage, posting_id, bm25(posting_fts, 2.0, 1.0) AS rank
    FROM posting_fts WHERE posting_fts MATCH :match
)
SELECT passage, posting_id, min(rank) AS best
FROM ranked GROUP BY posting_id ORDER BY best, posting_id LIMIT :limit
"""
_SNIPPETS = """
SELECT rowid, heading, snippet(posting_fts, 1, '', '', '…', 24)
FROM posting_fts WHERE posting_fts MATCH ? AND rowid IN ({marks})
"""


def best_passages(conn: sqlite3.Connection, match: str, limit: int) -> list[SearchHit]:
    """Rank postings by their best passage for an FTS5 MATCH expression; a higher score is better."""
    best = conn.execute(_BEST_PER_POSTING, {"match": match, "limit": limit}).fetchall()
    if not best:
        return []
    passages = [row[0] for row in best]
    snippets = {
        rowid: (str(heading), str(snippet))
        for rowid, heading, snippet in conn.execute(
            _SNIPPETS.format(marks=",".join("?" * len(passages))), [match, *passages]
        )
    }
    return [
        SearchHit(
            posting_id=str(posting_id),
            heading=snippets[passage][0],
            snippet=snippets[passage][1],
            score=-float(rank),  # bm25 is lower-is-better; callers read higher-is-better
        )
        for passage, posting_id, rank in best
    ]
