"""Cross-lingual search: a query in one language finds articles in every language.

Three rankings are fused by reciprocal rank:
  * full text (FTS5, every term quoted, so query syntax is never parsed),
  * entity aliases: a query that names an entity in any script ('Шойгу') expands to all of
    that entity's aliases ('Shoigu', 'Choïgou', 'Шойгу', ...) and finds articles in all of them,
  * embedding similarity: the query's E5 vector against a cached HNSW index of the stored
    article embeddings (built in the background at start, topped up as articles arrive).
    The vector is computed beside the other two legs (serve/query_vectors.py); under
    overload a search may go without it, and says so (`vectors: "busy"`).
Snippets are cut only for the hits returned, from the words that found each one.
Whole answers are kept in a small LRU keyed on the query, its filters and the store generation,
so a popular query costs one dict look-up until the store changes.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from concurrent.futures import Future

from storywire.index import VectorIndex
from storywire.serve.queries import Queries, Record
from storywire.serve.query_vectors import CPU_SHARE, WAIT_SECONDS, QueryEncoder, Vector
from storywire.serve.saved_index import SavedIndex
from storywire.stages.embed import Embedder

log = logging.getLogger("storywire.serve")
FUSION_K = 60
MIN_SIMILARITY = 0.2
CACHED_ANSWERS = 2048
# only complete answers are kept: a "busy" or "building" one lacks its embedding leg, and the
# next asker may well get it; "off" and "disabled" stay so until the server restarts
COMPLETE = frozenset({"ready", "off", "disabled"})


class VectorSearch:
    """The HNSW index over stored article embeddings, kept in the app and refreshed incrementally."""

    def __init__(
        self, queries: Queries, embedder: Embedder, wait: float = WAIT_SECONDS, share: float = CPU_SHARE
    ) -> None:
        self.queries = queries
        self.embedder = embedder
        self.encoder = QueryEncoder(embedder, wait, share=share)
        self.index: VectorIndex | None = None
        self.state = "idle"  # idle, building, ready, disabled
        self._position = 0
        self._started = False
        self._lock = threading.Lock()

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
            if not self._started:
                self._started = True
                self.state = "building"
                saved = self.queries.saved_index()
                if saved is not None:
                    with saved.locked():  # one process builds; the others load what it saved
                        self._build(saved)
                    return
            self._top_up()
        except Exception:  # the index is an accelerator: search goes on without it
            log.exception("vector index refresh failed")
            self.state = "disabled"
        finally:
            self._lock.release()

    def _build(self, saved: SavedIndex) -> None:
        found = saved.load(self.embedder.dim)
        if found is not None and self.queries.embeddings_until(found[1]) == len(found[0]):
            self.index, self._position = found
            self._top_up()
            return
        self._top_up()
        if self.index is not None and self.state == "ready":
            saved.save(self.index, self._position)

    def _top_up(self) -> None:
        """Add the embeddings stored since the last position (lock held)."""
        position, ids, matrix = self.queries.embeddings_since(self._position)
        if len(ids):
            if matrix.ndim != 2 or matrix.shape[1] != self.embedder.dim:
                log.warning("stored embeddings (%s) do not match the query embedder; vectors off", matrix.shape)
                self.state = "disabled"
                return
            if self.index is None:
                self.index = VectorIndex(self.embedder.dim)
            self.index.add(ids, matrix)
        self._position = position
        self.state = "ready"

    def usable(self) -> bool:
        """Whether the index is ready and holds vectors (topped up with any stored since)."""
        if self.state == "ready":
            self.refresh()
        return self.index is not None and self.state == "ready" and len(self.index) > 0

    def search(self, future: Future[Vector] | None, limit: int) -> list[str] | None:
        """Article ids near the query's vector; None when the encoder was too busy to give one."""
        index = self.index
        vector = self.encoder.vector(future)
        if index is None or vector is None:
            return None
        hits = index.search(vector, limit)
        return [article_id for article_id, score in hits if score >= MIN_SIMILARITY]


class AnswerCache:
    """A thread-safe LRU of search answers; a key holds the store generation, so a change misses."""

    def __init__(self, size: int = CACHED_ANSWERS) -> None:
        self.size = size
        self._answers: OrderedDict[tuple[object, ...], Record] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[object, ...]) -> Record | None:
        with self._lock:
            found = self._answers.get(key)
            if found is not None:
                self._answers.move_to_end(key)
            return found

    def put(self, key: tuple[object, ...], answer: Record) -> None:
        with self._lock:
            self._answers[key] = answer
            self._answers.move_to_end(key)
            while len(self._answers) > self.size:
                self._answers.popitem(last=False)

    def __len__(self) -> int:
        return len(self._answers)


class CrossLingualSearch:
    def __init__(
        self, queries: Queries, embedder: Embedder | None, wait: float = WAIT_SECONDS, share: float = CPU_SHARE
    ) -> None:
        """`share`: of one core, the most this process's query encoder may take (see query_vectors)."""
        self.queries = queries
        self.vectors = VectorSearch(queries, embedder, wait, share) if embedder is not None else None
        self.answers = AnswerCache()

    def warm(self) -> None:
        """Build the per-generation tables a first search needs (entities, alias keys, the
        full-text document count) and load the query encoder before requests arrive, so that
        none of them waits for it."""
        try:
            self.queries.alias_keys()
            self.queries.text_hits("news", 1)
            if self.vectors is not None:
                self.vectors.encoder.warm()
        except Exception:  # warming is an optimisation: a failing store shows on the first request
            log.exception("warming the search tables failed")

    def cached(self, text: str, limit: int, language: str | None = None) -> Record | None:
        """The cached answer, if any: cheap enough for the event loop (a dict look-up)."""
        return self.answers.get((text.strip(), limit, language, self.queries.generation()))

    def search(self, text: str, limit: int, language: str | None = None) -> Record:
        """The fused answer; callers must not modify it (it may be the cached one)."""
        text = text.strip()
        key = (text, limit, language, self.queries.generation())
        found = self.answers.get(key)
        if found is not None:
            return found
        answer = self._search(text, limit, language)
        if answer["vectors"] in COMPLETE:
            self.answers.put(key, answer)
        return answer

    def _search(self, text: str, limit: int, language: str | None) -> Record:
        depth = max(limit * 3, 30)
        vectors = self.vectors if self.vectors is not None and text and self.vectors.usable() else None
        # the encoder works in its own thread while the full-text legs run here
        pending = vectors.encoder.submit(text) if vectors is not None else None
        entities = self.queries.match_entities(text) if text else []
        rankings: dict[str, list[tuple[str, str]]] = {
            "text": self.queries.text_hits(text, depth) if text else [],
            "alias": self.queries.alias_hits(entities, text, depth) if entities else [],
        }
        state = self.vectors.state if self.vectors is not None else "off"
        if vectors is not None:
            near = vectors.search(pending, depth)
            state = "ready" if near is not None else "busy"
            rankings["vector"] = [(article_id, "") for article_id in near or []]
        scores: dict[str, float] = {}
        terms: dict[str, str] = {}
        matched: dict[str, list[str]] = {}
        for name, ranking in rankings.items():
            for rank, (article_id, words) in enumerate(ranking):
                scores[article_id] = scores.get(article_id, 0.0) + 1.0 / (FUSION_K + rank + 1)
                if words and article_id not in terms:
                    terms[article_id] = words
                matched.setdefault(article_id, []).append(name)
        ordered = sorted(scores, key=lambda i: (-scores[i], i))
        briefs, chosen = self._chosen(ordered[: depth * 2], limit, language)
        snippets = self.queries.snippets({i: terms[i] for i in chosen if i in terms})
        hits = [
            {**briefs[i], "snippet": snippets.get(i, ""), "score": round(scores[i], 6), "matched_by": matched[i]}
            for i in chosen
        ]
        return {
            "query": text,
            "entities": list(self.queries.names(entities).values()),
            "languages": sorted({str(h["language"]) for h in hits if h["language"]}),
            "vectors": state,
            "hits": hits,
        }

    def _chosen(self, ordered: list[str], limit: int, language: str | None) -> tuple[dict[str, Record], list[str]]:
        """The first `limit` stored hits (in `language`), and their briefs: read a page at a time,
        since without a language filter the first page is nearly always enough."""
        page = max(1, limit if language is None else len(ordered))
        briefs: dict[str, Record] = {}
        chosen: list[str] = []
        for start in range(0, len(ordered), page):
            ids = ordered[start : start + page]
            found = self.queries.articles_brief(ids)
            briefs.update(found)
            chosen += [i for i in ids if i in found and not (language and found[i]["language"] != language)]
            if len(chosen) >= limit:
                break
        return briefs, chosen[:limit]
