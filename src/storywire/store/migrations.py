"""Versioned schema migrations for the SQLite store.

`PRAGMA user_version` holds the applied version; each migration runs in the same
transaction as the version bump, so a crash leaves the schema at one version or the next.
Append new migrations; never edit a released one.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: list[str] = [
    # 1: articles, full-text index, rejects, entities, stories
    """
    CREATE TABLE articles (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        url TEXT,
        content_hash TEXT NOT NULL,
        title TEXT,
        source TEXT,
        published TEXT,
        language TEXT,
        story_id TEXT,
        ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        record TEXT NOT NULL
    );
    CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
    CREATE UNIQUE INDEX articles_hash ON articles(content_hash);
    CREATE INDEX articles_story ON articles(story_id);
    CREATE INDEX articles_published ON articles(published);
    CREATE VIRTUAL TABLE article_search USING fts5(
        title, body, content='', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TABLE rejects (
        rowid INTEGER PRIMARY KEY,
        origin TEXT NOT NULL,
        reason TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE UNIQUE INDEX rejects_origin ON rejects(origin, reason);
    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        record TEXT NOT NULL
    );
    CREATE TABLE entity_aliases (
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        folded TEXT NOT NULL
    );
    CREATE INDEX entity_aliases_folded ON entity_aliases(folded);
    CREATE TABLE entity_corrections (
        rowid INTEGER PRIMARY KEY,
        record TEXT NOT NULL
    );
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        first_published TEXT,
        last_published TEXT,
        record TEXT NOT NULL
    );
    """,
    # 2: events, with their actors and places indexed for timelines and filters
    """
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        type TEXT NOT NULL,
        date TEXT,
        story_id TEXT,
        record TEXT NOT NULL
    );
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_type ON events(type);
    CREATE TABLE event_actors (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        role TEXT NOT NULL,
        PRIMARY KEY (event_id, entity_id, role)
    );
    CREATE INDEX event_actors_entity ON event_actors(entity_id);
    """,
    # 3: embeddings as float32 blobs beside the record (the ANN side file is rebuilt from them),
    # and redirects for story ids that a merge retired
    """
    CREATE TABLE embeddings (
        article_id TEXT PRIMARY KEY,
        published TEXT,
        vector BLOB NOT NULL
    );
    CREATE INDEX embeddings_published ON embeddings(published);
    CREATE TABLE story_redirects (
        old_id TEXT PRIMARY KEY,
        new_id TEXT NOT NULL
    );
    """,
    # 4: indices for the API's newest-first story list and per-language filters
    """
    CREATE INDEX stories_last_published ON stories(last_published, id);
    CREATE INDEX articles_language_story ON articles(language, story_id);
    """,
    # 5: the story list's sources come from this index alone, without reading article rows
    """
    CREATE INDEX articles_story_source ON articles(story_id, source);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(connection: sqlite3.Connection) -> int:
    """Bring the database to SCHEMA_VERSION; returns the version found before."""
    found = int(connection.execute("PRAGMA user_version").fetchone()[0])
    if found > SCHEMA_VERSION:
        raise RuntimeError(
            f"database schema version {found} is newer than this storywire ({SCHEMA_VERSION})"
        )
    for version in range(found, SCHEMA_VERSION):
        with connection:
            connection.execute("BEGIN")
            for statement in MIGRATIONS[version].split(";"):
                if statement.strip():
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version + 1}")
    return found
