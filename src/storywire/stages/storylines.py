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
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from storywire.model import Story

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


def gap_days(a: Story, b: Story) -> int:
    if not (a.first_published and a.last_published and b.first_published and b.last_published):
        return 0
    if a.last_published < b.first_published:
        return (b.first_published - a.last_published).days
    if b.last_published < a.first_published:
        return (a.first_published - b.last_published).days
    return 0


def shared_weight_needed(threshold: float) -> float:
    """Both profiles sum to 1, so a weighted Jaccard of t needs a shared weight of 2t / (1 + t)."""
    return 2 * threshold / (1 + threshold)


def prefix(profile: Mapping[str, float], needed: float) -> frozenset[str]:
    """The leading actors outside of which the profile's weights sum to less than `needed`.

    A pair sharing none of one side's prefix cannot reach the shared weight `needed` (prefix
    filtering, lossless): a story looks for partners through its prefix only, so a president
    named in one of every five stories is walked by the stories it leads, not by every one."""
    kept: list[str] = []
    outside = 1.0
    for entity_id, share in sorted(profile.items(), key=lambda kv: (-kv[1], kv[0])):
        if outside < needed - 1e-9:
            break
        kept.append(entity_id)
        outside -= share
    return frozenset(kept)


def link_storylines(
    stories: Mapping[str, Story], actors: Mapping[str, Counter[str]], config: StorylineConfig | None = None
) -> list[Story]:
    """Set `storyline_id` on every story (None for a story that stands alone); return those
    that changed.  The whole store at once; `StorylineIndex` keeps a store's up to date."""
    from storywire.stages.storyline_index import StorylineIndex

    return StorylineIndex(config).update(stories, actors, stories)
