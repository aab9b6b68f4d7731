"""The API's read queries as indexed SQL over a SQLiteStore.

Reads use one read-only connection per server thread on the same file (WAL lets them run
beside the writer); a store without a file falls back to `store.connection`.  Entity filters
use the full-text index: an entity's aliases, in every script, become one FTS5 OR-expression
of quoted phrases, and candidates are confirmed against the stored mentions.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from datetime import date
from typing import Any

import numpy as np

from storywire.export import article_record
from storywire.model import Article, Event, Story
from storywire.serialize import article_from_dict, event_from_dict
from storywire.serve.fts_rank import FullTextRanker, alias_expression
from storywire.serve.queries import MAX_STORY_ARTICLES, EventFilter, Matrix, Page, Queries, Record, StoryFilter
from storywire.serve.saved_index import SavedIndex
from storywire.serve.snippets import snippet
from storywire.serve.sql_records import export_rows, story_from_json, summary_from_json
from storywire.store.sqlite import SQLiteStore
from storywire.store.text_search import fts_query, query_terms

MAX_ALIASES = 40
READ_MMAP = 1 << 30
STAMP_SECONDS = 0.25


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


class SQLQueries(Queries):
    def __init__(self, store: SQLiteStore) -> None:
        super().__init__(store)
        self.sqlite = store
        self._local = threading.local()
        self._opened: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._file = str(store.path) not in ("", ":memory:") and store.path.exists()
        self._stamp_paths = [store.path, store.path.with_name(store.path.name + "-wal")]
        self._stamps: tuple[int, ...] = ()
        self._stamped_at = -STAMP_SECONDS
        self.ranker = FullTextRanker(self.rows, self.generation, self.cache)

    def db(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "db", None)
        if connection is not None:
            return connection
        if not self._file:
            return self.sqlite.connection
        uri = self.sqlite.path.resolve().as_uri() + "?mode=ro"
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
        connection.execute("PRAGMA busy_timeout=10000")
        # reads map the file instead of copying pages through read(); threads share the mapping
        connection.execute(f"PRAGMA mmap_size={READ_MMAP}")
        self._local.db = connection
        with self._lock:
            self._opened.append(connection)
        return connection

    def close(self) -> None:
        with self._lock:
            for connection in self._opened:
                connection.close()
            self._opened.clear()

    def generation(self) -> object:
        """Our own ingests bump the counter; another process's commits change the files' mtimes.

        The mtimes are read at most every STAMP_SECONDS: one request asks many times (each entity
        name looks it up), and another process's commit may show that much later.
        """
        if not self._file:
            return self._generation
        now = time.monotonic()
        if now - self._stamped_at > STAMP_SECONDS:
            stamps = []
            for path in self._stamp_paths:
                try:
                    stamps.append(path.stat().st_mtime_ns)
                except OSError:
                    stamps.append(0)
            self._stamps, self._stamped_at = tuple(stamps), now
        return (self._generation, *self._stamps)

    def rows(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[Any]:
        return self.db().execute(sql, params).fetchall()

    def counts(self) -> Record:
        row = self.rows(
            "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories),"
            " (SELECT count(*) FROM entities), (SELECT count(*) FROM events)"
        )[0]
        return dict(zip(("articles", "stories", "entities", "events"), row, strict=True))

    # -- entities ----------------------------------------------------------------------------
    def entity_table(self) -> dict[str, Record]:
        def build() -> dict[str, Record]:
            records = [json.loads(text) for (text,) in self.rows("SELECT record FROM entities")]
            table = {r["id"]: r for r in records}
            for record in records:
                for old in record.get("merged_ids") or []:
                    table.setdefault(old, record)
            return table

        return self.cache.get("entities", self.generation(), build)

    def alias_expression(self, entity_ids: list[str]) -> str | None:
        """One FTS5 expression matching any alias of these entities, as quoted phrases."""
        table = self.entity_table()
        return alias_expression([table[i] for i in entity_ids if i in table], MAX_ALIASES)

    def entity_article_ids(self, entity_id: str) -> list[str]:
        expression = self.alias_expression([entity_id])
        if expression is None:
            return []
        ids = self.entity_ids(entity_id)
        marks = ",".join("?" * len(ids))
        rows = self.rows(
            "SELECT a.id FROM article_search JOIN articles a ON a.rowid = article_search.rowid"
            " WHERE article_search MATCH ? AND EXISTS (SELECT 1 FROM json_each(a.record, '$.mentions') m"
            f" WHERE json_extract(m.value, '$.entity_id') IN ({marks}))",
            [expression, *ids],
        )
        return [r[0] for r in rows]

    # -- stories -----------------------------------------------------------------------------
    def _story_where(self, where: StoryFilter) -> tuple[str, list[Any]]:
        clauses, params = ["1"], list[Any]()
        if where.since:
            clauses.append("s.last_published >= ?")
            params.append(where.since.isoformat())
        if where.until:
            clauses.append("s.first_published <= ?")
            params.append(where.until.isoformat())
        if where.language:
            clauses.append("EXISTS (SELECT 1 FROM json_each(s.record, '$.languages') WHERE value = ?)")
            params.append(where.language)
        if where.q is not None:
            expression = fts_query(where.q)
            if expression is None:
                return "0", []
            clauses.append(
                "s.id IN (SELECT a.story_id FROM article_search JOIN articles a ON a.rowid = article_search.rowid"
                " WHERE article_search MATCH ?)"
            )
            params.append(expression)
        if where.entity:
            articles = self.entity_article_ids(where.entity)
            if not articles:
                return "0", []
            clauses.append(f"s.id IN (SELECT story_id FROM articles WHERE id IN ({','.join('?' * len(articles))}))")
            params.extend(articles)
        return " AND ".join(clauses), params

    def _ordered(self, language: str | None) -> list[tuple[str, str, str]]:
        """(id, first, last published) of every story (in a language), newest first; cached per generation."""

        def build() -> list[tuple[str, str, str]]:
            clause, params = self._story_where(StoryFilter(language=language))
            rows = self.rows(
                f"SELECT s.id, coalesce(s.first_published, ''), coalesce(s.last_published, '') FROM stories s"
                f" WHERE {clause} ORDER BY s.last_published DESC, s.id DESC",
                params,
            )
            return [(str(a), str(b), str(c)) for a, b, c in rows]

        return self.cache.get(f"ordered:{language}", self.generation(), build)

    def list_stories(self, where: StoryFilter, limit: int, offset: int) -> Page:
        if where.q is None and where.entity is None:
            # the common case (the page's list, date and language filters) from a cached ordering
            ordered = self._ordered(where.language)
            since, until = iso(where.since), iso(where.until)
            if since or until:
                ordered = [
                    row for row in ordered
                    if (not since or (row[2] and row[2] >= since)) and (not until or (row[1] and row[1] <= until))
                ]  # fmt: skip
            return len(ordered), self.story_summaries([row[0] for row in ordered[offset : offset + limit]])
        clause, params = self._story_where(where)
        total = int(self.rows(f"SELECT count(*) FROM stories s WHERE {clause}", params)[0][0])
        ids = [
            r[0]
            for r in self.rows(
                f"SELECT s.id FROM stories s WHERE {clause} ORDER BY s.last_published DESC, s.id DESC LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
        ]
        return total, self.story_summaries(ids)

    def story_summaries(self, ids: list[str]) -> list[Record]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        records = dict(self.rows(f"SELECT id, record FROM stories WHERE id IN ({marks})", ids))
        sources: dict[str, list[str]] = {}
        for story_id, source in self.rows(
            f"SELECT DISTINCT story_id, source FROM articles WHERE story_id IN ({marks}) AND source IS NOT NULL", ids
        ):
            sources.setdefault(story_id, []).append(source)
        out = []
        for story_id in ids:
            summary = summary_from_json(records[story_id])
            summary["sources"] = sorted(sources.get(story_id, []))
            out.append(summary)
        return out

    def story(self, story_id: str) -> Record | None:
        found = self.rows(
            "SELECT record FROM stories WHERE id = coalesce((SELECT new_id FROM story_redirects WHERE old_id = ?), ?)",
            (story_id, story_id),
        )
        if not found:
            return None
        story = story_from_json(found[0][0])
        members = self._articles(story.articles[:MAX_STORY_ARTICLES])
        events = [event_from_dict(json.loads(t)) for (t,) in self.rows(
            "SELECT record FROM events WHERE story_id = ? ORDER BY date, id", (story.id,)
        )]  # fmt: skip
        return self.story_view(story, members, events)

    def _articles(self, ids: list[str]) -> list[Article]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.rows(f"SELECT record FROM articles WHERE id IN ({marks})", ids)
        return [article_from_dict(json.loads(text)) for (text,) in rows]

    # -- articles ----------------------------------------------------------------------------
    def list_articles(
        self, language: str | None, story: str | None, since: date | None, until: date | None, limit: int, offset: int
    ) -> Page:
        clauses, params = ["1"], list[Any]()
        for column, op, value in (
            ("language", "=", language),
            ("story_id", "=", story),
            ("published", ">=", iso(since)),
            ("published", "<=", iso(until)),
        ):
            if value is not None:
                clauses.append(f"{column} {op} ?")
                params.append(value)
        clause = " AND ".join(clauses)
        total = int(self.rows(f"SELECT count(*) FROM articles WHERE {clause}", params)[0][0])
        rows = self.rows(
            f"SELECT id, title, language, published, source, url, story_id FROM articles WHERE {clause}"
            " ORDER BY published DESC, id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        keys = ("id", "title", "language", "published", "source", "url", "story")
        return total, [dict(zip(keys, row, strict=True)) for row in rows]

    def article(self, article_id: str) -> Record | None:
        found = self._articles([article_id])
        return {**article_record(found[0]), **self.article_view(found[0])} if found else None

    def articles_brief(self, ids: list[str]) -> dict[str, Record]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.rows(
            f"SELECT id, title, language, published, source, url, story_id FROM articles WHERE id IN ({marks})", ids
        )
        keys = ("id", "title", "language", "published", "source", "url", "story")
        return {row[0]: dict(zip(keys, row, strict=True)) for row in rows}

    # -- events ------------------------------------------------------------------------------
    def _events(self, where: EventFilter, limit: int | None = None, offset: int = 0) -> tuple[int, list[Event]]:
        clauses, params = ["1"], list[Any]()
        if where.type:
            clauses.append("e.type = ?")
            params.append(where.type)
        if where.story:
            clauses.append("e.story_id = ?")
            params.append(where.story)
        if where.since:
            clauses.append("substr(e.date, 1, 10) >= substr(?, 1, length(substr(e.date, 1, 10)))")
            params.append(where.since.isoformat())
        if where.until:
            clauses.append("substr(e.date, 1, 10) <= ?")
            params.append(where.until.isoformat())
        for entity, roles in ((where.actor, "'source', 'target'"), (where.place, "'place'")):
            if entity:
                ids = self.entity_ids(entity)
                clauses.append(
                    f"e.id IN (SELECT event_id FROM event_actors WHERE role IN ({roles})"
                    f" AND entity_id IN ({','.join('?' * len(ids))}))"
                )
                params.extend(ids)
        clause = " AND ".join(clauses)
        total = int(self.rows(f"SELECT count(*) FROM events e WHERE {clause}", params)[0][0])
        page = " LIMIT ? OFFSET ?" if limit is not None else ""
        extra = [limit, offset] if limit is not None else []
        rows = self.rows(f"SELECT e.record FROM events e WHERE {clause} ORDER BY e.date, e.id{page}", [*params, *extra])
        return total, [event_from_dict(json.loads(text)) for (text,) in rows]

    def list_events(self, where: EventFilter, limit: int, offset: int) -> Page:
        total, events = self._events(where, limit, offset)
        return total, self.event_views(events)

    def timeline(self, entity_id: str) -> Record:
        ids = self.entity_ids(entity_id)
        marks = ",".join("?" * len(ids))
        rows = self.rows(
            "SELECT e.record FROM events e WHERE e.id IN"
            f" (SELECT event_id FROM event_actors WHERE entity_id IN ({marks})) ORDER BY e.date, e.id LIMIT 2000",
            ids,
        )
        events = [event_from_dict(json.loads(text)) for (text,) in rows]
        mentions: list[Record] = []
        expression = self.alias_expression([entity_id])
        if expression:
            days = self.rows(
                "SELECT a.published, count(*) FROM article_search JOIN articles a ON a.rowid = article_search.rowid"
                " WHERE article_search MATCH ? AND a.published IS NOT NULL GROUP BY a.published ORDER BY a.published",
                (expression,),
            )
            mentions = [{"date": day, "articles": n} for day, n in days]
        return {"events": self.event_views(events), "mentions": mentions}

    def network(self, kind: str | None, since: date | None, until: date | None, limit: int) -> Record:
        _, events = self._events(EventFilter(type=kind, since=since, until=until))
        return self.network_from(events, limit)

    # -- storylines, volume ------------------------------------------------------------------
    def _stories_of_storylines(self) -> dict[str, list[Story]]:
        groups: dict[str, list[Story]] = {}
        rows = self.rows(
            "SELECT record FROM stories WHERE json_extract(record, '$.storyline_id') IS NOT NULL"
        )
        for (text,) in rows:
            story = story_from_json(text)
            groups.setdefault(str(story.storyline_id), []).append(story)
        return groups

    def storylines(self, limit: int, offset: int) -> Page:
        groups = self.cache.get("storylines", self.generation(), self._stories_of_storylines)
        lines = [self._storyline(k, v) for k, v in groups.items()]
        lines.sort(key=lambda s: (s["last_published"] or "", s["id"]), reverse=True)
        return len(lines), lines[offset : offset + limit]

    def storyline(self, storyline_id: str) -> Record | None:
        groups = self.cache.get("storylines", self.generation(), self._stories_of_storylines)
        stories = groups.get(storyline_id)
        return self._storyline(storyline_id, stories) if stories else None

    def volume(self, since: date | None, until: date | None) -> list[Record]:
        def build() -> list[Record]:
            rows = self.rows(
                "SELECT published, count(*), count(DISTINCT story_id) FROM articles"
                " WHERE published IS NOT NULL GROUP BY published ORDER BY published"
            )
            return [{"date": d, "articles": n, "stories": s} for d, n, s in rows]

        days = self.cache.get("volume", self.generation(), build)
        low, high = iso(since) or "", iso(until) or "9999"
        return [d for d in days if low <= d["date"] <= high]

    # -- search building blocks --------------------------------------------------------------
    def text_hits(self, query: str, limit: int) -> list[tuple[str, str]]:
        return [(article_id, query) for article_id in self.ranker.ranked(query_terms(query), limit)]

    def alias_hits(self, entity_ids: list[str], query: str, limit: int) -> list[tuple[str, str]]:
        expression = self.alias_expression(entity_ids)
        if expression is None:
            return []
        table = self.entity_table()
        names = " ".join(str(table[e].get("name") or "") for e in entity_ids if e in table)
        return [(article_id, names or query) for article_id in self.ranker.aliases(expression, limit)]

    def snippets(self, words: dict[str, str]) -> dict[str, str]:
        if not words:
            return {}
        ids = list(words)
        rows = self.rows(
            f"SELECT id, json_extract(record, '$.text') FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids
        )
        return {article_id: snippet(text or "", words[article_id]) for article_id, text in rows}

    def saved_index(self) -> SavedIndex | None:
        return SavedIndex(self.sqlite.path) if self._file else None

    def embeddings_until(self, position: int) -> int:
        return int(self.rows("SELECT count(*) FROM embeddings WHERE rowid <= ?", (position,))[0][0])

    def embeddings_since(self, after: int) -> tuple[int, list[str], Matrix]:
        rows = self.rows("SELECT rowid, article_id, vector FROM embeddings WHERE rowid > ? ORDER BY rowid", (after,))
        last = rows[-1][0] if rows else after
        ids = [article_id for _, article_id, _ in rows]
        # one buffer for all rows: 100k vectors as Python floats took 11 s of a server's start
        sizes = {len(blob) for _, _, blob in rows}
        if len(sizes) > 1:
            raise ValueError(f"stored embeddings differ in size: {sorted(sizes)} bytes")
        matrix = np.frombuffer(b"".join(blob for _, _, blob in rows), dtype=np.float32)
        return last, ids, matrix.reshape(len(rows), -1) if rows else matrix.reshape(0, 0)

    # -- export --------------------------------------------------------------------------------
    def export_rows(self, table: str) -> Iterator[Record]:
        # a connection of its own: the stream outlives the request thread
        connection = (
            sqlite3.connect(self.sqlite.path.resolve().as_uri() + "?mode=ro", uri=True, check_same_thread=False)
            if self._file
            else self.sqlite.connection
        )
        try:
            yield from export_rows(connection, table, self.entity_table(), self.entity_brief)
        finally:
            if connection is not self.sqlite.connection:
                connection.close()
