"""Cross-document event merging: one happening reported by many articles is one `Event`.

Two reports are the same event when they have the same type, compatible modes (a phone
call is never a visit), compatible statuses (a planned meeting stays apart from the one
that happened), overlapping actors (one actor set contains the other, or their people
do: "China" + Shoigu joins Wang Yi + Shoigu, but Shoigu + Wang Yi never joins Shoigu +
Xi), dates that can be the same day within their precision, and places that can be the
same (equal, one unknown, or a city inside the other's country).  The merged event keeps
the most precise date, the most often reported place, the union of actors, every piece
of evidence, and the actors' roles from every report (one title per language, and the best
title and country shown: see events/roles.py).  Its id is recomputed from those fields, so
re-ingest gives the same ids; the ids an event leaves behind are reported as removed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator

from storywire.events.dates import compatible, span_days
from storywire.events.extract import Candidate, event_id, extract_candidates, qualifier
from storywire.events.roles import merge_roles, without_article
from storywire.identity.registry import EntityRegistry
from storywire.model import Article, Event, Evidence

_STATUS_GROUP = {"happened": "real", "reported": "real", "planned": "planned", "denied": "denied"}
_MODE_RANK = {"phone": 0, "multilateral": 1, "third-party": 2, "visit": 3}


def _id(event: Event) -> str:
    return event_id(event.type, event.actors, event.date, event.place, qualifier(event.mode, event.status))


def _modes_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or {a, b} == {"visit", "multilateral"}


class EventIndex:
    """Every known event, merged; loadable from stored events so merging spans ingest runs."""

    def __init__(
        self,
        is_person: Callable[[str], bool] | None = None,
        country_of: Callable[[str], str | None] | None = None,
        resolve: Callable[[str], str] | None = None,
        is_country: Callable[[str], bool] | None = None,
    ) -> None:
        self.events: dict[str, Event] = {}
        self.by_actor: dict[str, set[str]] = {}
        self.is_person = is_person or (lambda _eid: True)
        self.country_of = country_of or (lambda _eid: None)
        self.resolve = resolve or (lambda eid: eid)
        self.is_country = is_country or (lambda _eid: False)
        self.sources_of: dict[str, str] = {}  # article id -> news source name, when known
        self._changed: set[str] = set()
        self._removed: set[str] = set()

    @classmethod
    def for_registry(cls, registry: EntityRegistry, events: Iterable[Event] = ()) -> EventIndex:
        def is_person(eid: str) -> bool:
            entity = registry.get(eid)
            return entity is None or entity.type == "PER"

        def country_of(eid: str) -> str | None:
            entity = registry.get(eid)
            return entity.country if entity else None

        def is_country(eid: str) -> bool:
            entity = registry.get(eid)
            return entity is not None and entity.key.startswith("cc:")

        index = cls(is_person, country_of, registry.resolve, is_country)
        index.load(events)
        return index

    def load(self, events: Iterable[Event]) -> None:
        for event in events:
            self.events[event.id] = event
            for actor in event.actors:
                self.by_actor.setdefault(actor, set()).add(event.id)

    def __len__(self) -> int:
        return len(self.events)

    def __iter__(self) -> Iterator[Event]:
        return iter(sorted(self.events.values(), key=lambda e: e.id))

    # -- adding ----------------------------------------------------------------------
    def add_article(self, article: Article, registry: EntityRegistry | None = None) -> list[str]:
        """Replace what `article` said before with what it says now; returns the touched event ids."""
        self.forget_article(article.id)
        if article.source:
            self.sources_of[article.id] = article.source
        return [self.add(c.event(article.story_id)) for c in extract_candidates(article, registry)]

    def add_candidates(self, candidates: Iterable[Candidate], story_id: str | None = None) -> list[str]:
        return [self.add(c.event(story_id)) for c in candidates]

    def forget_article(self, article_id: str) -> None:
        for eid in [e.id for e in self.events.values() if any(ev.article == article_id for ev in e.evidence)]:
            event = self.events[eid]
            event.evidence = [ev for ev in event.evidence if ev.article != article_id]
            roles = {a: without_article(r, article_id) for a, r in event.roles.items()}
            event.roles = {a: r for a, r in roles.items() if r is not None}
            if event.evidence:
                self._changed.add(eid)
            else:
                self._drop(eid)

    def add(self, event: Event) -> str:
        """Merge `event` into a matching one, or insert it; returns the resulting id."""
        event.sources = [self.resolve(a) for a in event.sources]
        event.targets = [self.resolve(a) for a in event.targets if self.resolve(a) not in event.sources]
        event.place = self.resolve(event.place) if event.place else None
        event.roles = merge_roles(*({self.resolve(a): r} for a, r in event.roles.items()), keep=event.actors)
        match = self._best_match(event)
        if match is None:
            return self._store(event)
        existing = self.events[match]
        self._drop(match)
        return self._store(self._combine(existing, event))

    def _best_match(self, event: Event) -> str | None:
        pool: set[str] = set()
        for actor in event.actors:
            pool |= self.by_actor.get(actor, set())
        best: tuple[int, int, str] | None = None
        for eid in pool:
            other = self.events[eid]
            if not self.same_happening(other, event):
                continue
            score = (len(set(other.actors) & set(event.actors)), len(other.evidence), eid)
            if best is None or score[:2] > best[:2] or (score[:2] == best[:2] and eid < best[2]):
                best = score
        return best[2] if best else None

    def same_happening(self, a: Event, b: Event) -> bool:
        if a.type != b.type or not _modes_compatible(a.mode, b.mode):
            return False
        if _STATUS_GROUP.get(a.status, a.status) != _STATUS_GROUP.get(b.status, b.status):
            return False
        actors_a, actors_b = set(a.actors), set(b.actors)
        if not actors_a & actors_b:
            return False
        if not (actors_a <= actors_b or actors_b <= actors_a):
            people_a = {x for x in actors_a if self.is_person(x)}
            people_b = {x for x in actors_b if self.is_person(x)}
            if not (people_a & people_b and (people_a <= people_b or people_b <= people_a)):
                return False
        return compatible(a.date, b.date) and self._places_compatible(a.place, b.place)

    def _places_compatible(self, a: str | None, b: str | None) -> bool:
        if a is None or b is None or a == b:
            return True
        ca, cb = self.country_of(a), self.country_of(b)
        return ca is not None and ca == cb and (self.is_country(a) or self.is_country(b))

    def _combine(self, a: Event, b: Event) -> Event:
        evidence = list({(e.article, e.start, e.end): e for e in [*a.evidence, *b.evidence]}.values())
        evidence.sort(key=lambda e: (e.article, e.start))
        sources = list(dict.fromkeys([*a.sources, *b.sources]))
        targets = [t for t in dict.fromkeys([*a.targets, *b.targets]) if t not in sources]
        dates = [(span_days(x.date), x.date or "", x.date_precision) for x in (a, b) if x.date]
        date, precision = (min(dates)[1], min(dates)[2]) if dates else (None, None)
        places = Counter(p for p in (a.place, b.place) if p)
        place = None
        if places:
            # a city beats its country; then the more often reported, then the smaller id
            place = min(places, key=lambda p: (self.is_country(p), -places[p], p))
        modes = [m for m in (a.mode, b.mode) if m]
        mode = min(modes, key=lambda m: _MODE_RANK.get(m, 9)) if modes else None
        status = "happened" if "happened" in (a.status, b.status) else a.status
        story = Counter(s for s in (a.story_id, b.story_id) if s).most_common(1)
        return Event(
            id="", type=a.type, mode=mode, sources=sources, targets=targets, place=place, date=date,
            date_precision=precision, status=status, evidence=evidence, story_id=story[0][0] if story else None,
            roles=merge_roles(a.roles, b.roles, keep=[*sources, *targets]),
        )  # fmt: skip

    def _store(self, event: Event) -> str:
        event.id = _id(event)
        if event.id in self.events:  # the same key already holds an event: it is this one
            existing = self.events[event.id]
            self._drop(event.id)
            event = self._combine(existing, event)
            event.id = _id(event)
        self.events[event.id] = event
        for actor in event.actors:
            self.by_actor.setdefault(actor, set()).add(event.id)
        self._changed.add(event.id)
        self._removed.discard(event.id)
        return event.id

    def _drop(self, eid: str) -> None:
        event = self.events.pop(eid, None)
        if event is None:
            return
        for actor in event.actors:
            self.by_actor.get(actor, set()).discard(eid)
        self._changed.discard(eid)
        self._removed.add(eid)

    def update(
        self, articles: Iterable[Article], registry: EntityRegistry, story_redirects: dict[str, str] | None = None
    ) -> tuple[list[Event], list[str]]:
        """The pipeline's step after clustering: add a batch, follow identity and story changes."""
        self.reresolve()
        for article in articles:
            self.add_article(article, registry)
        if story_redirects:
            for event in self.events.values():
                if event.story_id in story_redirects:
                    event.story_id = story_redirects[event.story_id]
                    self._changed.add(event.id)
        return self.take_changes()

    # -- identity changes and persistence ---------------------------------------------
    def reresolve(self) -> None:
        """Re-map actor and place ids after entity merges or re-keys; re-merge what now matches."""
        stale = [e for e in self.events.values() if any(self.resolve(a) != a for a in [*e.actors, e.place] if a)]
        for event in stale:
            self._drop(event.id)
        for event in stale:
            self.add(event)

    def take_changes(self) -> tuple[list[Event], list[str]]:
        """(events created or changed, ids removed) since the last call, for `Batch`."""
        changed = [self.events[e] for e in sorted(self._changed) if e in self.events]
        removed = sorted(e for e in self._removed if e not in self.events)
        self._changed.clear()
        self._removed.clear()
        return changed, removed

    def source_count(self, event: Event, source_of: Callable[[str], str | None] | None = None) -> int:
        """Distinct news sources reporting an event (an article without a known source counts alone)."""
        lookup = source_of or self.sources_of.get
        return len({lookup(e.article) or f"article:{e.article}" for e in event.evidence})


def source_count(event: Event, source_of: Callable[[str], str | None]) -> int:
    return len({source_of(e.article) or f"article:{e.article}" for e in event.evidence})


def evidence_languages(event: Event, language_of: Callable[[str], str | None]) -> list[str]:
    return sorted({lang for e in event.evidence if (lang := language_of(e.article))})


__all__ = ["EventIndex", "Evidence", "evidence_languages", "source_count"]
