"""Cross-lingual search: a query in one language finds articles in every language.

Three rankings are fused by reciprocal rank:
  * full text (FTS5, every term quoted, so query syntax is never parsed),
  * entity aliases: a query that names an entity in any script ('Шойгу') expands to all of
    that entity's aliases ('Shoigu', 'Choïgou', 'Шойгу', ...) and finds articles in all of them,
  * embedding similarity: the query's E5 vector against a cached HNSW index of the stored
    article embeddings (built in the background at start, topped up as articles arrive).
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from typing import Any

import numpy as np
import numpy.typing as npt

from storywire.index import VectorIndex
from storywire.serve.queries import Queries, Record
from storywire.stages.embed import Embedder

log = logging.getLogger("storywire.serve")
FUSION_K = 60
QUERY_CACHE = 512
MIN_SIMILARITY = 0.2


class VectorSearch:
    """The HNSW index over stored article embeddings, kept in the app and refreshed incrementally."""

    def __init__(self, queries: Queries, embedder: Embedder) -> None:
        self.queries = queries
        self.embedder = embedder
        self.index: VectorIndex | None = None
        self.state = "idle"  # idle, building, ready, disabled
        self._position = 0
        self._lock = threading.Lock()
        self._vectors: OrderedDict[str, npt.NDArray[np.float32]] = OrderedDict()
        self._vector_lock = threading.Lock()

    def start(self) -> threading.Thread:
        thread = threading.Thread(target=self.refresh, name="storywire-vector-index", daemon=True)
        thread.start()
        return thread

    def refresh(self) -> None:
        """Add embeddings stored since the last refresh; never blocks a search (skips when busy)."""
        if not self._lock.acquire(blocking=False):
            return
        try:
            if self.state == "disabled":
                return
            if self.index is None:
                self.state = "building"
            position, ids, vectors = self.queries.embeddings_since(self._position)
            if vectors:
                matrix = np.asarray(vectors, dtype=np.float32)
                if matrix.ndim != 2 or matrix.shape[1] != self.embedder.dim:
                    log.warning("stored embeddings (%s) do not match the query embedder; vectors off", matrix.shape)
                    self.state = "disabled"
                    return
                if self.index is None:
                    self.index = VectorIndex(self.embedder.dim)
                self.index.add(ids, matrix)
            self._position = position
            self.state = "ready"
        except Exception:  # the index is an accelerator: search goes on without it
            log.exception("vector index refresh failed")
            self.state = "disabled"
        finally:
            self._lock.release()

    def query_vector(self, text: str) -> npt.NDArray[np.float32]:
        with self._vector_lock:
            found = self._vectors.get(text)
            if found is not None:
                self._vectors.move_to_end(text)
                return found
        vector = np.asarray(self.embedder.embed_query([text])[0], dtype=np.float32)
        with self._vector_lock:
            self._vectors[text] = vector
            while len(self._vectors) > QUERY_CACHE:
                self._vectors.popitem(last=False)
        return vector

    def search(self, text: str, limit: int) -> list[str]:
        if self.state == "ready":
            self.refresh()
        index = self.index
        if index is None or self.state != "ready" or not len(index):
            return []
        hits = index.search(self.query_vector(text), limit)
        return [article_id for article_id, score in hits if score >= MIN_SIMILARITY]


class CrossLingualSearch:
    def __init__(self, queries: Queries, embedder: Embedder | None) -> None:
        self.queries = queries
        self.vectors = VectorSearch(queries, embedder) if embedder is not None else None

    def search(self, text: str, limit: int, language: str | None = None) -> Record:
        text = text.strip()
        depth = max(limit * 3, 30)
        entities = self.queries.match_entities(text) if text else []
        rankings: dict[str, list[tuple[str, str]]] = {
            "text": self.queries.text_hits(text, depth) if text else [],
            "alias": self.queries.alias_hits(entities, text, depth) if entities else [],
        }
        vector_ids = self.vectors.search(text, depth) if self.vectors and text else []
        rankings["vector"] = [(article_id, "") for article_id in vector_ids]
        scores: dict[str, float] = {}
        snippets: dict[str, str] = {}
        matched: dict[str, list[str]] = {}
        for name, ranking in rankings.items():
            for rank, (article_id, snippet) in enumerate(ranking):
                scores[article_id] = scores.get(article_id, 0.0) + 1.0 / (FUSION_K + rank + 1)
                if snippet and article_id not in snippets:
                    snippets[article_id] = snippet
                matched.setdefault(article_id, []).append(name)
        ordered = sorted(scores, key=lambda i: (-scores[i], i))
        briefs = self.queries.articles_brief(ordered[: depth * 2])
        hits: list[dict[str, Any]] = []
        for article_id in ordered:
            brief = briefs.get(article_id)
            if brief is None or (language and brief["language"] != language):
                continue
            hits.append(
                {
                    **brief,
                    "snippet": snippets.get(article_id, ""),
                    "score": round(scores[article_id], 6),
                    "matched_by": matched[article_id],
                }
            )
            if len(hits) == limit:
                break
        return {
            "query": text,
            "entities": list(self.queries.names(entities).values()),
            "languages": sorted({str(h["language"]) for h in hits if h["language"]}),
            "vectors": self.vectors.state if self.vectors else "off",
            "hits": hits,
        }
