"""Storylines kept up to date as stories change, without recomputing the whole store.

Linking every pair of a store's stories anew takes seconds on thousands of stories with a
president in one of every five, for every batch of 32 articles.  Here the links (pairs with
their weights) are kept; a batch relinks only the stories it changed, and clusters again only
the connected parts of the link graph that hold them.  Average linkage never joins two parts
(their pairs weigh 0), so the storylines are exactly those of the whole store at once
(`storylines.link_storylines`, a fresh index; tested against it).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from datetime import date

from storywire.model import Story
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


class StorylineIndex:
    def __init__(self, config: StorylineConfig | None = None) -> None:
        self.config = config or StorylineConfig()
        self.profiles: dict[str, dict[str, float]] = {}
        self.prefixes: dict[str, frozenset[str]] = {}
        self.groups: dict[str, str] = {}
        self.by_actor: defaultdict[str, set[str]] = defaultdict(set)
        self.by_group: defaultdict[str, set[str]] = defaultdict(set)
        self.links: defaultdict[str, dict[str, float]] = defaultdict(dict)

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
                self._index(story_id, stories[story_id], actors.get(story_id, Counter()))
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

    def _index(self, story_id: str, story: Story, counts: Counter[str]) -> None:
        profile = actor_profile(counts, self.config.top_actors)
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
