"""Approximate nearest neighbours over article embeddings (faiss HNSW, inner product).

The index is a side file beside the database (`<db>.index`): everything in it can be rebuilt
from the embeddings kept in the store, so it is written after commits and rebuilt whenever
it is missing, stale or unreadable.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

HNSW_NEIGHBOURS = 32
SEARCH_DEPTH = 96


class VectorIndex:
    def __init__(self, dim: int) -> None:
        import faiss

        self.dim = dim
        self._index: Any = faiss.IndexHNSWFlat(dim, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
        self._index.hnsw.efSearch = SEARCH_DEPTH
        self._index.hnsw.efConstruction = 80
        self.ids: list[str] = []
        self._known: set[str] = set()

    def __len__(self) -> int:
        return len(self.ids)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._known

    def add(self, ids: Iterable[str], vectors: npt.NDArray[np.float32]) -> None:
        """Add vectors (L2-normalised) under article ids; ids already present are skipped."""
        fresh = [(i, row) for i, row in zip(ids, np.atleast_2d(vectors), strict=True) if i not in self._known]
        if not fresh:
            return
        matrix = np.ascontiguousarray(np.stack([row for _, row in fresh]).astype(np.float32))
        self._index.add(matrix)
        for article_id, _ in fresh:
            self.ids.append(article_id)
            self._known.add(article_id)

    def search(self, vector: npt.NDArray[np.float32], k: int = 20) -> list[tuple[str, float]]:
        """The k nearest article ids with their cosine similarity, best first."""
        if not self.ids:
            return []
        query = np.ascontiguousarray(np.atleast_2d(vector).astype(np.float32))
        scores, rows = self._index.search(query, min(k, len(self.ids)))
        return [(self.ids[r], float(s)) for r, s in zip(rows[0], scores[0], strict=True) if r >= 0]

    def reconstruct(self, row: int) -> npt.NDArray[np.float32]:
        return np.asarray(self._index.reconstruct(row), dtype=np.float32)

    def save(self, path: Path) -> None:
        import faiss

        temporary = path.with_suffix(path.suffix + ".tmp")
        faiss.write_index(self._index, str(temporary))
        temporary.replace(path)
        ids_path = path.with_suffix(path.suffix + ".ids")
        ids_temporary = path.with_suffix(path.suffix + ".ids.tmp")
        ids_temporary.write_text(json.dumps(self.ids), encoding="utf-8")
        ids_temporary.replace(ids_path)

    @classmethod
    def load(cls, path: Path, dim: int) -> VectorIndex | None:
        """The saved index, or None when it is missing or unreadable (then rebuild it)."""
        import faiss

        ids_path = path.with_suffix(path.suffix + ".ids")
        try:
            raw = faiss.read_index(str(path))
            ids = json.loads(ids_path.read_text(encoding="utf-8"))
        except (OSError, RuntimeError, ValueError):
            return None
        if raw.d != dim or raw.ntotal != len(ids):
            return None
        index = cls(dim)
        index._index = raw
        index._index.hnsw.efSearch = SEARCH_DEPTH
        index.ids = list(ids)
        index._known = set(ids)
        return index


def window_bucket(day: date | None) -> str:
    """The index shard an article lives in: its ISO year and week, or 'undated'."""
    if day is None:
        return "undated"
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def window_buckets(day: date | None, days: int) -> list[str]:
    """Every shard that may hold an article published within `days` of `day` (plus 'undated')."""
    if day is None:
        return ["undated"]
    found = {window_bucket(day + timedelta(days=offset)) for offset in range(-days, days + 1)}
    return [*sorted(found), "undated"]


class WindowedIndex:
    """One HNSW index per publication week, so a search only ever sees its time window.

    A global index would fill its top-k with look-alikes from other months (the same actors
    meet again and again), crowding out the candidates inside the window.
    """

    def __init__(self, dim: int) -> None:
        self.dim = dim
        self.shards: dict[str, VectorIndex] = {}
        self.where: dict[str, tuple[str, int]] = {}  # article id -> (shard, row)

    def __len__(self) -> int:
        return len(self.where)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self.where

    def add(self, article_id: str, day: date | None, vector: npt.NDArray[np.float32]) -> None:
        if article_id in self.where:
            return
        key = window_bucket(day)
        shard = self.shards.get(key)
        if shard is None:
            shard = self.shards[key] = VectorIndex(self.dim)
        shard.add([article_id], vector)
        self.where[article_id] = (key, len(shard) - 1)

    def search(self, vector: npt.NDArray[np.float32], day: date | None, days: int, k: int) -> list[tuple[str, float]]:
        hits: list[tuple[str, float]] = []
        for key in window_buckets(day, days):
            shard = self.shards.get(key)
            if shard is not None:
                hits.extend(shard.search(vector, k))
        hits.sort(key=lambda hit: -hit[1])
        return hits[:k]

    def vector(self, article_id: str) -> npt.NDArray[np.float32] | None:
        found = self.where.get(article_id)
        if found is None:
            return None
        key, row = found
        return self.shards[key].reconstruct(row)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        for key, shard in self.shards.items():
            shard.save(folder / f"{key}.faiss")

    @classmethod
    def load(cls, folder: Path, dim: int, expected: int) -> WindowedIndex | None:
        """The saved shards if they hold exactly `expected` vectors, else None (rebuild)."""
        index = cls(dim)
        for path in sorted(folder.glob("*.faiss")) if folder.is_dir() else []:
            shard = VectorIndex.load(path, dim)
            if shard is None:
                return None
            index.shards[path.stem] = shard
            for row, article_id in enumerate(shard.ids):
                index.where[article_id] = (path.stem, row)
        return index if len(index.where) == expected else None
