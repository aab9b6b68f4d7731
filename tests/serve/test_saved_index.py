"""The search index saved beside its database: built once, loaded by later servers, rebuilt when stale."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from storywire.index import VectorIndex
from storywire.model import Article, Paragraph
from storywire.serve.saved_index import SavedIndex
from storywire.serve.search import CrossLingualSearch, VectorSearch
from storywire.serve.sql_queries import SQLQueries
from storywire.stages.embed import HashEmbedder
from storywire.store.base import Batch
from storywire.store.sqlite import SQLiteStore


def article(article_id: str, text: str) -> Article:
    return Article(id=article_id, raw=text, text=text, content_hash=article_id, language="en",
                   paragraphs=[Paragraph(0, len(text), "en", 1.0, False)],
                   embedding=HashEmbedder().embed([text])[0].tolist())  # fmt: skip


TEXTS = {
    "a1": "Shoigu met Wang Yi near Beijing",
    "a2": "Wang Yi spoke about trade",
    "a3": "An earthquake struck the coast of Chile",
}


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    store = SQLiteStore(path)
    store.commit_batch(Batch(articles=[article(i, t) for i, t in TEXTS.items()]))
    store.close()
    return path


def vectors_of(path: Path) -> tuple[SQLiteStore, VectorSearch]:
    """A server's vector search over the database, refreshed once (built or loaded)."""
    store = SQLiteStore(path)
    found = CrossLingualSearch(SQLQueries(store), HashEmbedder()).vectors
    assert found is not None
    found.refresh()
    return store, found


def save_index(path: Path) -> None:
    store, _ = vectors_of(path)
    store.close()


def count_adds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    added: list[int] = []
    original = VectorIndex.add

    def add(self: VectorIndex, ids: list[str], vectors: np.ndarray) -> None:  # type: ignore[type-arg]
        added.append(len(ids))
        original(self, ids, vectors)

    monkeypatch.setattr(VectorIndex, "add", add)
    return added


def test_the_first_server_saves_the_index_and_the_next_loads_it(
    database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    added = count_adds(monkeypatch)
    store, first = vectors_of(database)
    assert first.state == "ready" and first.index is not None and len(first.index) == 3
    assert added == [3]
    assert SavedIndex(database).path.exists()
    store.close()

    store, second = vectors_of(database)
    assert second.state == "ready" and second.index is not None
    assert added == [3]  # loaded, not rebuilt
    query = HashEmbedder().embed_query(["Wang Yi trade"])[0]
    assert first.index.search(query, 3) == second.index.search(query, 3)
    store.close()


def test_articles_stored_after_the_save_are_added_on_load(database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, _ = vectors_of(database)
    store.commit_batch(Batch(articles=[article("a4", "Floods in Valencia")]))
    store.close()

    added = count_adds(monkeypatch)
    store, second = vectors_of(database)
    assert added == [1]
    assert second.index is not None and "a4" in second.index and len(second.index) == 4
    store.close()


def test_a_saved_index_that_no_longer_matches_the_store_is_rebuilt(
    database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_index(database)
    # another store written at the same path: fewer embeddings than the saved index holds
    database.unlink()
    store = SQLiteStore(database)
    store.commit_batch(Batch(articles=[article("b1", "A summit in Rome")]))
    store.close()

    added = count_adds(monkeypatch)
    store, second = vectors_of(database)
    assert added == [1]
    assert second.index is not None and list(second.index.ids) == ["b1"]
    store.close()


def test_an_unreadable_saved_index_is_rebuilt(database: Path) -> None:
    saved = SavedIndex(database)
    saved.meta_path.write_text("{not json", encoding="utf-8")
    store, vectors = vectors_of(database)
    assert vectors.state == "ready" and vectors.index is not None and len(vectors.index) == 3
    assert saved.load(HashEmbedder().dim) is not None  # and saved again, readable this time
    store.close()
