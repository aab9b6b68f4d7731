"""The store interface: what the pipeline, CLI and API need from storage.

Two implementations: `MemoryStore` (tests, notebooks) and `SQLiteStore` (the embedded
default).  Every write of one ingest batch goes through `commit_batch`, which is atomic:
after a crash, a batch is either wholly there or wholly absent, so an ingest can simply be
run again.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from storywire.model import Article, Event, Rejection, Story


class StoreError(Exception):
    """A storage problem the user can act on (unreadable file, newer schema, ...)."""


class NotFound(StoreError):
    pass


@dataclass
class SearchHit:
    article_id: str
    title: str | None
    snippet: str
    score: float


@dataclass
class Batch:
    """Everything one ingest step writes, committed together."""

    articles: list[Article] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)  # registry records to upsert
    removed_entities: list[str] = field(default_factory=list)
    corrections: list[dict[str, Any]] | None = None  # replaces the stored list when given
    stories: list[Story] = field(default_factory=list)
    removed_stories: list[str] = field(default_factory=list)
    story_redirects: dict[str, str] = field(default_factory=dict)  # retired story id -> surviving id
    events: list[Event] = field(default_factory=list)  # upserted by id
    removed_events: list[str] = field(default_factory=list)


class Store(Protocol):
    def find_duplicate(self, url: str | None, content_hash: str) -> str | None:
        """The id of a stored article with this URL or content hash, if any."""
        ...

    def commit_batch(self, batch: Batch) -> None: ...

    def get_article(self, article_id: str) -> Article | None: ...

    def iter_articles(self) -> Iterator[Article]: ...

    def article_count(self) -> int: ...

    def get_story(self, story_id: str) -> Story | None:
        """The story, following redirects left by merges."""
        ...

    def iter_embeddings(self) -> Iterator[tuple[str, str | None, list[float]]]:
        """(article id, published ISO date or None, vector) for every embedded article."""
        ...

    def iter_stories(self) -> Iterator[Story]: ...

    def rejections(self) -> list[Rejection]: ...

    def get_event(self, event_id: str) -> Event | None: ...

    def iter_events(self) -> Iterator[Event]: ...

    def entity_records(self) -> list[dict[str, Any]]: ...

    def corrections(self) -> list[dict[str, Any]]: ...

    def search(self, query: str, limit: int = 20) -> list[SearchHit]: ...

    def close(self) -> None: ...


def story_articles(store: Store, story: Story) -> Sequence[Article]:
    found = (store.get_article(a) for a in story.articles)
    return [a for a in found if a is not None]
