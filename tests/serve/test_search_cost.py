"""Search that stays cheap: frequent words filter but do not rank, and answers are cached per generation."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storywire.model import Article
from storywire.serve.app import create_app
from storywire.serve.queries import Queries, Record
from storywire.serve.search import CrossLingualSearch
from storywire.serve.sql_queries import SQLQueries
from storywire.stages.embed import HashEmbedder
from storywire.store.base import Batch
from storywire.store.memory import MemoryStore
from storywire.store.sqlite import SQLiteStore

TOKEN = "test-token-42"


def article(number: int, text: str) -> Article:
    return Article(id=f"t{number:03d}", raw=text, text=text, title=f"Item {number}", content_hash=f"h{number}")


@pytest.fixture
def store(tmp_path: Path) -> SQLiteStore:
    """40 articles all say "summit talks", a dozen "filler"; "zorvak" ten, each a different count and length."""
    articles = []
    for n in range(40):
        words = ["summit", "talks"] * (3 + n % 5) + ["filler"] * (n % 7 if n % 3 == 0 else 0)
        if n % 4 == 0:
            words += ["zorvak"] * (1 + n // 4)
        articles.append(article(n, " ".join(words)))
    store = SQLiteStore(tmp_path / "rank.db")
    store.commit_batch(Batch(articles=articles))
    return store


def full_bm25(sql: SQLQueries, expression: str, limit: int) -> list[str]:
    """What the ranking was before: bm25 over every term of the query."""
    rows = sql.rows(
        "SELECT a.id FROM article_search JOIN articles a ON a.rowid = article_search.rowid"
        " WHERE article_search MATCH ? ORDER BY bm25(article_search), a.id LIMIT ?",
        (expression, limit),
    )
    return [article_id for (article_id,) in rows]


def test_frequent_words_filter_but_rank_as_bm25_over_all_terms(store: SQLiteStore) -> None:
    sql = SQLQueries(store)
    try:
        ranker = sql.ranker
        assert ranker.informative(["summit", "zorvak", "filler"]) == ["zorvak", "filler"]
        for terms in (["zorvak", "summit"], ["summit", "zorvak", "talks"], ["zorvak", "filler", "summit"]):
            expression = " ".join(f'"{t}"' for t in terms)
            assert ranker.ranked(terms, 5) == full_bm25(sql, expression, 5), terms
            assert ranker.ranked(terms, 100) == full_bm25(sql, expression, 100), terms
        # terms without an idf rank nothing: the newest matches come first
        assert ranker.ranked(["summit", "talks"], 3) == ["t039", "t038", "t037"]
        assert ranker.ranked(["zorvak", "absent"], 10) == []
        assert ranker.ranked(['"', "NEAR(", "*"], 10) == []  # quoted, never parsed
    finally:
        sql.close()


def test_search_answers_through_the_cheap_ranking(store: SQLiteStore) -> None:
    sql = SQLQueries(store)
    best = full_bm25(sql, '"summit" "zorvak"', 3)
    sql.close()
    with TestClient(create_app(store, None)) as client:
        hits = client.get("/api/v1/search", params={"q": "Summit ZORVAK", "limit": 3}).json()["hits"]
        assert [h["id"] for h in hits] == best
        assert all("zorvak" in h["snippet"] for h in hits)
        assert client.get("/api/v1/search", params={"q": '"summit" NEAR( *'}).status_code == 200


def test_answers_are_cached_until_the_store_changes(tmp_path: Path) -> None:
    with TestClient(create_app(SQLiteStore(tmp_path / "cache.db"), HashEmbedder(), token=TOKEN)) as client:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        first = {"articles": [{"id": "w1", "text": "Olaf Scholz met Emmanuel Macron in Berlin on Monday.",
                               "published": "2025-02-10", "language": "en"}]}  # fmt: skip
        assert client.post("/api/v1/articles", json=first, headers=auth).status_code == 201
        search: CrossLingualSearch = client.app.state.serve.search  # type: ignore[attr-defined]
        answer = client.get("/api/v1/search", params={"q": "Scholz"}).json()
        assert [h["id"] for h in answer["hits"]] == ["w1"]
        assert client.get("/api/v1/search", params={"q": "Scholz"}).json() == answer
        assert len(search.answers) == 1  # the second asking was answered from the cache
        second = {"articles": [{"id": "w2", "text": "Scholz flew to Warsaw for talks with Donald Tusk.",
                                "published": "2025-02-11", "language": "en"}]}  # fmt: skip
        assert client.post("/api/v1/articles", json=second, headers=auth).status_code == 201
        again = client.get("/api/v1/search", params={"q": "Scholz"}).json()
        assert {h["id"] for h in again["hits"]} == {"w1", "w2"}


def test_answers_without_their_vector_leg_are_not_cached() -> None:
    search = CrossLingualSearch(Queries(MemoryStore()), None)
    state = {"vectors": "busy"}

    def answer(text: str, limit: int, language: str | None) -> Record:
        return {"query": text, "entities": [], "languages": [], "vectors": state["vectors"], "hits": []}

    search._search = answer  # type: ignore[method-assign]
    search.search("x", 5)
    assert len(search.answers) == 0
    state["vectors"] = "ready"
    search.search("x", 5)
    search.search("x", 5, "en")
    assert len(search.answers) == 2
