"""The embedded default store: one SQLite file in WAL mode with an FTS5 index.

Each `commit_batch` is one transaction, so `kill -9` in the middle of an ingest loses at
most the batch that was not yet reported as committed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

import numpy as np

from storywire.model import Article, Event, Rejection, RejectReason, Story
from storywire.serialize import article_from_dict, article_to_dict, event_from_dict, event_to_dict, parse_date
from storywire.store.base import Batch, SearchHit, StoreError
from storywire.store.migrations import migrate
from storywire.store.text_search import fold, fts_query, make_snippet, searchable_text


def _story_to_json(story: Story) -> str:
    data = asdict(story)
    data["first_published"] = story.first_published.isoformat() if story.first_published else None
    data["last_published"] = story.last_published.isoformat() if story.last_published else None
    return json.dumps(data, ensure_ascii=False)


def _story_from_json(text: str) -> Story:
    data = json.loads(text)
    data["first_published"] = parse_date(data.get("first_published"))
    data["last_published"] = parse_date(data.get("last_published"))
    return Story(**data)


def _article(record: str, vector: bytes | None) -> Article:
    article = article_from_dict(json.loads(record))
    if vector is not None:
        article.embedding = np.frombuffer(vector, dtype=np.float32).tolist()
    return article


class SQLiteStore:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self._db = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            # NORMAL is durable against a killed process (not against power loss), which is
            # the failure the ingest promise covers, and much faster than FULL.
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA busy_timeout=10000")
            migrate(self._db)
        except (sqlite3.DatabaseError, RuntimeError) as error:
            raise StoreError(f"cannot open store {self.path}: {error}") from error

    @property
    def connection(self) -> sqlite3.Connection:
        """The open connection, for read-only query modules (store/queries.py and the API)."""
        return self._db

    def find_duplicate(self, url: str | None, content_hash: str) -> str | None:
        row = self._db.execute(
            "SELECT id FROM articles WHERE content_hash = ? OR (url IS NOT NULL AND url = ?) LIMIT 1",
            (content_hash, url),
        ).fetchone()
        return str(row[0]) if row else None

    def commit_batch(self, batch: Batch) -> None:
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            for article in batch.articles:
                self._write_article(article)
            db.executemany(
                "INSERT INTO rejects(origin, reason, detail) VALUES (?, ?, ?) ON CONFLICT(origin, reason)"
                " DO UPDATE SET detail=excluded.detail, at=strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
                [(r.origin, r.reason.value, r.detail) for r in batch.rejections],
            )
            for entity_id in batch.removed_entities:
                db.execute("DELETE FROM entities WHERE id = ?", (entity_id,))
            for record in batch.entities:
                self._write_entity(record)
            if batch.corrections is not None:
                db.execute("DELETE FROM entity_corrections")
                db.executemany(
                    "INSERT INTO entity_corrections(record) VALUES (?)",
                    [(json.dumps(c, ensure_ascii=False),) for c in batch.corrections],
                )
            for event_id in batch.removed_events:
                db.execute("DELETE FROM events WHERE id = ?", (event_id,))
            for event in batch.events:
                self._write_event(event)
            for story_id in batch.removed_stories:
                db.execute("DELETE FROM stories WHERE id = ?", (story_id,))
            for old, new in batch.story_redirects.items():
                # earlier redirects to a now-retired id follow it, so lookups take one hop
                db.execute("UPDATE story_redirects SET new_id = ? WHERE new_id = ?", (new, old))
                db.execute("INSERT OR REPLACE INTO story_redirects(old_id, new_id) VALUES (?, ?)", (old, new))
            for story in batch.stories:
                self._write_story(story)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _write_article(self, article: Article) -> None:
        # the vector lives in `embeddings` as float32: a quarter of its JSON size, and loadable in bulk
        record = json.dumps(article_to_dict(replace(article, embedding=None)), ensure_ascii=False)
        if article.embedding is not None:
            self._db.execute(
                "INSERT OR REPLACE INTO embeddings(article_id, published, vector) VALUES (?, ?, ?)",
                (
                    article.id,
                    article.published.isoformat() if article.published else None,
                    np.asarray(article.embedding, dtype=np.float32).tobytes(),
                ),
            )
        existing = self._db.execute("SELECT rowid, title, record FROM articles WHERE id = ?", (article.id,)).fetchone()
        values = (
            article.url,
            article.content_hash,
            article.title,
            article.source,
            article.published.isoformat() if article.published else None,
            article.language,
            article.story_id,
            record,
        )
        if existing:
            self._db.execute(
                "UPDATE articles SET url=?, content_hash=?, title=?, source=?, published=?, language=?,"
                " story_id=?, record=? WHERE rowid=?",
                (*values, existing[0]),
            )
            old_text = json.loads(existing[2]).get("text", "")
            if existing[1] != article.title or old_text != article.text:  # the search index follows
                # a contentless FTS5 row is deleted by giving back the values it was indexed with
                self._db.execute(
                    "INSERT INTO article_search(article_search, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                    (existing[0], searchable_text(existing[1] or ""), searchable_text(old_text)),
                )
                self._db.execute(
                    "INSERT INTO article_search(rowid, title, body) VALUES (?, ?, ?)",
                    (existing[0], searchable_text(article.title or ""), searchable_text(article.text)),
                )
            return
        cursor = self._db.execute(
            "INSERT INTO articles(url, content_hash, title, source, published, language, story_id, record, id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*values, article.id),
        )
        self._db.execute(
            "INSERT INTO article_search(rowid, title, body) VALUES (?, ?, ?)",
            (cursor.lastrowid, searchable_text(article.title or ""), searchable_text(article.text)),
        )

    def _write_entity(self, record: dict[str, Any]) -> None:
        entity_id = record["id"]
        self._db.execute(
            "INSERT INTO entities(id, type, name, record) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET type=excluded.type, name=excluded.name, record=excluded.record",
            (entity_id, record.get("type", "MISC"), record.get("name", ""), json.dumps(record, ensure_ascii=False)),
        )
        self._db.execute("DELETE FROM entity_aliases WHERE entity_id = ?", (entity_id,))
        aliases = {record.get("name", "")}
        for forms in (record.get("aliases") or {}).values():
            aliases.update(forms)
        self._db.executemany(
            "INSERT INTO entity_aliases(entity_id, alias, folded) VALUES (?, ?, ?)",
            [(entity_id, alias, fold(alias)) for alias in sorted(aliases) if alias],
        )

    def _write_event(self, event: Event) -> None:
        self._db.execute(
            "INSERT INTO events(id, type, date, story_id, record) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET type=excluded.type, date=excluded.date, story_id=excluded.story_id,"
            " record=excluded.record",
            (event.id, event.type, event.date, event.story_id, json.dumps(event_to_dict(event), ensure_ascii=False)),
        )
        self._db.execute("DELETE FROM event_actors WHERE event_id = ?", (event.id,))
        roles = [(event.id, a, "source") for a in event.sources] + [(event.id, a, "target") for a in event.targets]
        if event.place:
            roles.append((event.id, event.place, "place"))
        self._db.executemany("INSERT OR IGNORE INTO event_actors(event_id, entity_id, role) VALUES (?, ?, ?)", roles)

    def _write_story(self, story: Story) -> None:
        self._db.execute(
            "INSERT INTO stories(id, first_published, last_published, record) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(id) DO UPDATE SET first_published=excluded.first_published,"
            " last_published=excluded.last_published, record=excluded.record",
            (
                story.id,
                story.first_published.isoformat() if story.first_published else None,
                story.last_published.isoformat() if story.last_published else None,
                _story_to_json(story),
            ),
        )
        if story.articles:
            marks = ",".join("?" * len(story.articles))
            rows = self._db.execute(f"SELECT rowid, record FROM articles WHERE id IN ({marks})", story.articles)
            for rowid, text in rows.fetchall():
                data = json.loads(text)
                if data.get("story_id") != story.id:
                    data["story_id"] = story.id
                    self._db.execute(
                        "UPDATE articles SET story_id=?, record=? WHERE rowid=?",
                        (story.id, json.dumps(data, ensure_ascii=False), rowid),
                    )

    def get_article(self, article_id: str) -> Article | None:
        row = self._db.execute(
            "SELECT a.record, e.vector FROM articles a LEFT JOIN embeddings e ON e.article_id = a.id WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        return _article(*row) if row else None

    def iter_articles(self) -> Iterator[Article]:
        cursor = self._db.execute(
            "SELECT a.record, e.vector FROM articles a LEFT JOIN embeddings e ON e.article_id = a.id"
            " ORDER BY a.published, a.rowid"
        )
        for text, vector in cursor:
            yield _article(text, vector)

    def iter_embeddings(self) -> Iterator[tuple[str, str | None, list[float]]]:
        cursor = self._db.execute("SELECT article_id, published, vector FROM embeddings ORDER BY rowid")
        for article_id, published, vector in cursor:
            yield article_id, published, np.frombuffer(vector, dtype=np.float32).tolist()

    def article_count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def get_story(self, story_id: str) -> Story | None:
        redirect = self._db.execute("SELECT new_id FROM story_redirects WHERE old_id = ?", (story_id,)).fetchone()
        if redirect:
            story_id = redirect[0]
        row = self._db.execute("SELECT record FROM stories WHERE id = ?", (story_id,)).fetchone()
        return _story_from_json(row[0]) if row else None

    def iter_stories(self) -> Iterator[Story]:
        cursor = self._db.execute("SELECT record FROM stories ORDER BY first_published, id")
        for (text,) in cursor:
            yield _story_from_json(text)

    def get_event(self, event_id: str) -> Event | None:
        row = self._db.execute("SELECT record FROM events WHERE id = ?", (event_id,)).fetchone()
        return event_from_dict(json.loads(row[0])) if row else None

    def iter_events(self) -> Iterator[Event]:
        cursor = self._db.execute("SELECT record FROM events ORDER BY date, id")
        for (text,) in cursor:
            yield event_from_dict(json.loads(text))

    def rejections(self) -> list[Rejection]:
        rows = self._db.execute("SELECT origin, reason, detail FROM rejects ORDER BY rowid").fetchall()
        return [Rejection(origin, RejectReason(reason), detail) for origin, reason, detail in rows]

    def entity_records(self) -> list[dict[str, Any]]:
        rows = self._db.execute("SELECT record FROM entities ORDER BY id").fetchall()
        return [json.loads(text) for (text,) in rows]

    def corrections(self) -> list[dict[str, Any]]:
        rows = self._db.execute("SELECT record FROM entity_corrections ORDER BY rowid").fetchall()
        return [json.loads(text) for (text,) in rows]

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        expression = fts_query(query)
        if expression is None:
            return []
        rows = self._db.execute(
            "SELECT a.id, a.title, a.record, bm25(article_search) AS rank FROM article_search"
            " JOIN articles a ON a.rowid = article_search.rowid"
            " WHERE article_search MATCH ? ORDER BY rank LIMIT ?",
            (expression, limit),
        ).fetchall()
        return [
            SearchHit(article_id, title, make_snippet(json.loads(record)["text"], query), -float(rank))
            for article_id, title, record, rank in rows
        ]

    def close(self) -> None:
        self._db.close()
