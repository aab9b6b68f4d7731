"""Stories' actor profiles, kept in the registry's current identities.

Storylines link stories by the people and organisations they share.  An article's mentions
carry the ids that linking gave them on arrival; a later article can merge two identities or
link a bare surname to a full name, so the ids are resolved through the registry whenever a
profile is computed, and `follow` recomputes the profiles that a rerouted id reaches.  Without
that, a storyline depended on the order in which its articles arrived.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping

__all__ = ["ActorProfiles"]


class ActorProfiles(Mapping[str, Counter[str]]):
    """Story id -> actor weights by resolved entity id, with the stories holding each actor."""

    def __init__(self) -> None:
        self._profiles: dict[str, Counter[str]] = {}
        self._holders: dict[str, set[str]] = {}  # resolved entity id -> story ids

    def __getitem__(self, story_id: str) -> Counter[str]:
        return self._profiles[story_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._profiles)

    def __len__(self) -> int:
        return len(self._profiles)

    def put(self, story_id: str, actors: Counter[str]) -> bool:
        """Store a story's profile; True when it differs from the one it replaces."""
        old = self._profiles.get(story_id)
        if old == actors:
            return False
        for entity_id in old or ():
            if entity_id not in actors:
                self._release(entity_id, story_id)
        for entity_id in actors:
            self._holders.setdefault(entity_id, set()).add(story_id)
        self._profiles[story_id] = actors
        return True

    def drop(self, story_id: str) -> None:
        for entity_id in self._profiles.pop(story_id, ()):
            self._release(entity_id, story_id)

    def holding(self, entity_ids: Iterable[str]) -> set[str]:
        """Stories whose profile names any of `entity_ids`."""
        found: set[str] = set()
        for entity_id in entity_ids:
            found.update(self._holders.get(entity_id, ()))
        return found

    def follow(self, rerouted: Iterable[str], profile: Callable[[str], Counter[str]]) -> set[str]:
        """Recompute, by `profile`, the stories that held a rerouted id; the ones that changed."""
        return {story_id for story_id in sorted(self.holding(rerouted)) if self.put(story_id, profile(story_id))}

    def _release(self, entity_id: str, story_id: str) -> None:
        holders = self._holders.get(entity_id)
        if holders is not None:
            holders.discard(story_id)
            if not holders:
                del self._holders[entity_id]
