"""The query encoder: cached vectors, one background thread, admission by expected wait."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from storywire.model import Article, Paragraph
from storywire.serve import query_vectors
from storywire.serve.queries import Queries
from storywire.serve.query_vectors import QueryEncoder, Vector
from storywire.serve.search import CrossLingualSearch
from storywire.stages.embed import HashEmbedder
from storywire.store.base import Batch
from storywire.store.memory import MemoryStore


def article(article_id: str, text: str) -> Article:
    return Article(id=article_id, raw=text, text=text, content_hash=article_id, language="en",
                   paragraphs=[Paragraph(0, len(text), "en", 1.0, False)],
                   embedding=HashEmbedder().embed([text])[0].tolist())  # fmt: skip


class GatedEmbedder:
    """Embeds only when the test opens the gate; counts what it was asked."""

    name = "gated"
    dim = 4

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.asked: list[str] = []

    def embed(self, texts: list[str]) -> Vector:
        return self.embed_query(texts)

    def embed_query(self, texts: list[str]) -> Vector:
        self.asked.extend(texts)
        assert self.gate.wait(10)
        return np.ones((len(texts), self.dim), dtype=np.float32) / 2


class FailingEmbedder(GatedEmbedder):
    def embed_query(self, texts: list[str]) -> Vector:
        raise RuntimeError("encoder broke")


def test_a_query_is_embedded_once_then_cached() -> None:
    embedder = GatedEmbedder()
    embedder.gate.set()
    encoder = QueryEncoder(embedder)
    first = encoder.vector(encoder.submit("Шойгу"))
    again = encoder.vector(encoder.submit("Шойгу"))
    assert first is not None and again is not None and np.array_equal(first, again)
    assert embedder.asked == ["Шойгу"]


def test_a_queue_longer_than_the_budget_turns_queries_away() -> None:
    embedder = GatedEmbedder()
    encoder = QueryEncoder(embedder, wait=0.05)
    encoder.seconds_per_query = 0.02
    running = encoder.submit("first")  # an idle encoder always takes a query
    queued = encoder.submit("second")  # one ahead: 2 x 20 ms fits 50 ms
    assert running is not None and queued is not None
    assert encoder.submit("second") is queued  # the same text waits on the same work
    assert encoder.submit("third") is None  # two ahead: 3 x 20 ms does not
    embedder.gate.set()
    assert encoder.vector(running) is not None and encoder.vector(queued) is not None
    assert encoder.submit("third") is not None  # drained: admitted again


class BusyEmbedder(GatedEmbedder):
    """Spends real CPU time on every query, as the e5 encoder does."""

    def embed_query(self, texts: list[str]) -> Vector:
        self.asked.extend(texts)
        began = time.thread_time()
        while time.thread_time() - began < 0.03:
            pass
        return np.ones((len(texts), self.dim), dtype=np.float32) / 2


def test_an_encoder_past_its_cpu_share_turns_queries_away_until_the_window_moves_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(query_vectors, "SHARE_WINDOW", 0.3)
    encoder = QueryEncoder(BusyEmbedder(), wait=10.0, share=0.05)  # 15 ms of CPU per 300 ms
    encoder.cpu_per_query = 0.001
    assert encoder.vector(encoder.submit("first")) is not None  # idle, nothing spent: admitted
    assert encoder.cpu_per_query > 0.001  # measured as CPU time of the encoder's thread
    assert encoder.submit("second") is None  # 30 ms spent within the window: over its share
    time.sleep(0.35)
    assert encoder.vector(encoder.submit("second")) is not None


def test_an_estimate_above_the_share_never_locks_the_encoder_out() -> None:
    # the first query of a cold server loads the model: seconds of CPU in its estimate
    encoder = QueryEncoder(BusyEmbedder(), wait=10.0, share=0.2)
    encoder.cpu_per_query = encoder.seconds_per_query = 3.0
    assert encoder.vector(encoder.submit("first")) is not None  # nothing spent or queued: admitted
    assert encoder.cpu_per_query < 3.0  # and the estimate comes down with what it measured


def test_warming_loads_the_model_without_touching_the_estimates() -> None:
    embedder = BusyEmbedder()
    embedder.gate.set()
    encoder = QueryEncoder(embedder)
    before = (encoder.cpu_per_query, encoder.seconds_per_query)
    encoder.warm()
    assert embedder.asked == ["warm-up"]
    assert (encoder.cpu_per_query, encoder.seconds_per_query) == before


def test_a_failing_encoder_gives_no_vector_and_keeps_serving() -> None:
    encoder = QueryEncoder(FailingEmbedder())
    assert encoder.vector(encoder.submit("x")) is None
    assert encoder.vector(encoder.submit("x")) is None  # not cached, tried again, still no exception


@pytest.fixture
def search() -> CrossLingualSearch:
    store = MemoryStore()
    store.commit_batch(Batch(articles=[article("a1", "Shoigu met Wang Yi near Beijing"),
                                       article("a2", "Wang Yi spoke about trade")]))  # fmt: skip
    found = CrossLingualSearch(Queries(store), HashEmbedder())
    assert found.vectors is not None
    found.vectors.refresh()
    return found


def test_search_uses_the_vector_leg_when_the_encoder_has_time(search: CrossLingualSearch) -> None:
    result = search.search("Wang Yi trade", 10)
    assert result["vectors"] == "ready"
    assert any("vector" in hit["matched_by"] for hit in result["hits"])
    assert any(hit["snippet"] for hit in result["hits"] if "text" in hit["matched_by"])


def test_a_busy_encoder_leaves_the_other_legs_answering(
    search: CrossLingualSearch, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert search.vectors is not None
    monkeypatch.setattr(search.vectors.encoder, "submit", lambda text: None)
    result = search.search("Wang Yi trade", 10)
    assert result["vectors"] == "busy"
    assert [hit["id"] for hit in result["hits"]] == ["a2"]
    assert all("vector" not in hit["matched_by"] for hit in result["hits"])
