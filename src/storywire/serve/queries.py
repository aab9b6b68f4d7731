"""The read queries behind the HTTP API.

`Queries` answers them in plain Python over any `Store` (the path `MemoryStore` takes);
`SQLQueries` (serve/sql_queries.py) answers the same questions with indexed SQL over a
`SQLiteStore`.  Both return JSON-ready dicts in the export shapes (storywire.export), so the
routes never see the store.
"""

from __future__ import annotations

import bisect
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt
from anyascii import anyascii

from storywire.export import article_record, entity_records, event_record, story_record
from storywire.model import Article, Event, Story
from storywire.serve.saved_index import SavedIndex
from storywire.serve.snippets import snippet
from storywire.store.base import Store
from storywire.store.text_search import fold, query_terms, searchable_text

Matrix = npt.NDArray[np.float32]

Record = dict[str, Any]
Page = tuple[int, list[Record]]
T = TypeVar("T")
MAX_STORY_ARTICLES = 200
MAX_ALIAS_ENTITIES = 8


@dataclass(frozen=True)
class StoryFilter:
    since: date | None = None
    until: date | None = None
    language: str | None = None
    entity: str | None = None
    q: str | None = None


@dataclass(frozen=True)
class EventFilter:
    type: str | None = None
    actor: str | None = None
    place: str | None = None
    since: date | None = None
    until: date | None = None
    story: str | None = None


def translit_key(text: str) -> str:
    """A script-blind key for an alias: 'Шойгу', 'Shoigu' and 'Shoïgu' come close ('shoygu'/'shoigu')."""
    return " ".join(fold(anyascii(fold(text))).replace("y", "i").replace("'", "").split())


def event_day_ok(value: str | None, since: date | None, until: date | None) -> bool:
    """Whether a TIMEX-like event date falls in [since, until]; open bounds pass, unknown dates fail a bound."""
    if since is None and until is None:
        return True
    if not value:
        return False
    head = value[:10]
    return (since is None or head >= since.isoformat()[: len(head)]) and (
        until is None or head[:10] <= until.isoformat()
    )


def story_summary(story: Story, articles: Iterable[Article]) -> Record:
    members = list(articles)
    return {
        **story_record(story),
        "article_count": len(story.articles),
        "sources": sorted({a.source for a in members if a.source}),
    }


def article_brief(article: Article) -> Record:
    return {
        "id": article.id,
        "title": article.title,
        "language": article.language,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
        "url": article.url,
        "story": article.story_id,
    }


class Cache:
    """Values computed once per store generation (see Queries.generation).

    One thread computes a missing value while the others asking for it wait: on a busy
    server every pool thread used to rebuild the same table at once (40 builds of the alias
    keys saturated both cores for seconds after start-up).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: dict[str, tuple[object, Any]] = {}
        self._building: dict[str, threading.Lock] = {}

    def get(self, name: str, generation: object, compute: Callable[[], T]) -> T:
        with self._lock:
            found = self._values.get(name)
            building = self._building.setdefault(name, threading.Lock())
        if found is not None and found[0] == generation:
            value: T = found[1]
            return value
        with building:
            with self._lock:
                found = self._values.get(name)
            if found is not None and found[0] == generation:
                value = found[1]
                return value
            value = compute()
            with self._lock:
                self._values[name] = (generation, value)
        return value


class Queries:
    """Plain-Python answers over any Store; fine for MemoryStore and small stores."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.cache = Cache()
        self._generation = 0

    # -- bookkeeping -------------------------------------------------------------------------
    def generation(self) -> object:
        """Changes whenever the store may have changed (bumped after each API ingest)."""
        return self._generation

    def touch(self) -> None:
        self._generation += 1

    def counts(self) -> Record:
        return {
            "articles": self.store.article_count(),
            "stories": sum(1 for _ in self.store.iter_stories()),
            "entities": len(self.store.entity_records()),
            "events": sum(1 for _ in self.store.iter_events()),
        }

    # -- entities ----------------------------------------------------------------------------
    def entity_table(self) -> dict[str, Record]:
        """Current entity records by id; retired (merged) ids point at the current record."""

        def build() -> dict[str, Record]:
            table: dict[str, Record] = {}
            records = self.store.entity_records()
            for record in records:
                table[record["id"]] = record
            for record in records:
                for old in record.get("merged_ids") or []:
                    table.setdefault(old, record)
            return table

        return self.cache.get("entities", self.generation(), build)

    def alias_keys(self) -> tuple[dict[str, set[str]], list[str]]:
        """Alias key -> entity ids, and the sorted keys (for prefix look-ups).

        Keys are each alias folded and transliterated to Latin, whole and from each word on,
        so 'Шойгу', 'shoigu' and 'Sergei Shoigu' all reach the same entity.
        """

        def build() -> tuple[dict[str, set[str]], list[str]]:
            keys: dict[str, set[str]] = defaultdict(set)
            for entity_id, record in self.entity_table().items():
                if entity_id != record["id"]:
                    continue
                names = {record.get("name") or ""}
                for forms in (record.get("aliases") or {}).values():
                    names.update(forms)
                for name in names:
                    for form in {fold(name).strip(), translit_key(name)}:
                        words = form.split()
                        for i in range(len(words)):
                            keys[" ".join(words[i:])].add(entity_id)
            return dict(keys), sorted(keys)

        return self.cache.get("alias_keys", self.generation(), build)

    def entity_ids(self, entity_id: str) -> list[str]:
        """The id and every retired id that now means the same entity."""
        record = self.entity_table().get(entity_id)
        if record is None:
            return [entity_id]
        return [record["id"], *(record.get("merged_ids") or [])]

    def names(self, ids: Iterable[str]) -> dict[str, Record]:
        table = self.entity_table()
        out = {}
        for entity_id in ids:
            record = table.get(entity_id)
            if record:
                out[entity_id] = {"id": record["id"], "name": record.get("name"), "type": record.get("type")}
        return out

    def entity_brief(self, record: Record) -> Record:
        by_language: dict[str, list[str]] = record.get("aliases") or {}
        return {
            "id": record["id"],
            "name": record.get("name"),
            "type": record.get("type"),
            "aliases": sorted({form for forms in by_language.values() for form in forms}),
            "aliases_by_language": by_language,
            "country": record.get("country"),
            "latitude": record.get("latitude"),
            "longitude": record.get("longitude"),
        }

    def match_entities(self, text: str, limit: int = MAX_ALIAS_ENTITIES) -> list[str]:
        """Entities one of whose aliases (any script) is the query, or has a word starting with it."""
        keys, ordered = self.alias_keys()
        wanted = [w for w in {" ".join(fold(text).split()), translit_key(text)} if w]
        exact: set[str] = set()
        partial: set[str] = set()
        for key in wanted:
            exact.update(keys.get(key, ()))
            at = bisect.bisect_left(ordered, key)
            while at < len(ordered) and ordered[at].startswith(key) and len(partial) < 1000:
                partial.update(keys[ordered[at]])
                at += 1
        return sorted(exact)[:limit] + sorted(partial - exact)[: max(0, limit - len(exact))]

    def find_entities(self, q: str | None, kind: str | None, limit: int, offset: int) -> Page:
        if q and q.strip():
            found = [self.entity_table()[i] for i in self.match_entities(q, limit=10_000)]
        else:
            found = [r for i, r in self.entity_table().items() if i == r["id"]]
            found.sort(key=lambda r: (str(r.get("name") or "").casefold(), r["id"]))
        if kind:
            found = [r for r in found if r.get("type") == kind]
        return len(found), [self.entity_brief(r) for r in found[offset : offset + limit]]

    def entity(self, entity_id: str) -> Record | None:
        record = self.entity_table().get(entity_id)
        if record is None:
            return None
        brief = self.entity_brief(record)
        brief["article_count"] = len(self.entity_article_ids(record["id"]))
        return brief

    def entity_article_ids(self, entity_id: str) -> list[str]:
        ids = set(self.entity_ids(entity_id))
        return [a.id for a in self.store.iter_articles() if any(m.entity_id in ids for m in a.mentions)]

    # -- stories -----------------------------------------------------------------------------
    def _story_matches(self, story: Story, members: list[Article], where: StoryFilter) -> bool:
        if where.since and (story.last_published or date.max) < where.since:
            return False
        if where.until and (story.first_published or date.min) > where.until:
            return False
        if where.language and where.language not in {a.language for a in members}:
            return False
        if where.entity:
            ids = set(self.entity_ids(where.entity))
            if not any(m.entity_id in ids for a in members for m in a.mentions):
                return False
        if where.q:
            terms = query_terms(where.q)
            texts = [searchable_text(f"{a.title or ''} {a.text}") for a in members]
            if not terms or not any(all(t in text for t in terms) for text in texts):
                return False
        return True

    def list_stories(self, where: StoryFilter, limit: int, offset: int) -> Page:
        articles = {a.id: a for a in self.store.iter_articles()}
        chosen = []
        for story in self.store.iter_stories():
            members = [articles[i] for i in story.articles if i in articles]
            if self._story_matches(story, members, where):
                chosen.append(story_summary(story, members))
        chosen.sort(key=lambda s: (s["last_published"] or "", s["id"]), reverse=True)
        return len(chosen), chosen[offset : offset + limit]

    def story(self, story_id: str) -> Record | None:
        story = self.store.get_story(story_id)
        if story is None:
            return None
        members = [a for a in (self.store.get_article(i) for i in story.articles[:MAX_STORY_ARTICLES]) if a]
        events = [e for e in self.store.iter_events() if e.story_id == story.id]
        return self.story_view(story, members, events)

    def story_view(self, story: Story, members: list[Article], events: list[Event]) -> Record:
        table = self.entity_table()
        by_language: dict[str, list[Record]] = defaultdict(list)
        counts: Counter[str] = Counter()
        for article in sorted(members, key=lambda a: (a.published or date.min, a.id)):
            view = self.article_view(article)
            by_language[article.language or "und"].append(view)
            counts.update({m["entity"] for m in view["mentions"] if m["entity"]})
        ids = {i for e in events for i in [*e.actors, *([e.place] if e.place else [])]}
        return {
            "story": story_summary(story, members),
            "languages": [{"language": k, "articles": v} for k, v in sorted(by_language.items())],
            "entities": [{**self.names([i])[i], "articles": n} for i, n in counts.most_common(30) if i in table],
            "events": self.event_views(events),
            "names": self.names(ids),
        }

    def article_view(self, article: Article) -> Record:
        table = self.entity_table()
        mentions = []
        for m in article.mentions:
            record = table.get(m.entity_id or "")
            entity = record["id"] if record else None
            mentions.append({"start": m.start, "end": m.end, "text": m.text, "type": m.type, "entity": entity})
        return {**article_brief(article), "text": article.text, "mentions": mentions}

    # -- articles ----------------------------------------------------------------------------
    def list_articles(
        self, language: str | None, story: str | None, since: date | None, until: date | None, limit: int, offset: int
    ) -> Page:
        found = [
            a
            for a in self.store.iter_articles()
            if (language is None or a.language == language)
            and (story is None or a.story_id == story)
            and (since is None or (a.published is not None and a.published >= since))
            and (until is None or (a.published is not None and a.published <= until))
        ]
        found.sort(key=lambda a: (a.published or date.min, a.id), reverse=True)
        return len(found), [article_brief(a) for a in found[offset : offset + limit]]

    def article(self, article_id: str) -> Record | None:
        article = self.store.get_article(article_id)
        if article is None:
            return None
        return {**article_record(article), **self.article_view(article)}

    def articles_brief(self, ids: list[str]) -> dict[str, Record]:
        found = (self.store.get_article(i) for i in ids)
        return {a.id: article_brief(a) for a in found if a}

    # -- events ------------------------------------------------------------------------------
    def _event_ok(self, event: Event, where: EventFilter) -> bool:
        if where.type and event.type != where.type:
            return False
        if where.actor and not set(self.entity_ids(where.actor)) & set(event.actors):
            return False
        if where.place and event.place not in self.entity_ids(where.place):
            return False
        if where.story and event.story_id != where.story:
            return False
        return event_day_ok(event.date, where.since, where.until)

    def list_events(self, where: EventFilter, limit: int, offset: int) -> Page:
        found = [e for e in self.store.iter_events() if self._event_ok(e, where)]
        return len(found), self.event_views(found[offset : offset + limit])

    def event_views(self, events: list[Event]) -> list[Record]:
        views = []
        for event in events:
            ids = [*event.actors, *([event.place] if event.place else [])]
            views.append({**event_record(event), "names": self.names(ids)})
        return views

    def timeline(self, entity_id: str) -> Record:
        ids = set(self.entity_ids(entity_id))
        events = [e for e in self.store.iter_events() if ids & {*e.actors, e.place}]
        days: Counter[str] = Counter()
        for article in self.store.iter_articles():
            if article.published and any(m.entity_id in ids for m in article.mentions):
                days[article.published.isoformat()] += 1
        mentions = [{"date": d, "articles": n} for d, n in sorted(days.items())]
        return {"events": self.event_views(events), "mentions": mentions}

    def network(self, kind: str | None, since: date | None, until: date | None, limit: int) -> Record:
        where = EventFilter(type=kind, since=since, until=until)
        events = [e for e in self.store.iter_events() if self._event_ok(e, where)]
        return self.network_from(events, limit)

    def network_from(self, events: Iterable[Event], limit: int) -> Record:
        table = self.entity_table()
        weights: Counter[tuple[str, str]] = Counter()
        types: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        for event in events:
            current = sorted({table[a]["id"] if a in table else a for a in event.actors})
            for i, a in enumerate(current):
                for b in current[i + 1 :]:
                    weights[(a, b)] += 1
                    types[(a, b)][event.type] += 1
        edges: list[Record] = [
            {"source": a, "target": b, "events": n, "types": dict(types[(a, b)])}
            for (a, b), n in weights.most_common(limit)
        ]
        ids: set[str] = {e["source"] for e in edges} | {e["target"] for e in edges}
        degree: Counter[str] = Counter()
        for edge in edges:
            degree[edge["source"]] += edge["events"]
            degree[edge["target"]] += edge["events"]
        names = self.names(ids)
        nodes = [{**names.get(i, {"id": i, "name": i, "type": None}), "events": degree[i]} for i in sorted(ids)]
        return {"nodes": nodes, "edges": edges}

    # -- storylines, volume ------------------------------------------------------------------
    def storylines(self, limit: int, offset: int) -> Page:
        groups: dict[str, list[Story]] = defaultdict(list)
        for story in self.store.iter_stories():
            if story.storyline_id:
                groups[story.storyline_id].append(story)
        lines = [self._storyline(k, v) for k, v in groups.items()]
        lines.sort(key=lambda s: (s["last_published"] or "", s["id"]), reverse=True)
        return len(lines), lines[offset : offset + limit]

    def storyline(self, storyline_id: str) -> Record | None:
        stories = [s for s in self.store.iter_stories() if s.storyline_id == storyline_id]
        return self._storyline(storyline_id, stories) if stories else None

    @staticmethod
    def _storyline(storyline_id: str, stories: list[Story]) -> Record:
        stories = sorted(stories, key=lambda s: (s.first_published or date.min, s.id))
        firsts = [s.first_published for s in stories if s.first_published]
        lasts = [s.last_published for s in stories if s.last_published]
        return {
            "id": storyline_id,
            "title": stories[-1].title if stories else "",
            "first_published": min(firsts).isoformat() if firsts else None,
            "last_published": max(lasts).isoformat() if lasts else None,
            "languages": sorted({lang for s in stories for lang in s.languages}),
            "stories": [story_record(s) for s in stories],
        }

    def volume(self, since: date | None, until: date | None) -> list[Record]:
        articles: Counter[str] = Counter()
        stories: dict[str, set[str]] = defaultdict(set)
        for article in self.store.iter_articles():
            day = article.published
            if day is None or (since and day < since) or (until and day > until):
                continue
            articles[day.isoformat()] += 1
            if article.story_id:
                stories[day.isoformat()].add(article.story_id)
        return [{"date": d, "articles": n, "stories": len(stories[d])} for d, n in sorted(articles.items())]

    # -- search building blocks (serve/search.py combines them) --------------------------------
    # Each leg gives (article id, the words its snippet centres on); snippets are cut afterwards,
    # only for the hits a response returns.
    def text_hits(self, query: str, limit: int) -> list[tuple[str, str]]:
        """Articles with every term of the query, best first."""
        return [(h.article_id, query) for h in self.store.search(query, limit)]

    def alias_hits(self, entity_ids: list[str], query: str, limit: int) -> list[tuple[str, str]]:
        """Articles that mention any of these entities, in any language (snippet at the mention)."""
        ids = {i for e in entity_ids for i in self.entity_ids(e)}
        hits = []
        for article in self.store.iter_articles():
            mention = next((m for m in article.mentions if m.entity_id in ids), None)
            if mention:
                hits.append((article.id, mention.text))
            if len(hits) >= limit:
                break
        return hits

    def snippets(self, words: dict[str, str]) -> dict[str, str]:
        """A snippet of each article around its words."""
        found = ((i, self.store.get_article(i)) for i in words)
        return {i: snippet(a.text, words[i]) for i, a in found if a}

    def saved_index(self) -> SavedIndex | None:
        """Where the search index is kept between runs and shared by processes (None: in memory only)."""
        return None

    def embeddings_until(self, position: int) -> int:
        """How many stored embeddings are at or before `position`."""
        return min(position, sum(1 for _ in self.store.iter_embeddings()))

    def embeddings_since(self, after: int) -> tuple[int, list[str], Matrix]:
        """Stored article embeddings added after position `after` (a rowid for SQLite), as the
        new position, their article ids and one float32 row each."""
        stored = list(self.store.iter_embeddings())
        fresh = stored[after:]
        ids = [article_id for article_id, _, _ in fresh]
        return len(stored), ids, np.asarray([vector for _, _, vector in fresh], dtype=np.float32)

    # -- export --------------------------------------------------------------------------------
    def export_rows(self, table: str) -> Iterator[Record]:
        if table == "articles":
            yield from (article_record(a) for a in self.store.iter_articles())
        elif table == "stories":
            yield from (story_record(s) for s in self.store.iter_stories())
        elif table == "events":
            yield from (event_record(e) for e in self.store.iter_events())
        else:
            yield from self.entity_export()

    def entity_export(self) -> list[Record]:
        """Entity records in the export shape, mentions gathered in one pass without holding articles."""
        records = entity_records(self.store, [])
        mentions: dict[str, list[Record]] = defaultdict(list)
        table = self.entity_table()
        for article in self.store.iter_articles():
            for m in article.mentions:
                if m.entity_id and m.entity_id in table:
                    current = table[m.entity_id]["id"]
                    mentions[current].append({"article": article.id, "start": m.start, "end": m.end, "text": m.text})
        for record in records:
            record["mentions"] = mentions.get(record["id"], [])
        return records
