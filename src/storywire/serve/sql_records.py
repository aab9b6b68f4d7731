"""Stored JSON records as the API and the export stream give them (SQLite path)."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator

from storywire.export import article_record, event_record, story_record
from storywire.model import Story
from storywire.serialize import article_from_dict, event_from_dict, parse_date
from storywire.serve.queries import Record


def story_from_json(text: str) -> Story:
    data = json.loads(text)
    data["first_published"] = parse_date(data.get("first_published"))
    data["last_published"] = parse_date(data.get("last_published"))
    return Story(**data)


def summary_from_json(text: str) -> Record:
    """`story_record` plus `article_count` straight from the stored JSON (the list's hot path).

    Stored dates are already ISO strings, so they are passed through rather than parsed and
    formatted again; tests hold this equal to `story_record(story_from_json(text))`.
    """
    data = json.loads(text)
    articles = data.get("articles") or []
    return {
        "id": data["id"],
        "articles": articles,
        "title": data.get("title", ""),
        "languages": data.get("languages") or [],
        "first_published": data.get("first_published") or None,
        "last_published": data.get("last_published") or None,
        "storyline": data.get("storyline_id"),
        "group": data.get("group"),
        "titles": data.get("titles") or {},
        "sources": data.get("sources") or [],
        "entities": data.get("entities") or [],
        "article_count": len(articles),
    }


def export_rows(
    connection: sqlite3.Connection, table: str, entities: dict[str, Record], brief: Callable[[Record], Record]
) -> Iterator[Record]:
    """One table in the export schema, row by row, from `connection`."""
    if table == "articles":
        for (text,) in connection.execute("SELECT record FROM articles ORDER BY published, rowid"):
            yield article_record(article_from_dict(json.loads(text)))
    elif table == "stories":
        for (text,) in connection.execute("SELECT record FROM stories ORDER BY first_published, id"):
            yield story_record(story_from_json(text))
    elif table == "events":
        for (text,) in connection.execute("SELECT record FROM events ORDER BY date, id"):
            yield event_record(event_from_dict(json.loads(text)))
    else:
        yield from entity_export(connection, entities, brief)


def entity_export(
    connection: sqlite3.Connection, table: dict[str, Record], brief: Callable[[Record], Record]
) -> Iterator[Record]:
    """Entity records with their mentions, gathered in one pass over the articles."""
    mentions: dict[str, list[Record]] = {}
    for article_id, text in connection.execute("SELECT id, json_extract(record, '$.mentions') FROM articles"):
        for m in json.loads(text or "[]"):
            record = table.get(m.get("entity_id") or "")
            if record:
                mentions.setdefault(record["id"], []).append(
                    {"article": article_id, "start": m["start"], "end": m["end"], "text": m["text"]}
                )
    counted: Counter[str] = Counter()
    for entity_id, record in sorted(table.items()):
        if entity_id != record["id"] or counted[entity_id]:
            continue
        counted[entity_id] += 1
        yield {**brief(record), "mentions": mentions.get(entity_id, [])}
