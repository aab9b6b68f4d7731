"""Storylines: stories chained over time by the actors they are about.

Two stories are linked when the people and organisations they mention, weighted by how much
each story is about them, overlap strongly (weighted Jaccard) and they lie within
`max_gap_days` of each other, and when they were cut from one linked group of articles
(`Story.group`: a chain of daily reports cut into its happenings).  Places are left out on
purpose: Beijing hosts many unrelated storylines.  A storyline is a cluster of stories by
average linkage over these links (`partition.average_linkage`), not a connected group: chains
of pairwise links had joined a country's revolution and its neighbour's war into one.  Its
id derives from its earliest story, so it does not depend on arrival order.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date

from storywire.model import Story
from storywire.stages.partition import average_linkage

MODEL = "storywire-storylines"


@dataclass(frozen=True)
class StorylineConfig:
    threshold: float = 0.4
    max_gap_days: int = 400
    top_actors: int = 6
    merge_threshold: float = 0.2  # mean link (unlinked pairs 0) for two storylines to join


def storyline_id_for(story_id: str) -> str:
    return "l" + hashlib.sha1(story_id.encode()).hexdigest()[:12]


def actor_profile(mentions: Counter[str], top: int) -> dict[str, float]:
    """The story's leading actors with their share of its actor mentions.

    Actors tied with the last one kept are kept too: a cut between equals would follow the
    order of arrival, and one more merged alias elsewhere would push a shared actor out."""
    ranked = mentions.most_common()
    if len(ranked) > top:
        floor = ranked[top - 1][1]
        ranked = [(entity_id, count) for entity_id, count in ranked if count >= floor]
    total = sum(count for _, count in ranked)
    return {entity_id: count / total for entity_id, count in ranked} if total else {}


def weighted_jaccard(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Σ min / Σ max over both profiles' actors; Σ max = Σ a + Σ b - Σ min, so only the
    shared actors are walked."""
    if len(b) < len(a):
        a, b = b, a
    shared = sum(min(v, b[k]) for k, v in a.items() if k in b)
    top = sum(a.values()) + sum(b.values()) - shared
    return shared / top if top > 0 else 0.0


def _gap_days(a: Story, b: Story) -> int:
    if not (a.first_published and a.last_published and b.first_published and b.last_published):
        return 0
    if a.last_published < b.first_published:
        return (b.first_published - a.last_published).days
    if b.last_published < a.first_published:
        return (a.first_published - b.last_published).days
    return 0


def _prefix(profile: Mapping[str, float], needed: float) -> frozenset[str]:
    """The leading actors outside of which the profile's weights sum to less than `needed`."""
    kept: list[str] = []
    outside = 1.0
    for entity_id, share in sorted(profile.items(), key=lambda kv: (-kv[1], kv[0])):
        if outside < needed - 1e-9:
            break
        kept.append(entity_id)
        outside -= share
    return frozenset(kept)


def _candidate_pairs(
    profiles: Mapping[str, dict[str, float]], by_actor: Mapping[str, list[str]], threshold: float
) -> Iterator[tuple[str, str]]:
    """Every pair (a < b) whose weighted Jaccard can reach `threshold`, and few others.

    Both profiles sum to 1, so a Jaccard of t needs shared weight m = 2t / (1 + t); a pair
    sharing none of one side's leading actors (its prefix: the rest weighs less than m) cannot
    reach it.  So each story looks for partners only through its prefix, and a partner must
    hold one of the story's actors in its own prefix too (prefix filtering, lossless).  A
    popular actor (a president in one of every five stories) is then walked by the stories
    it leads, not by every story that names it."""
    needed = 2 * threshold / (1 + threshold)
    prefixes = {story_id: _prefix(profile, needed) for story_id, profile in profiles.items()}
    for story_id, profile in profiles.items():
        seen: set[str] = set()
        for entity_id in prefixes[story_id]:
            for other in by_actor[entity_id]:
                if other <= story_id or other in seen:
                    continue
                seen.add(other)
                if not prefixes[other].isdisjoint(profile):
                    yield story_id, other


def link_storylines(
    stories: Mapping[str, Story], actors: Mapping[str, Counter[str]], config: StorylineConfig | None = None
) -> list[Story]:
    """Set `storyline_id` on every story (None for a story that stands alone); return those that changed."""
    config = config or StorylineConfig()
    profiles = {sid: actor_profile(actors.get(sid, Counter()), config.top_actors) for sid in stories}
    by_actor: defaultdict[str, list[str]] = defaultdict(list)
    for story_id, profile in profiles.items():
        for entity_id in profile:
            by_actor[entity_id].append(story_id)
    weights: dict[tuple[str, str], float] = {}
    # Stories cut from one linked group of articles (`partition`) continue each other: their
    # articles were linked as one happening day to day, whatever their leading actors.
    by_group: defaultdict[str, list[str]] = defaultdict(list)
    for story_id in sorted(stories):
        group = stories[story_id].group
        if group is not None:
            by_group[group].append(story_id)
    for members in by_group.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                weights[(a, b)] = 1.0
    for story_id, other in _candidate_pairs(profiles, by_actor, config.threshold):
        if (story_id, other) in weights or _gap_days(stories[story_id], stories[other]) > config.max_gap_days:
            continue
        similarity = weighted_jaccard(profiles[story_id], profiles[other])
        if similarity >= config.threshold:
            weights[(story_id, other)] = similarity
    # Average linkage, not connected components: a chain of pairwise links (Egypt's revolution
    # to the Arab League to Libya's war) is no storyline; a storyline's stories share actors
    # with most of its others.
    linked = sorted({s for pair in weights for s in pair})
    # the pairs in one order whatever the stories' order: merged means are float sums
    clusters = average_linkage(
        linked, lambda a, b: weights.get((a, b) if a < b else (b, a), 0.0), config.merge_threshold, sorted(weights)
    )
    groups: dict[str, list[str]] = {story_id: [story_id] for story_id in stories}
    for cluster in clusters:
        for story_id in cluster:
            groups.pop(story_id, None)
        groups[cluster[0]] = cluster
    changed = []
    for group_members in groups.values():
        anchor = min(group_members, key=lambda s: (stories[s].first_published or date.max, s))
        line = storyline_id_for(anchor) if len(group_members) > 1 else None
        for story_id in group_members:
            if stories[story_id].storyline_id != line:
                stories[story_id].storyline_id = line
                changed.append(stories[story_id])
    return changed
