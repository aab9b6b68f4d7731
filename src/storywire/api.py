"""The Python API, for notebooks: `storywire.open(db)` gives the same powers as the CLI."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

from storywire.export import build_export, write_export
from storywire.ingest.formats import Item, record_to_item
from storywire.ingest.sources import read_inputs
from storywire.model import Article, Rejection, Story
from storywire.pipeline import DEFAULT_BATCH, IngestReport, Pipeline
from storywire.scale import analyser_for
from storywire.stages.embed import E5Embedder, Embedder, HashEmbedder
from storywire.store.base import SearchHit, Store
from storywire.store.memory import MemoryStore
from storywire.store.sqlite import SQLiteStore


def make_embedder(name: str) -> Embedder:
    """'e5' (the real cross-lingual encoder, default) or 'hash' (instant, for tests)."""
    if name == "e5":
        return E5Embedder()
    if name == "hash":
        return HashEmbedder()
    raise ValueError(f"unknown embedder {name!r}; choose e5 or hash")


def index_dir_for(store: Store) -> Path | None:
    """Where a file-backed store keeps its ANN side file: `<db>.index/` beside the database."""
    path = getattr(store, "path", None)
    return path.with_name(path.name + ".index") if isinstance(path, Path) else None


class Storywire:
    def __init__(self, store: Store, embedder: Embedder | None = None) -> None:
        self.store = store
        self._embedder = embedder
        self._pipeline: Pipeline | None = None
        self.batch_size = DEFAULT_BATCH
        self.workers = 1  # analysis processes; workers.AUTO: one per core for long ingests
        self.engine = "local"  # or "ray": the analysis on Ray actors (extra [scale]), `workers` of them
        self.ray_address: str | None = None  # the Ray cluster; None: $RAY_ADDRESS, else a local one

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = Pipeline(
                self.store,
                self._embedder,
                self.batch_size,
                index_dir_for(self.store),
                self.workers,
                analyser_for(self.engine, self.ray_address),
            )
        return self._pipeline

    def ingest(
        self,
        paths: Iterable[str | Path] = (),
        meta: str | Path | None = None,
        records: Iterable[dict[str, Any]] = (),
        stdin: BinaryIO | None = None,
    ) -> IngestReport:
        """Ingest files/folders (and '-' for stdin) and/or article records given as dicts."""
        items: list[Iterable[Item]] = [
            read_inputs([str(p) for p in paths], Path(meta) if meta else None, stdin=stdin),
            (record_to_item(record, f"record#{i}") for i, record in enumerate(records)),
        ]
        return self.pipeline.ingest(item for source in items for item in source)

    def stories(self) -> Iterator[Story]:
        return self.store.iter_stories()

    def story(self, story_id: str) -> Story | None:
        return self.store.get_story(story_id)

    def articles(self) -> Iterator[Article]:
        return self.store.iter_articles()

    def article(self, article_id: str) -> Article | None:
        return self.store.get_article(article_id)

    def rejections(self) -> list[Rejection]:
        return self.store.rejections()

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        return self.store.search(query, limit)

    def export(self, fmt: str = "json", out: str | Path | None = None) -> dict[str, Any] | list[Path]:
        """The export document as a dict (no `out`), or the files written in `fmt` under `out`."""
        if out is None:
            return build_export(self.store)
        return write_export(self.store, fmt, Path(out), sys.stdout)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Storywire:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


def open_store(db: str | Path | None) -> Store:
    return MemoryStore() if db is None or str(db) == ":memory:" else SQLiteStore(db)


def open(db: str | Path | None = None, embedder: str | Embedder = "e5") -> Storywire:  # noqa: A001
    """Open (or create) a storywire database; None or ':memory:' gives an in-memory one."""
    chosen = make_embedder(embedder) if isinstance(embedder, str) else embedder
    return Storywire(open_store(db), chosen)
