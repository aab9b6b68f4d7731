"""Timelines: dated events in order, for an entity (any alias, any script), a story or a storyline."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from storywire.events.dates import sort_key
from storywire.events.roles import role_label
from storywire.identity.names import clean_surface, name_key
from storywire.model import Article, Event
from storywire.store.base import Store
from storywire.store.text_search import fold

_TYPES = ("PER", "ORG", "LOC", "MISC")


def resolve_query(query: str, records: Iterable[dict[str, Any]]) -> list[str]:
    """Ids of the entities a query names: alias match after accent/case folding, the cross-script
    identity key (so Shoigu / Schoigu / Шойгу / Choïgou agree), and a bare surname of a full name."""
    rows = list(records)
    folded = fold(query.strip())
    if not folded:
        return []
    found = [r["id"] for r in rows if folded in {fold(str(r.get("name", ""))), *_folded_aliases(r)}]
    keys = {etype: name_key(clean_surface(query, "und", etype), etype) for etype in _TYPES}
    found += [r["id"] for r in rows if keys[r.get("type", "MISC")].key in set(r.get("keys") or [r.get("key")])]
    per = keys["PER"]
    if not per.is_full and per.surname:
        found += [r["id"] for r in rows if r.get("type") == "PER" and per.surname in (r.get("surnames") or [])]
    return list(dict.fromkeys(found))


def _folded_aliases(record: dict[str, Any]) -> set[str]:
    return {fold(alias) for forms in (record.get("aliases") or {}).values() for alias in forms}


def select_events(
    store: Store,
    entity_ids: Iterable[str] = (),
    story_id: str | None = None,
    storyline_id: str | None = None,
    redirects: dict[str, str] | None = None,
) -> list[Event]:
    """Events involving any of `entity_ids` (as actor or place), or of one story or storyline,
    oldest first; with several criteria an event must meet all of them."""
    wanted = set(entity_ids)
    follow = redirects or {}
    stories: set[str] | None = None
    if storyline_id:
        stories = {s.id for s in store.iter_stories() if s.storyline_id == storyline_id or s.id == storyline_id}
    if story_id:
        stories = {story_id} if stories is None else stories & {story_id}
    out = []
    for event in store.iter_events():
        if stories is not None and event.story_id not in stories:
            continue
        if wanted:
            involved = {follow.get(x, x) for x in [*event.actors, event.place] if x}
            if not involved & wanted:
                continue
        out.append(event)
    out.sort(key=lambda e: (sort_key(e.date), e.type, e.id))
    return out


@dataclass
class TimelineRow:
    date: str
    precision: str
    type: str
    mode: str
    status: str
    actors: str
    sources: str
    targets: str
    place: str
    source_count: int
    languages: str
    articles: str
    event: str
    evidence: str
    roles: str = ""  # "Sergei Shoigu (secretary of Russia's Security Council, RU); ..." for actors with a role


def rows(store: Store, events: Iterable[Event], names: dict[str, dict[str, Any]]) -> list[TimelineRow]:
    cache: dict[str, Article | None] = {}

    def article(aid: str) -> Article | None:
        if aid not in cache:
            cache[aid] = store.get_article(aid)
        return cache[aid]

    def name(eid: str | None) -> str:
        if not eid:
            return ""
        return str(names.get(eid, {}).get("name") or eid)

    out = []
    for event in events:
        arts = [article(e.article) for e in event.evidence]
        pairs = zip(arts, event.evidence, strict=True)
        outlets = {(a.source if a and a.source else f"article:{e.article}") for a, e in pairs}
        out.append(TimelineRow(
            date=event.date or "", precision=event.date_precision or "", type=event.type, mode=event.mode or "",
            status=event.status, actors=" · ".join(name(a) for a in event.actors),
            sources="; ".join(name(a) for a in event.sources), targets="; ".join(name(a) for a in event.targets),
            place=name(event.place), source_count=len(outlets),
            languages=",".join(sorted({a.language for a in arts if a and a.language})),
            articles=",".join(dict.fromkeys(e.article for e in event.evidence)), event=event.id,
            evidence=event.evidence[0].text if event.evidence else "",
            roles="; ".join(role_label(name(a), event.roles[a]) for a in event.actors if a in event.roles),
        ))  # fmt: skip
    return out


def format_text(table: list[TimelineRow], width: int = 140) -> str:
    if not table:
        return "no events"
    lines = [f"{'date':23} {'event':20} {'status':9} {'actors':38} {'place':16} src"]
    for row in table:
        what = row.type + (f"/{row.mode}" if row.mode else "")
        lines.append(
            f"{row.date[:23]:23} {what[:20]:20} {row.status[:9]:9} {row.actors[:38]:38} {row.place[:16]:16} "
            f"{row.source_count}"
        )
        if row.roles:
            lines.append(f"{'':24}↳ {row.roles}")
    lines.append(f"{len(table)} event(s)")
    return "\n".join(line[:width] if len(line) > width else line for line in lines)


def format_json(table: list[TimelineRow]) -> str:
    return json.dumps([asdict(r) for r in table], ensure_ascii=False, indent=2)


def format_csv(table: list[TimelineRow]) -> str:
    buffer = io.StringIO()
    fields = list(TimelineRow.__dataclass_fields__)
    writer = csv.DictWriter(buffer, fieldnames=fields)
    writer.writeheader()
    for row in table:
        writer.writerow(asdict(row))
    return buffer.getvalue()


FORMATTERS = {"text": format_text, "json": format_json, "csv": format_csv}
