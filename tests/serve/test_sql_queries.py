"""The SQL read path answers as the plain-Python one does, over the same demo store."""

from __future__ import annotations

from storywire.export import story_record
from storywire.serve.queries import Queries, StoryFilter
from storywire.serve.sql_queries import SQLQueries
from storywire.serve.sql_records import story_from_json, summary_from_json
from storywire.store.sqlite import SQLiteStore


def test_story_summaries_straight_from_json_match_the_export_shape(demo_store: SQLiteStore) -> None:
    rows = demo_store.connection.execute("SELECT record FROM stories").fetchall()
    assert len(rows) > 8
    for (text,) in rows:
        story = story_from_json(text)
        assert summary_from_json(text) == {**story_record(story), "article_count": len(story.articles)}


def test_story_pages_match_the_plain_queries(demo_store: SQLiteStore) -> None:
    sql, plain = SQLQueries(demo_store), Queries(demo_store)
    try:
        for where in (StoryFilter(), StoryFilter(language="uk"), StoryFilter(q="Шойгу")):
            assert sql.list_stories(where, 500, 0) == plain.list_stories(where, 500, 0), where
    finally:
        sql.close()


def test_snippets_are_cut_for_the_asked_articles_only(demo_store: SQLiteStore) -> None:
    sql = SQLQueries(demo_store)
    try:
        hits = sql.text_hits("Шойгу", 5)
        assert hits and all(words == "Шойгу" for _, words in hits)
        snippets = sql.snippets(dict(hits[:2]))
        assert set(snippets) == {article_id for article_id, _ in hits[:2]}
        assert all("Шойгу" in text for text in snippets.values())
    finally:
        sql.close()
