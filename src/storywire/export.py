"""Export the store in the documented schema (docs/export-schema.md): JSON, JSONL, CSV, Parquet."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from storywire.model import Article, Event, Story
from storywire.store.base import Store

SCHEMA_VERSION = "1.3"
FORMATS = ("json", "jsonl", "csv", "parquet")
TABLES = ("articles", "entities", "stories", "events")
KINDS = {"articles": "article", "entities": "entity", "stories": "story", "events": "event"}


class ExportError(Exception):
    pass


def article_record(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "language": article.language,
        "published": article.published.isoformat() if article.published else None,
        "published_confidence": article.published_confidence,
        "url": article.url,
        "story": article.story_id,
        "text": article.text,
        "paragraphs": [
            {
                "start": p.start,
                "end": p.end,
                "language": p.language,
                "uncertain": p.language_uncertain,
                "quote": p.is_quote,
            }
            for p in article.paragraphs
        ],
        "dates": [
            {"start": d.start, "end": d.end, "text": d.text, "value": d.value, "precision": d.precision, "type": d.type}
            for d in article.dates
        ],
        "notes": article.notes,
        "provenance": [{"stage": p.stage, "model": p.model, "version": p.version} for p in article.provenance],
    }


def event_record(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "type": event.type,
        "mode": event.mode,
        "actors": event.actors,
        "sources": event.sources,
        "targets": event.targets,
        "place": event.place,
        "date": event.date,
        "date_precision": event.date_precision,
        "status": event.status,
        "story": event.story_id,
        "evidence": [{"article": e.article, "start": e.start, "end": e.end, "text": e.text} for e in event.evidence],
        "roles": {
            actor: {"title": r.title, "country": r.country, "language": r.language, "titles": r.titles}
            for actor, r in event.roles.items()
        },
    }


def story_record(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "articles": story.articles,
        "title": story.title,
        "languages": story.languages,
        "first_published": story.first_published.isoformat() if story.first_published else None,
        "last_published": story.last_published.isoformat() if story.last_published else None,
        "storyline": story.storyline_id,
        "group": story.group,
        "titles": story.titles,
        "sources": story.sources,
        "entities": story.entities,
    }


def entity_redirects(records: list[dict[str, Any]]) -> dict[str, str]:
    """Old entity id -> current id, for ids that a merge or re-keying retired.

    Articles stored before a merge keep the id they were linked to; readers resolve it here.
    """
    return {old: record["id"] for record in records for old in record.get("merged_ids") or []}


def entity_records(store: Store, articles: list[Article]) -> list[dict[str, Any]]:
    stored = store.entity_records()
    redirects = entity_redirects(stored)
    mentions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for article in articles:
        for m in article.mentions:
            if m.entity_id:
                current = redirects.get(m.entity_id, m.entity_id)
                mentions[current].append({"article": article.id, "start": m.start, "end": m.end, "text": m.text})
    records = []
    for entity in stored:
        by_language: dict[str, list[str]] = entity.get("aliases") or {}
        aliases = sorted({form for forms in by_language.values() for form in forms})
        records.append(
            {
                "id": entity["id"],
                "name": entity.get("name"),
                "type": entity.get("type"),
                "aliases": aliases,
                "aliases_by_language": by_language,
                "country": entity.get("country"),
                "latitude": entity.get("latitude"),
                "longitude": entity.get("longitude"),
                "mentions": mentions.get(entity["id"], []),
            }
        )
    return records


def build_export(store: Store) -> dict[str, Any]:
    articles = list(store.iter_articles())
    return {
        "schema_version": SCHEMA_VERSION,
        "articles": [article_record(a) for a in articles],
        "entities": entity_records(store, articles),
        "stories": [story_record(s) for s in store.iter_stories()],
        "events": [event_record(e) for e in store.iter_events()],
    }


def iter_jsonl(document: dict[str, Any]) -> Iterator[str]:
    for table in TABLES:
        for record in document[table]:
            yield json.dumps({"kind": KINDS[table], **record}, ensure_ascii=False)


def _flat(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def write_export(store: Store, fmt: str, out: Path | None, stdout: TextIO) -> list[Path]:
    """Write the export; returns the files written (none when writing to stdout)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    document = build_export(store)
    if fmt in ("json", "jsonl"):
        text = (
            json.dumps(document, ensure_ascii=False, indent=2) + "\n"
            if fmt == "json"
            else "".join(line + "\n" for line in iter_jsonl(document))
        )
        if out is None:
            stdout.write(text)
            return []
        out.write_text(text, encoding="utf-8")
        return [out]
    if out is None:
        raise ExportError(f"--out DIR is required for {fmt}: it writes one file per table")
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in TABLES:
        rows = [{key: _flat(value) for key, value in record.items()} for record in document[table]]
        path = out / f"{table}.{fmt}"
        if fmt == "csv":
            _write_csv(path, rows)
        else:
            _write_parquet(path, rows)
        written.append(path)
    return written


def _write_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    columns = list(rows[0]) if rows else ["id"]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)


def _write_parquet(path: Path, rows: list[dict[str, Any]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist(rows) if rows else pa.table({"id": pa.array([], pa.string())})
    pq.write_table(table, path)
