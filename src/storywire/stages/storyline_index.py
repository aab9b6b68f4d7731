"""Storylines kept up to date as stories change, without recomputing the whole store.

Linking every pair of a store's stories anew takes seconds on thousands of stories with a
president in one of every five, for every batch of 32 articles.  Here the links (pairs with
their weights) are kept; a batch relinks only the stories it changed, and clusters again only
the connected parts of the link graph that hold them.  Average linkage never joins two parts
(their pairs weigh 0), so the storylines are exactly those of the whole store at once
(`storylines.link_storylines`, a fresh index; tested against it).

The index is saved beside the database (`<db>.index/storylines.json.gz`, next to the ANN
shards) when the pipeline saves, so the first batch of the next run relinks only what it
changed instead of the whole store.  The file is a cache, never trusted: it is used only
when its format and the versions and config it was built with are this code's, and when
every stored story still has the inputs its links were weighed from (the same set of story
ids, and for each its actor profile, group, dates and storyline); otherwise the index is
rebuilt from the store.  See `StorylineIndex.read` for the format.
"""

from __future__ import annotations

import gzip
import json
import logging
import math
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from storywire.model import Story
from storywire.stages import cluster, entities, link
from storywire.stages.partition import average_linkage
from storywire.stages.storylines import (
    StorylineConfig,
    actor_profile,
    gap_days,
    prefix,
    shared_weight_needed,
    storyline_id_for,
    weighted_jaccard,
)

log = logging.getLogger("storywire.storylines")

SIDE_FILE = "storylines.json.gz"  # in the ANN side folder, `<db>.index/`
FORMAT = 1  # the layout of the saved file
# The link rules: bump when what `_link` or `_cluster` computes from the same stories changes,
# so that indices saved by an older storywire are rebuilt.
RULES = "1"


def versions() -> dict[str, str]:
    """What the saved links were computed with, beyond the config: the link rules, and the
    stages that make the stories' actor profiles (entity mentions, their ids, story actors)."""
    return {"storylines": RULES, "cluster": cluster.VERSION, "entities": entities.VERSION, "link": link.VERSION}


class StaleIndex(Exception):
    """A saved index that is not this store's (its message says why): rebuild it."""


def _fingerprint(story: Story, profile: Mapping[str, float]) -> list[Any]:
    """Everything the links and storylines of a story depend on, as saved: its actor profile
    (floats round-trip exactly through JSON), group and dates, and the storyline it holds."""
    dates = [d.isoformat() if d else None for d in (story.first_published, story.last_published)]
    return [dict(sorted(profile.items())), story.group, *dates, story.storyline_id]


class StorylineIndex:
    def __init__(self, config: StorylineConfig | None = None) -> None:
        self.config = config or StorylineConfig()
        self.profiles: dict[str, dict[str, float]] = {}
        self.prefixes: dict[str, frozenset[str]] = {}
        self.groups: dict[str, str] = {}
        self.by_actor: defaultdict[str, set[str]] = defaultdict(set)
        self.by_group: defaultdict[str, set[str]] = defaultdict(set)
        self.links: defaultdict[str, dict[str, float]] = defaultdict(dict)

    # saving and loading -------------------------------------------------------------------

    def save(self, path: Path, stories: Mapping[str, Story]) -> None:
        """Write the index of `stories` (the ones it was last updated with) to `path`, atomically.

        A read-only folder is no error: the next run rebuilds the index, as without a file."""
        payload = {
            "format": FORMAT,
            "versions": versions(),
            "config": asdict(self.config),
            "stories": {
                story_id: _fingerprint(stories[story_id], self.profiles.get(story_id, {}))
                for story_id in sorted(stories)
            },
            "links": [[a, b, w] for a in sorted(self.links) for b, w in sorted(self.links[a].items()) if a < b],
        }
        data = gzip.compress(json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode(), 6, mtime=0)
        temporary = path.with_name(path.name + ".tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(data)
            temporary.replace(path)
        except OSError:
            log.warning("could not save the storyline index to %s", path, exc_info=True)

    @classmethod
    def load(
        cls,
        path: Path,
        stories: Mapping[str, Story],
        actors: Mapping[str, Counter[str]],
        config: StorylineConfig | None = None,
    ) -> StorylineIndex | None:
        """The saved index when it is current for `stories`, else None (rebuild from the store)."""
        try:
            return cls.read(path, stories, actors, config)
        except StaleIndex as stale:
            log.info("storyline index rebuilt from the store: %s", stale)
            return None

    @classmethod
    def read(
        cls,
        path: Path,
        stories: Mapping[str, Story],
        actors: Mapping[str, Counter[str]],
        config: StorylineConfig | None = None,
    ) -> StorylineIndex:
        """The index saved at `path`, or `StaleIndex` when it is missing, unreadable or not the
        index of these `stories` with these `actors` under `config`.

        The file is gzip'd JSON (gzip's CRC-32 catches a damaged or cut file):
        ``{"format": 1, "versions": {...}, "config": {StorylineConfig's fields},
        "stories": {story id: [actor profile, group, first published, last published,
        storyline id]}, "links": [[a, b, weight], ...]}``, each pair once with a < b.
        Every stored story is compared with its saved inputs, so an index saved before a run
        that crashed, before a store was edited or restored, or for another store, is stale."""
        index = cls(config)
        try:
            payload = json.loads(gzip.decompress(path.read_bytes()))
            if not isinstance(payload, dict):
                raise StaleIndex("not a storyline index")
            if payload.get("format") != FORMAT:
                raise StaleIndex(f"format {payload.get('format')!r}, not {FORMAT}")
            if payload.get("versions") != versions():
                raise StaleIndex(f"built with versions {payload.get('versions')}, not {versions()}")
            if payload.get("config") != asdict(index.config):
                raise StaleIndex(f"built with config {payload.get('config')}, not {asdict(index.config)}")
            saved, links = payload["stories"], payload["links"]
            if not isinstance(saved, dict) or saved.keys() != stories.keys():
                raise StaleIndex("not the stored stories")
            for story_id, story in stories.items():
                profile = actor_profile(actors.get(story_id, Counter()), index.config.top_actors)
                if saved[story_id] != _fingerprint(story, profile):
                    raise StaleIndex(f"story {story_id} changed since the index was saved")
                index._index(story_id, story, profile)
            for a, b, weight in links:
                if a not in stories or b not in stories or a == b or not 0.0 < weight <= 1.0 or math.isnan(weight):
                    raise StaleIndex(f"a bad link {[a, b, weight]}")
                index._set(a, b, float(weight))
        except FileNotFoundError as missing:
            raise StaleIndex("no saved index") from missing
        except (OSError, EOFError, zlib.error, ValueError, KeyError, TypeError, AttributeError) as error:
            raise StaleIndex(f"unreadable: {error!r}") from error
        return index

    # keeping up to date --------------------------------------------------------------------

    def update(
        self, stories: Mapping[str, Story], actors: Mapping[str, Counter[str]], changed: Iterable[str]
    ) -> list[Story]:
        """Relink the `changed` story ids (new, changed or gone from `stories`), set
        `storyline_id` on the stories whose storyline may have moved; return those that changed."""
        changed = sorted(set(changed))
        touched: set[str] = set()
        for story_id in changed:
            self._drop(story_id, touched)
        for story_id in changed:
            if story_id in stories:
                profile = actor_profile(actors.get(story_id, Counter()), self.config.top_actors)
                self._index(story_id, stories[story_id], profile)
        fresh = {story_id for story_id in changed if story_id in stories}
        for story_id in changed:
            if story_id in stories:
                self._link(story_id, stories, fresh)
        seeds = {s for s in (*changed, *touched) if s in stories}
        return self._cluster(self._parts(seeds), stories)

    def _drop(self, story_id: str, touched: set[str]) -> None:
        for other in self.links.pop(story_id, {}):
            self.links[other].pop(story_id, None)
            touched.add(other)
        for entity_id in self.profiles.pop(story_id, {}):
            self.by_actor[entity_id].discard(story_id)
        self.prefixes.pop(story_id, None)
        group = self.groups.pop(story_id, None)
        if group is not None:
            self.by_group[group].discard(story_id)

    def _index(self, story_id: str, story: Story, profile: dict[str, float]) -> None:
        self.profiles[story_id] = profile
        self.prefixes[story_id] = prefix(profile, shared_weight_needed(self.config.threshold))
        for entity_id in profile:
            self.by_actor[entity_id].add(story_id)
        if story.group is not None:
            self.groups[story_id] = story.group
            self.by_group[story.group].add(story_id)

    def _link(self, story_id: str, stories: Mapping[str, Story], fresh: set[str]) -> None:
        """Weigh the story against every story it may link to: its group (stories cut from one
        linked group of articles continue each other, whatever their actors), and those holding
        one of its leading actors (a pair reaches the threshold only through them).  A pair of
        two `fresh` stories is weighed once, from its first."""
        group = self.groups.get(story_id)
        for other in self.by_group[group] if group is not None else ():
            if other != story_id:
                self._set(story_id, other, 1.0)
        profile = self.profiles[story_id]
        for entity_id in self.prefixes[story_id]:
            for other in self.by_actor[entity_id]:
                if other == story_id or (other < story_id and other in fresh) or other in self.links[story_id]:
                    continue
                if self.prefixes[other].isdisjoint(profile):
                    continue  # ... and through the other's leading actors too
                if gap_days(stories[story_id], stories[other]) > self.config.max_gap_days:
                    continue
                similarity = weighted_jaccard(profile, self.profiles[other])
                if similarity >= self.config.threshold:
                    self._set(story_id, other, similarity)

    def _set(self, a: str, b: str, weight: float) -> None:
        self.links[a][b] = weight
        self.links[b][a] = weight

    def _parts(self, seeds: Iterable[str]) -> list[list[str]]:
        """The connected parts of the link graph that hold the seeds, each sorted."""
        seen: set[str] = set()
        parts = []
        for seed in sorted(seeds):
            if seed in seen:
                continue
            part, frontier = {seed}, [seed]
            while frontier:
                for other in self.links.get(frontier.pop(), {}):
                    if other not in part:
                        part.add(other)
                        frontier.append(other)
            seen |= part
            parts.append(sorted(part))
        return parts

    def _cluster(self, parts: list[list[str]], stories: Mapping[str, Story]) -> list[Story]:
        changed = []
        for part in parts:
            pairs = sorted((a, b) for a in part for b in self.links.get(a, {}) if a < b)
            clusters = average_linkage(part, lambda a, b: self.links[a].get(b, 0.0), self.config.merge_threshold, pairs)
            for members in clusters:
                anchor = min(members, key=lambda s: (stories[s].first_published or date.max, s))
                line = storyline_id_for(anchor) if len(members) > 1 else None
                for story_id in members:
                    if stories[story_id].storyline_id != line:
                        stories[story_id].storyline_id = line
                        changed.append(stories[story_id])
        return changed
