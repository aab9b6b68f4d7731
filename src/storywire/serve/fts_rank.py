"""Ranked full-text matches that never run bm25 over a huge posting list.

FTS5's bm25 counts, for every phrase of a query, how many documents hold it (a walk over the
phrase's whole posting list), then scores every matching row.  A frequent word ('summit' in
93% of the benchmark store; 'the', 'de', 'и' in real news) makes both walks long: one such
term cost 2 ms of a 2.5 ms search, and a query of frequent words alone about 100 ms.

Yet such a word cannot change the ranking: bm25's idf is log((N - n + 0.5) / (n + 0.5)),
which is not positive once a term is in half the documents (n >= N/2), and FTS5 then uses
1e-6.  So the full expression (every term required) only *filters*, unranked and cheap, and
bm25 ranks the informative terms alone: the same order, without the long walks.  A query of
frequent words only has nothing informative to rank by (every idf is that same 1e-6); it
returns the newest matches, which costs a bounded walk.

Document frequencies come from FTS5 itself, counted once per term and store generation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storywire.serve.queries import Cache
from storywire.store.text_search import query_terms

Rows = Callable[[str, tuple[Any, ...] | list[Any]], list[Any]]
MAX_TERMS_CACHED = 50_000  # per generation: a bound against floods of distinct junk terms
MAX_ALIAS_RANKINGS = 4096  # per generation


def phrase(term: str) -> str:
    """One term as an FTS5 string: quoted, so its characters are never parsed as syntax."""
    return '"' + term.replace('"', '""') + '"'


def alias_expression(records: list[dict[str, Any]], most: int) -> str | None:
    """One FTS5 expression matching any name or alias of these entities, as quoted phrases."""
    phrases: dict[str, None] = {}
    for record in records:
        names = [record.get("name") or "", *(f for forms in (record.get("aliases") or {}).values() for f in forms)]
        for name in names:
            terms = query_terms(name)
            if terms:
                phrases.setdefault('"' + " ".join(t.replace('"', '""') for t in terms) + '"')
    return " OR ".join(list(phrases)[:most]) or None


class FullTextRanker:
    """Article ids for an AND of terms, best first, over `article_search` (see the module doc)."""

    def __init__(self, rows: Rows, generation: Callable[[], object], cache: Cache) -> None:
        self.rows = rows
        self.generation = generation
        self.cache = cache

    def documents(self) -> int:
        """Rows in the full-text index (bm25's N); every stored article has one."""
        return self.cache.get(
            "fts:documents", self.generation(), lambda: int(self.rows("SELECT count(*) FROM articles", ())[0][0])
        )

    def frequency(self, term: str) -> int:
        """Documents holding `term` (bm25's n), counted once per store generation."""
        known: dict[str, int] = self.cache.get("fts:frequencies", self.generation(), dict)
        found = known.get(term)
        if found is None:
            found = int(
                self.rows("SELECT count(*) FROM article_search WHERE article_search MATCH ?", (phrase(term),))[0][0]
            )
            if len(known) >= MAX_TERMS_CACHED:
                known.clear()
            known[term] = found
        return found

    def informative(self, terms: list[str]) -> list[str]:
        """The terms bm25 gives a positive idf: those in fewer than half the documents."""
        total = self.documents()
        return [term for term in terms if 2 * self.frequency(term) < total]

    def ranked(self, terms: list[str], limit: int) -> list[str]:
        """Ids of articles holding every term, best bm25 first (module doc: how it stays cheap)."""
        terms = list(dict.fromkeys(terms))
        if not terms:
            return []
        expression = " ".join(phrase(t) for t in terms)
        rare = self.informative(terms)
        if len(rare) == len(terms):
            return self.best(expression, limit)
        if not rare:
            # nothing informative to rank by: the newest matches (rowids grow with ingestion)
            rows = self.rows(
                "SELECT a.id FROM article_search JOIN articles a ON a.rowid = article_search.rowid"
                " WHERE article_search MATCH ? ORDER BY article_search.rowid DESC LIMIT ?",
                (expression, limit),
            )
            return [article_id for (article_id,) in rows]
        # every term filters (unranked, cheap); the informative ones rank, as bm25 over all would
        allowed = {
            rowid
            for (rowid,) in self.rows("SELECT rowid FROM article_search WHERE article_search MATCH ?", (expression,))
        }
        if not allowed:
            return []
        ranked = self.rows(
            "SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY bm25(article_search)",
            (" ".join(phrase(t) for t in rare),),
        )
        chosen = [rowid for (rowid,) in ranked if rowid in allowed][:limit]
        if not chosen:
            return []
        ids = dict(self.rows(f"SELECT rowid, id FROM articles WHERE rowid IN ({','.join('?' * len(chosen))})", chosen))
        return [ids[rowid] for rowid in chosen if rowid in ids]

    def best(self, expression: str, limit: int) -> list[str]:
        """Ids of the best bm25 matches of a ready-made expression."""
        rows = self.rows(
            "SELECT a.id FROM article_search JOIN articles a ON a.rowid = article_search.rowid"
            " WHERE article_search MATCH ? ORDER BY bm25(article_search) LIMIT ?",
            (expression, limit),
        )
        return [article_id for (article_id,) in rows]

    def aliases(self, expression: str, limit: int) -> list[str]:
        """`best` for an entity's alias expression, kept per store generation: the articles naming
        an entity are the same for every query that finds it ('Shoigu', 'Шойгу', 'Shoigu talks')."""
        known: dict[tuple[str, int], list[str]] = self.cache.get("fts:aliases", self.generation(), dict)
        found = known.get((expression, limit))
        if found is None:
            found = self.best(expression, limit)
            if len(known) >= MAX_ALIAS_RANKINGS:
                known.clear()
            known[(expression, limit)] = found
        return found
