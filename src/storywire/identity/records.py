"""EntityRegistry <-> plain JSON records (what the stores keep)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from storywire.model import Entity

if TYPE_CHECKING:
    from storywire.identity.registry import EntityRegistry


def _tk(etype: str, key: str) -> str:
    return f"{etype}|{key}"


def _aliases(aliases: dict[str, list[str]]) -> dict[str, list[str]]:
    return {lang: list(forms) for lang, forms in sorted(aliases.items())}


def entity_record(reg: EntityRegistry, eid: str) -> dict[str, Any]:
    e = reg.entities[eid]
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "aliases": _aliases(e.aliases),
        "country": e.country,
        "latitude": e.latitude,
        "longitude": e.longitude,
        "key": e.key,
        "keys": sorted(reg.keys[eid]),
        "full_keys": sorted(reg.full[eid]),
        "surnames": reg.surnames_of(eid),
        "merged_ids": list(reg.merged_ids.get(eid, [])),
        "name_votes": dict(sorted(reg.name_votes.get(eid, {}).items())),
        "user_named": eid in reg.user_named,
        "locked": eid in reg.locked,
        # bare surnames linked here (revocably): enough to restore them as identities
        "bare": [
            {"id": b, "key": parked.key, "name": parked.name, "aliases": _aliases(parked.aliases)}
            for b, parked in sorted(reg.bare.items())
            if reg.resolve(b) == eid
        ],
    }


def load_records(reg: EntityRegistry, rows: list[dict[str, Any]]) -> None:
    """Fill an empty registry from entity records (corrections are the caller's)."""
    superseded = {old for r in rows for old in r.get("merged_ids", [])}
    for r in rows:
        eid = r["id"]
        if eid in superseded:
            continue  # a stale record the store kept after a merge
        e = Entity(
            eid, r.get("name", ""), r.get("type", "MISC"), _aliases(r.get("aliases") or {}),
            r.get("country"), r.get("latitude"), r.get("longitude"), r.get("key", ""),
        )  # fmt: skip
        reg.entities[eid] = e
        reg.keys[eid] = set(r.get("keys") or ([e.key] if e.key else []))
        reg.full[eid] = set(r.get("full_keys") or [])
        reg.merged_ids[eid] = list(r.get("merged_ids") or [])
        if r.get("name_votes"):
            reg.name_votes[eid] = Counter({str(k): int(v) for k, v in r["name_votes"].items()})
        for old in reg.merged_ids[eid]:
            reg.redirects[old] = eid
        for key in reg.keys[eid]:
            reg._index.setdefault(_tk(e.type, key), eid)
        if e.key.startswith("split:"):
            reg.pinned[_tk(e.type, e.key.removeprefix("split:"))] = eid
        for s in r.get("surnames") or []:
            reg._add_surname(e.type, s, eid)
        if r.get("user_named"):
            reg.user_named.add(eid)
        if r.get("locked"):
            reg.locked.add(eid)
        for b in r.get("bare") or []:
            parked = Entity(b["id"], b.get("name", ""), e.type, _aliases(b.get("aliases") or {}), key=b["key"])
            reg.bare[b["id"]] = parked
            reg.keys[b["id"]], reg.full[b["id"]] = {b["key"]}, set()
            reg._index.setdefault(_tk(e.type, b["key"]), b["id"])
            reg._note_bare(e.type, b["key"])
        if e.type == "PER" and e.key and " " not in e.key and not reg.full[eid]:
            reg._note_bare(e.type, e.key)  # an unlinked bare surname: a full name may settle it
