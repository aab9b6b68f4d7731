"""The identity store: canonical entities, their keys, and user corrections.

Ids are "ent:" + a hash of type and canonical key, so linking the same articles in
any order yields the same ids.  The canonical key is the smallest full-name key an
entity holds (a bare-surname key only while no full name is known); when it changes
the old id is kept as a redirect and listed in the record's `merged_ids`.

A bare surname ("Zelensky", "Шойгу") keeps an identity of its own, keyed by the surname.
While exactly one full name fits it, that identity is *linked* to the full name: a
redirect like a merge, but revocable, so that when a second "Kim Yo-jong" arrives the
bare "Kim" goes back to being ambiguous whatever order the articles came in.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from storywire.identity.phonetic import blocking_key, same_first_letter, sounding_like
from storywire.model import Entity, EntityType

MAX_ALIASES_PER_LANGUAGE = 40


def entity_id(etype: str, key: str) -> str:
    return "ent:" + hashlib.sha1(f"{etype}|{key}".encode()).hexdigest()[:12]


def _tk(etype: str, key: str) -> str:
    return f"{etype}|{key}"


class EntityRegistry:
    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.keys: dict[str, set[str]] = {}  # id -> identity keys (without type)
        self.full: dict[str, set[str]] = {}  # id -> those keys that are full names
        self.merged_ids: dict[str, list[str]] = {}
        self._index: dict[str, str] = {}  # "TYPE|key" -> id
        self._surnames: dict[str, set[str]] = {}  # "TYPE|surname" -> ids holding a full name
        self._surnames_of: dict[str, set[str]] = {}  # id -> its "TYPE|surname" keys (the reverse)
        self._sounds: dict[tuple[str, tuple[str, ...]], set[str]] = {}  # surnames by phonetic.blocking_key
        self.redirects: dict[str, str] = {}
        # what an id resolved to before a redirect on its way changed: everything that resolved
        # there may now resolve elsewhere (for those who keep resolved ids, `take_rerouted`)
        self.rerouted: set[str] = set()
        self.voted: set[str] = set()  # ids offered a display since `take_voted`
        self.pinned: dict[str, str] = {}  # "TYPE|key" -> id, from split corrections
        self.user_named: set[str] = set()
        self.locked: set[str] = set()  # ids fixed by a user merge; never re-keyed
        self.corrections: list[dict[str, Any]] = []
        self.dirty: set[str] = set()
        self.removed: set[str] = set()
        self.bare: dict[str, Entity] = {}  # linked bare-surname id -> its entity (parked)
        self.name_votes: dict[str, Counter[str]] = {}  # id -> display names offered, with counts
        self._bare_keys: dict[tuple[str, str, int], set[str]] = {}  # (type, first letter, length) -> bare keys
        self._bare_firsts: dict[str, set[str]] = {}  # type -> the first letters of its bare keys

    # -- lookups -------------------------------------------------------------------
    def resolve(self, eid: str) -> str:
        seen = set()
        while eid in self.redirects and eid not in seen:
            seen.add(eid)
            eid = self.redirects[eid]
        return eid

    def current(self, eid: str) -> str:
        """Like `resolve`, but stops at a linked bare surname (its link may be revoked)."""
        seen = set()
        while eid in self.redirects and eid not in self.bare and eid not in seen:
            seen.add(eid)
            eid = self.redirects[eid]
        return eid

    def retired_ids(self, eid: str) -> list[str]:
        """Ids that merges or re-keying folded into `eid` (older articles may still carry them)."""
        return list(self.merged_ids.get(eid, []))

    def get(self, eid: str) -> Entity | None:
        return self.entities.get(self.resolve(eid))

    def find(self, etype: str, key: str) -> str | None:
        tk = _tk(etype, key)
        found = self.pinned.get(tk) or self._index.get(tk)
        return self.resolve(found) if found else None

    def by_surname(self, etype: str, surname: str) -> set[str]:
        """Entities with a full name of this surname or of one that sounds the same (Dujarric
        = Дюжаррик, Kadhafi = Gaddafi, see `phonetic.sounds_alike`): callers check given names.
        Both, not the sounding ones only when no spelling matches: "Colonel Kadhafi", a
        tagger's glued span, must not hide Muammar Gaddafi from "Mouammar Kadhafi"."""
        found = {self.resolve(e) for e in self._surnames.get(_tk(etype, surname), ())}
        n, first = len(surname), surname[:1]
        key = blocking_key(surname)
        sounding = self._sounds.get((etype, key), ()) if key else ()
        pool = (s for s in sounding if same_first_letter(s[:1], first) and abs(len(s) - n) <= 3)
        near = sounding_like(surname, pool)
        return found | {self.resolve(e) for s in near for e in self._surnames.get(_tk(etype, s), ())}

    def _add_surname(self, etype: str, surname: str, eid: str) -> None:
        # "von der Leyen" is also found as "Leyen", the way news shortens it.
        for s in {surname, surname.rsplit(" ", 1)[-1]}:
            self._surnames.setdefault(_tk(etype, s), set()).add(eid)
            self._surnames_of.setdefault(eid, set()).add(_tk(etype, s))
            if key := blocking_key(s):
                self._sounds.setdefault((etype, key), set()).add(s)

    def bare_keys_near(self, etype: str, surname: str, slack: int = 2) -> list[str]:
        """Keys of bare-surname identities with the same first letter and a similar length
        (for a surname with particles, also those near its last word)."""
        out: set[str] = set()
        for s in {surname, surname.rsplit(" ", 1)[-1]}:
            # every opening that can sound like this one (Kadhafi = Gheddafi = Gaddafi), as
            # `by_surname` matches them: a new Kadhafi must settle a bare Gheddafi again
            firsts = {f for f in self._bare_firsts.get(etype, ()) if same_first_letter(s[:1], f)}
            for first in firsts | {s[:1]}:
                for length in range(max(1, len(s) - slack), len(s) + slack + 1):
                    out.update(self._bare_keys.get((etype, first, length), ()))
        return sorted(out)

    def __len__(self) -> int:
        return len(self.entities)

    def __bool__(self) -> bool:
        # A registry is a service, not just a container: an empty one must not read as
        # "no registry" (`identities or SameIds()` would silently stop resolving merges).
        return True

    def __iter__(self) -> Iterator[Entity]:
        return iter(sorted(self.entities.values(), key=lambda e: e.id))

    # -- building ------------------------------------------------------------------
    def create(self, etype: EntityType, key: str, name: str, surname: str | None = None, full: bool = False) -> str:
        eid = entity_id(etype, key)
        if eid in self.redirects:
            self._redirect(eid, None)  # an identity split off again
        if eid not in self.entities:
            self.entities[eid] = Entity(eid, name, etype, {}, key=key)
            self.keys[eid] = set()
            self.full[eid] = set()
        self.removed.discard(eid)
        self.add_key(eid, key, surname, full)
        self.dirty.add(eid)
        self._replay(eid)
        return self.resolve(eid)

    def add_key(self, eid: str, key: str, surname: str | None = None, full: bool = False) -> str:
        """Attach an identity key; a new full name may re-key the entity. Returns the id."""
        eid = self.resolve(eid)
        entity = self.entities[eid]
        tk = _tk(entity.type, key)
        if tk in self.pinned and self.resolve(self.pinned[tk]) != eid:
            return eid  # a user split says this key is someone else
        self.keys[eid].add(key)
        self._index.setdefault(tk, eid)
        if full:
            self.full[eid].add(key)
            if surname:
                self._add_surname(entity.type, surname, eid)
        self.dirty.add(eid)
        return self._rekey(eid)

    # -- bare surnames ---------------------------------------------------------------
    def bare_identity(self, etype: EntityType, key: str, name: str) -> str:
        """The id a bare-surname mention carries: its own identity (created if new)."""
        tk = _tk(etype, key)
        if tk in self.pinned:
            return self.resolve(self.pinned[tk])
        eid = entity_id(etype, key)
        if eid not in self.entities and eid not in self.bare:
            holder = self._index.get(tk)
            if holder is not None:  # merged by a user, or re-keyed by an older version
                return self.resolve(holder)
            self.create(etype, key, name)
        self._note_bare(etype, key)
        return eid

    def _note_bare(self, etype: str, key: str) -> None:
        self._bare_keys.setdefault((etype, key[:1], len(key)), set()).add(key)
        self._bare_firsts.setdefault(etype, set()).add(key[:1])

    def link_bare(self, bare: str, target: str | None) -> None:
        """Point a bare-surname identity at the one full name that fits it, or (None) at none."""
        target = self.resolve(target) if target else None
        linked = bare in self.bare
        if (self.resolve(bare) if linked else None) == target or bare in self.locked:
            return
        if linked:
            self._unlink(bare)
        if target is None or bare not in self.entities or target not in self.entities:
            return
        entity = self.entities.pop(bare)
        self.bare[bare] = entity
        for lang, forms in entity.aliases.items():
            for form in forms:
                self.add_alias(target, lang, form)
        self.merged_ids[target] = [*self.merged_ids.get(target, []), bare]
        self._redirect(bare, target)
        self.dirty.discard(bare)
        self.removed.add(bare)
        self.dirty.add(target)

    def _unlink(self, bare: str) -> None:
        from storywire.identity.names import clean_surface, name_key

        target = self.resolve(bare)
        entity = self.bare.pop(bare)
        self._redirect(bare, None)
        self.merged_ids[target] = [e for e in self.merged_ids.get(target, []) if e != bare]
        self.entities[bare] = entity
        etype, key = entity.type, entity.key
        for lang, forms in self.entities[target].aliases.items():  # the surname-only forms go back
            for form in [f for f in forms if name_key(clean_surface(f, lang, etype), etype).key == key]:
                forms.remove(form)
                self.add_alias(bare, lang, form)
        self.removed.discard(bare)
        self.dirty.update((bare, target))

    def add_alias(self, eid: str, language: str, alias: str) -> None:
        entity = self.entities[self.resolve(eid)]
        forms = entity.aliases.setdefault(language or "und", [])
        if alias and alias not in forms and len(forms) < MAX_ALIASES_PER_LANGUAGE:
            forms.append(alias)
            self.dirty.add(entity.id)

    def set_place(self, eid: str, country: str | None, lat: float | None, lon: float | None) -> None:
        entity = self.entities[self.resolve(eid)]
        if (entity.country, entity.latitude, entity.longitude) != (country, lat, lon):
            entity.country, entity.latitude, entity.longitude = country, lat, lon
            self.dirty.add(entity.id)

    def vote_name(self, eid: str, name: str) -> Counter[str]:
        """Count one offer of `name` as the identity's display; returns its tally."""
        eid = self.resolve(eid)
        votes = self.name_votes.get(eid)
        if votes is None:  # not setdefault: that would build a Counter at every offer
            votes = self.name_votes[eid] = Counter()
        votes[name] += 1
        self.dirty.add(eid)
        self.voted.add(eid)
        return votes

    def set_name(self, eid: str, name: str) -> None:
        entity = self.entities[self.resolve(eid)]
        if entity.id not in self.user_named and entity.name != name:
            entity.name = name
            self.dirty.add(entity.id)

    def _rekey(self, eid: str) -> str:
        """Move an entity to the id of its canonical key (smallest full key) if that changed."""
        entity = self.entities[eid]
        if eid in self.locked:
            return eid
        pool = self.full[eid] or self.keys[eid]
        canonical = min(pool)
        if canonical == entity.key:
            return eid
        new_id = entity_id(entity.type, canonical)
        if new_id in self.entities and new_id != eid:
            return eid  # the target identity exists separately; leave both alone
        entity.key = canonical
        if new_id != eid:
            self._move(eid, new_id)
        self.dirty.add(new_id)
        return new_id

    def _repoint_surnames(self, old: str, new: str) -> None:
        for tk in self._surnames_of.pop(old, set()):
            ids = self._surnames[tk]
            ids.discard(old)
            ids.add(new)
            self._surnames_of.setdefault(new, set()).add(tk)

    def surnames_of(self, eid: str) -> list[str]:
        """The surnames under which `eid` is found (without their type)."""
        return sorted(tk.split("|", 1)[1] for tk in self._surnames_of.get(eid, ()))

    def _move(self, old: str, new: str) -> None:
        entity = self.entities.pop(old)
        entity.id = new
        self.entities[new] = entity
        self.keys[new] = self.keys.pop(old)
        self.full[new] = self.full.pop(old)
        if old in self.name_votes:
            self.name_votes[new] = self.name_votes.pop(old)
        # The surname index follows: its records list surnames by current id, and a re-keyed
        # person saved without them was invisible to the next ingest.
        self._repoint_surnames(old, new)
        self.merged_ids[new] = [*self.merged_ids.pop(old, []), old]
        for flag in (self.user_named, self.locked):
            if old in flag:
                flag.discard(old)
                flag.add(new)
        self._redirect(old, new)
        self._redirect(new, None)
        self.dirty.discard(old)
        self.removed.add(old)
        self.dirty.add(new)

    def _absorb(self, keep: str, drop: str) -> None:
        a, b = self.entities[keep], self.entities.pop(drop)
        for lang, forms in b.aliases.items():
            for form in forms:
                self.add_alias(keep, lang, form)
        self.keys[keep] |= self.keys.pop(drop)
        self.full[keep] |= self.full.pop(drop)
        self.name_votes.setdefault(keep, Counter()).update(self.name_votes.pop(drop, Counter()))
        self._repoint_surnames(drop, keep)
        for tk, eid in self._index.items():
            if eid == drop:
                self._index[tk] = keep
        if a.country is None and b.country is not None:
            a.country, a.latitude, a.longitude = b.country, b.latitude, b.longitude
        self.merged_ids[keep] = [*self.merged_ids.get(keep, []), *self.merged_ids.pop(drop, []), drop]
        self._redirect(drop, keep)
        self.user_named.discard(drop)
        self.dirty.discard(drop)
        self.removed.add(drop)
        self.dirty.add(keep)

    # -- user corrections ------------------------------------------------------------
    def merge(self, a: str, b: str, record: bool = True) -> str:
        """Make b the same identity as a (a's id survives). Kept and re-applied."""
        keep, drop = self.resolve(a), self.resolve(b)
        if record:
            self.corrections.append({"op": "merge", "keep": a, "drop": b})
        if keep != drop and keep in self.entities and drop in self.entities:
            self._absorb(keep, drop)
            self.locked.add(keep)
        return keep

    def split(self, eid: str, alias: str, record: bool = True) -> str | None:
        """Detach one surface form (and its key) into an identity of its own."""
        from storywire.identity.names import clean_surface, name_key

        if record:
            self.corrections.append({"op": "split", "entity": eid, "alias": alias})
        eid = self.resolve(eid)
        entity = self.entities.get(eid)
        if entity is None:
            return None
        nk = name_key(clean_surface(alias, "und", entity.type), entity.type)
        key = nk.key or alias.casefold()
        new_id = entity_id(entity.type, "split:" + key)
        self.pinned[_tk(entity.type, key)] = new_id
        if new_id not in self.entities:
            self.entities[new_id] = Entity(new_id, alias, entity.type, {}, key="split:" + key)
            self.keys[new_id], self.full[new_id] = {key}, set()
            self._redirect(new_id, None)
        self.locked.add(new_id)
        self.keys[eid].discard(key)
        self.full[eid].discard(key)
        for lang, forms in entity.aliases.items():
            for form in [
                f for f in forms if f == alias or name_key(clean_surface(f, lang, entity.type), entity.type).key == key
            ]:
                forms.remove(form)
                self.add_alias(new_id, lang, form)
        self.dirty.update((eid, new_id))
        return new_id

    def rename(self, eid: str, name: str, record: bool = True) -> None:
        if record:
            self.corrections.append({"op": "rename", "entity": eid, "name": name})
        entity = self.get(eid)
        if entity is not None:
            entity.name = name
            self.user_named.add(entity.id)
            self.dirty.add(entity.id)

    def apply_corrections(self) -> None:
        """Replay every correction in order (idempotent): after loading or re-analysis."""
        for c in self.corrections:
            self._apply(c)

    def _apply(self, c: dict[str, Any]) -> None:
        if c.get("op") == "merge":
            self.merge(c["keep"], c["drop"], record=False)
        elif c.get("op") == "split":
            self.split(c["entity"], c["alias"], record=False)
        elif c.get("op") == "rename":
            self.rename(c["entity"], c["name"], record=False)

    def _replay(self, eid: str) -> None:
        # A new identity may be the missing half of a correction made before re-analysis.
        for c in self.corrections:
            if eid in (c.get("keep"), c.get("drop"), c.get("entity")):
                self._apply(c)

    # -- persistence ---------------------------------------------------------------
    def record(self, eid: str) -> dict[str, Any]:
        from storywire.identity.records import entity_record

        return entity_record(self, eid)

    def entity_records(self) -> list[dict[str, Any]]:
        return [self.record(eid) for eid in sorted(self.entities)]

    def correction_records(self) -> list[dict[str, Any]]:
        return [dict(c) for c in self.corrections]

    def to_records(self) -> dict[str, list[dict[str, Any]]]:
        return {"entities": self.entity_records(), "corrections": self.correction_records()}

    def _redirect(self, eid: str, target: str | None) -> None:
        """Point `eid` at `target` (None: let it stand for itself again)."""
        if self.redirects.get(eid) == target:
            return
        self.rerouted.add(self.resolve(eid))
        if target is None:
            self.redirects.pop(eid, None)
        else:
            self.redirects[eid] = target

    def take_voted(self) -> set[str]:
        """Ids whose display votes changed since the last call; clears it."""
        out, self.voted = self.voted, set()
        return out

    def take_rerouted(self) -> set[str]:
        """Ids that resolved somewhere a changed redirect led, since the last call; clears it.

        Every id whose resolution changed resolved, before its first change, to one of these:
        an id's redirects move all ids that resolve through it together."""
        out, self.rerouted = self.rerouted, set()
        return out

    def take_dirty_records(self) -> list[dict[str, Any]]:
        """Records changed since the last call (for the store to upsert); clears `dirty`."""
        out = [self.record(eid) for eid in sorted(self.dirty) if eid in self.entities]
        self.dirty.clear()
        return out

    def take_removed_ids(self) -> list[str]:
        """Ids merged or re-keyed away since the last call (for the store to delete)."""
        out = sorted(e for e in self.removed if e not in self.entities)
        self.removed.clear()
        return out

    @classmethod
    def from_records(
        cls,
        records: Iterable[dict[str, Any]] | dict[str, Any] = (),
        corrections: Iterable[dict[str, Any]] | None = None,
    ) -> EntityRegistry:
        """Rebuild from `to_records()` output or from (entity records, correction records)."""
        from storywire.identity.records import load_records

        if isinstance(records, dict):
            corrections = records.get("corrections", []) if corrections is None else corrections
            rows: list[dict[str, Any]] = list(records.get("entities", []))
        else:
            rows = list(records)
        reg = cls()
        load_records(reg, rows)
        reg.corrections = [dict(c) for c in (corrections or [])]
        reg.apply_corrections()
        reg.dirty.clear()
        reg.removed.clear()
        reg.rerouted.clear()
        reg.voted.clear()
        return reg
