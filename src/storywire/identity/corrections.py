"""User corrections to stored identities: merge, split, rename, applied to a store.

The registry records each correction and replays it whenever it is rebuilt (a new process,
a re-ingest), so a correction is made once: here it is applied to the registry loaded
from the store and the changed records, the removed ids and the correction list are
committed in one batch.  Articles keep the ids they were linked to; a merged-away id
resolves through the surviving record's `merged_ids`.  A split is the exception: the
mentions of the split-off alias are re-pointed at the new identity, since no redirect
can tell them from the mentions that stay.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from storywire.identity.names import clean_surface, name_key
from storywire.identity.registry import EntityRegistry
from storywire.model import Article
from storywire.store.base import Batch, Store


class CorrectionError(Exception):
    """A correction that cannot be made as asked; `not_found` tells a missing id apart."""

    def __init__(self, message: str, not_found: bool = False) -> None:
        super().__init__(message)
        self.not_found = not_found


@dataclass
class Identities:
    """The store's identities as one registry, plus what readers need to resolve ids."""

    store: Store
    registry: EntityRegistry

    @classmethod
    def load(cls, store: Store) -> Identities:
        return cls(store, EntityRegistry.from_records(store.entity_records(), store.corrections()))

    def entity_id(self, eid: str) -> str:
        """The current id for `eid` (a retired id is followed); CorrectionError if unknown."""
        current = self.registry.resolve(eid.strip())
        if current not in self.registry.entities:
            raise CorrectionError(f"no entity with id {eid!r} (see `storywire entity list`)", not_found=True)
        return current

    def record(self, eid: str) -> dict[str, Any]:
        return self.registry.record(self.entity_id(eid))

    def records(self) -> list[dict[str, Any]]:
        return self.registry.entity_records()

    def article_counts(self, articles: Iterable[Article] | None = None) -> Counter[str]:
        """Articles mentioning each current identity (retired ids counted for their successor)."""
        counts: Counter[str] = Counter()
        for article in self.store.iter_articles() if articles is None else articles:
            counts.update({self.registry.resolve(m.entity_id) for m in article.mentions if m.entity_id})
        return counts

    # -- corrections -------------------------------------------------------------------
    def merge(self, keep: str, drop: str) -> str:
        """Make `drop` the same identity as `keep`; `keep`'s id, name and type survive."""
        a, b = self.entity_id(keep), self.entity_id(drop)
        if a == b:
            raise CorrectionError(f"{keep} and {drop} are already one entity ({a})")
        kept = self.registry.merge(a, b)
        self._commit()
        return kept

    def split(self, eid: str, alias: str) -> str:
        """Move `alias` (and the forms that share its identity key) to a new entity."""
        current = self.entity_id(eid)
        entity = self.registry.entities[current]
        forms = sorted({f for fs in entity.aliases.values() for f in fs})
        if alias not in forms:
            listed = ", ".join(repr(f) for f in forms) or "none"
            raise CorrectionError(f"{alias!r} is not an alias of {current} ({entity.name}); its aliases: {listed}")
        if len(forms) == 1:
            raise CorrectionError(f"{alias!r} is the only alias of {current}: nothing would be left to split from")
        new_id = self.registry.split(current, alias)
        if new_id is None:  # pragma: no cover - entity_id() checked that it exists
            raise CorrectionError(f"no entity with id {eid!r}", not_found=True)
        self._commit(self._relabel(current, new_id, alias))
        return new_id

    def rename(self, eid: str, name: str) -> str:
        """Give the entity a display name that later evidence will not replace."""
        current = self.entity_id(eid)
        if not name.strip():
            raise CorrectionError("the new name is empty")
        self.registry.rename(current, name.strip())
        self._commit()
        return current

    def _relabel(self, old: str, new: str, alias: str) -> list[Article]:
        """Stored mentions of the split alias, re-pointed at the new identity."""
        etype = self.registry.entities[new].type
        key = name_key(clean_surface(alias, "und", etype), etype).key or alias.casefold()
        changed: list[Article] = []
        for article in self.store.iter_articles():
            touched = False
            for m in article.mentions:
                if not m.entity_id or self.registry.resolve(m.entity_id) != old:
                    continue
                surface = clean_surface(m.text, _language_at(article, m.start), m.type)
                if m.text.strip() == alias or name_key(surface, etype).key == key:
                    m.entity_id, touched = new, True
            if touched:
                changed.append(article)
        return changed

    def _commit(self, articles: list[Article] | None = None) -> None:
        reg = self.registry
        self.store.commit_batch(
            Batch(
                articles=articles or [],
                entities=reg.take_dirty_records(),
                removed_entities=reg.take_removed_ids(),
                corrections=reg.correction_records(),
            )
        )


def _language_at(article: Article, offset: int) -> str:
    for p in article.paragraphs:
        if p.start <= offset < p.end and p.language:
            return p.language
    return article.language or "und"
