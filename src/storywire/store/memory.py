"""An in-memory store with the same behaviour as the SQLite one, for fast tests."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from storywire.model import Article, Event, Rejection, Story
from storywire.store.base import Batch, SearchHit
from storywire.store.text_search import make_snippet, query_terms, searchable_text


class MemoryStore:
    def __init__(self) -> None:
        self._articles: dict[str, Article] = {}
        self._by_url: dict[str, str] = {}
        self._by_hash: dict[str, str] = {}
        self._stories: dict[str, Story] = {}
        self._rejections: list[Rejection] = []
        self._entities: dict[str, dict[str, Any]] = {}
        self._corrections: list[dict[str, Any]] = []
        self._events: dict[str, Event] = {}
        self._redirects: dict[str, str] = {}

    def find_duplicate(self, url: str | None, content_hash: str) -> str | None:
        if url and url in self._by_url:
            return self._by_url[url]
        return self._by_hash.get(content_hash)

    def commit_batch(self, batch: Batch) -> None:
        for article in batch.articles:
            self._articles[article.id] = copy.deepcopy(article)
            if article.url:
                self._by_url.setdefault(article.url, article.id)
            if article.content_hash:
                self._by_hash.setdefault(article.content_hash, article.id)
        for rejection in batch.rejections:
            # the same input rejected again (a re-run) is one rejection, as in SQLite
            key = (rejection.origin, rejection.reason)
            self._rejections = [r for r in self._rejections if (r.origin, r.reason) != key]
            self._rejections.append(rejection)
        for record in batch.entities:
            self._entities[record["id"]] = copy.deepcopy(record)
        for entity_id in batch.removed_entities:
            self._entities.pop(entity_id, None)
        if batch.corrections is not None:
            self._corrections = copy.deepcopy(batch.corrections)
        for event_id in batch.removed_events:
            self._events.pop(event_id, None)
        for event in batch.events:
            self._events[event.id] = copy.deepcopy(event)
        for story_id in batch.removed_stories:
            self._stories.pop(story_id, None)
        self._redirects.update(batch.story_redirects)
        for story in batch.stories:
            self._stories[story.id] = copy.deepcopy(story)
            for member in story.articles:
                if member in self._articles:
                    self._articles[member].story_id = story.id

    def get_article(self, article_id: str) -> Article | None:
        found = self._articles.get(article_id)
        return copy.deepcopy(found) if found else None

    def iter_articles(self) -> Iterator[Article]:
        for article in list(self._articles.values()):
            yield copy.deepcopy(article)

    def iter_embeddings(self) -> Iterator[tuple[str, str | None, list[float]]]:
        for article in list(self._articles.values()):
            if article.embedding is not None:
                published = article.published.isoformat() if article.published else None
                yield article.id, published, list(article.embedding)

    def article_count(self) -> int:
        return len(self._articles)

    def get_story(self, story_id: str) -> Story | None:
        found = self._stories.get(self._redirects.get(story_id, story_id))
        return copy.deepcopy(found) if found else None

    def iter_stories(self) -> Iterator[Story]:
        for story in list(self._stories.values()):
            yield copy.deepcopy(story)

    def get_event(self, event_id: str) -> Event | None:
        found = self._events.get(event_id)
        return copy.deepcopy(found) if found else None

    def iter_events(self) -> Iterator[Event]:
        ordered = sorted(self._events.values(), key=lambda e: (e.date or "", e.id))
        for event in ordered:
            yield copy.deepcopy(event)

    def rejections(self) -> list[Rejection]:
        return list(self._rejections)

    def entity_records(self) -> list[dict[str, Any]]:
        return copy.deepcopy(list(self._entities.values()))

    def corrections(self) -> list[dict[str, Any]]:
        return copy.deepcopy(self._corrections)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        terms = query_terms(query)
        if not terms:
            return []
        hits = []
        for article in self._articles.values():
            haystack = searchable_text(f"{article.title or ''} {article.text}")
            score = sum(haystack.count(term) for term in terms)
            if all(term in haystack for term in terms):
                hits.append(SearchHit(article.id, article.title, make_snippet(article.text, query), float(score)))
        hits.sort(key=lambda hit: -hit.score)
        return hits[:limit]

    def close(self) -> None:
        return None
