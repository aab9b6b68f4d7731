"""Readable terminal views of stories and articles, shared by the CLI and the demo."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from storywire.export import entity_redirects
from storywire.model import Article, Event, Story
from storywire.store.base import Store, story_articles


@dataclass
class StorySummary:
    story: Story
    articles: list[Article]
    leading_entities: list[tuple[str, str]]  # (name, type), most prominent first
    sources: list[str]
    events: list[Event] = field(default_factory=list)
    names: dict[str, dict[str, Any]] = field(default_factory=dict)


TYPE_ORDER = {"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}


def entity_names(store: Store) -> dict[str, dict[str, Any]]:
    """Entity records by id, retired ids (after merges) included and pointing at the current record."""
    records = store.entity_records()
    by_id = {record["id"]: record for record in records}
    for old, current in entity_redirects(records).items():
        by_id.setdefault(old, by_id[current])
    return by_id


def summarise(
    store: Store, story: Story, names: dict[str, dict[str, Any]], top: int = 5, with_events: bool = True
) -> StorySummary:
    # a listing (with_events=False) needs neither the articles nor their events: skip loading them
    articles = list(story_articles(store, story)) if with_events else []
    # the clusterer ranked the story's entities; ids retired by later merges resolve through `names`
    leading: dict[str, tuple[str, str]] = {}
    for entity_id in story.entities:
        record = names.get(entity_id)
        if record and len(leading) < top:
            leading.setdefault(record["id"], (str(record.get("name")), str(record.get("type"))))
    # the story's actors read first, then its places: the most prominent of each come first
    ordered = sorted(leading.values(), key=lambda item: TYPE_ORDER.get(item[1], len(TYPE_ORDER)))
    events = story_events(store, story, articles) if with_events else []
    return StorySummary(story, articles, ordered, list(story.sources), events, names)


def story_events(store: Store, story: Story, articles: Sequence[Article]) -> list[Event]:
    """The story's events (by story id, or reported by one of its articles), oldest first."""
    from storywire.events.dates import sort_key

    ids = {a.id for a in articles}
    found = [e for e in store.iter_events() if e.story_id == story.id or any(v.article in ids for v in e.evidence)]
    return sorted(found, key=lambda e: (sort_key(e.date), e.type, e.id))


def format_event(event: Event, names: dict[str, dict[str, Any]], sources: int | None = None) -> str:
    """One line: date, type/mode, actors (with their roles where known), place, status and how many
    sources report it: "Sergei Shoigu (secretary of Russia's Security Council, RU)"."""
    from storywire.events.roles import role_label

    def name(eid: str) -> str:
        return str(names.get(eid, {}).get("name") or eid)

    what = event.type + (f"/{event.mode}" if event.mode else "")
    actors = " · ".join(role_label(name(a), event.roles.get(a)) for a in event.actors) or "?"
    place = f" @ {name(event.place)}" if event.place else ""
    count = len({e.article for e in event.evidence}) if sources is None else sources
    return f"  * {event.date or '?':23} {what:20} {actors}{place}  [{event.status}, {count} source(s)]"


def story_summaries(store: Store) -> list[StorySummary]:
    names = entity_names(store)
    summaries = [summarise(store, story, names, with_events=False) for story in store.iter_stories()]
    summaries.sort(key=lambda s: (-len(s.story.articles), s.story.first_published or date.min, s.story.id))
    return summaries


def _span(story: Story) -> str:
    first = story.first_published.isoformat() if story.first_published else "?"
    last = story.last_published.isoformat() if story.last_published else "?"
    return first if first == last else f"{first} … {last}"


def format_stories(summaries: list[StorySummary], languages: Sequence[str] = ()) -> str:
    """One block per story; titles in the first of `languages` the story has (e.g. ["uk", "en"])."""
    lines = []
    for summary in summaries:
        story = summary.story
        lines.append(f"{story.id}  {story.title_in(list(languages))}")
        lines.append(
            f"    {len(story.articles)} article(s) · {', '.join(story.languages) or '?'} · {_span(story)}"
        )
        if summary.leading_entities:
            entities = ", ".join(f"{name} ({etype})" for name, etype in summary.leading_entities)
            lines.append(f"    entities: {entities}")
    return "\n".join(lines)


def storylines(store: Store) -> dict[str, list[Story]]:
    """Stories grouped by storyline, each chain in date order; longest chains first."""
    chains: dict[str, list[Story]] = {}
    for story in store.iter_stories():
        if story.storyline_id:
            chains.setdefault(story.storyline_id, []).append(story)
    for chain in chains.values():
        chain.sort(key=lambda s: (s.first_published or date.max, s.id))
    return dict(sorted(chains.items(), key=lambda item: (-len(item[1]), item[0])))


def format_storyline(storyline_id: str, chain: list[Story], languages: Sequence[str] = ()) -> str:
    first, last = chain[0].first_published, chain[-1].last_published
    span = f"{first.isoformat() if first else '?'} → {last.isoformat() if last else '?'}"
    lines = [f"{storyline_id}  {len(chain)} stories · {span}"]
    for story in chain:
        lines.append(
            f"  {_span(story):<23}  {story.id}  {story.title_in(list(languages))}  [{', '.join(story.languages)}]"
        )
    return "\n".join(lines)


def format_story(summary: StorySummary, languages: Sequence[str] = ()) -> str:
    lines = [format_stories([summary], languages)]
    if summary.sources:
        lines.append(f"    sources: {', '.join(summary.sources)}")
    for article in sorted(summary.articles, key=lambda a: (a.published is None, a.published, a.id)):
        day = article.published.isoformat() if article.published else "????-??-??"
        lines.append(f"  - {article.id}  [{article.language or '?'}] {day}  {article.title or ''}")
    if summary.events:
        outlets = {a.id: a.source or a.id for a in summary.articles}
        lines.append(f"  events ({len(summary.events)}):")
        for event in summary.events:
            count = len({outlets.get(e.article, e.article) for e in event.evidence})
            lines.append(format_event(event, summary.names, count))
    return "\n".join(lines)


def format_article(
    article: Article, names: dict[str, dict[str, Any]], events: Sequence[Event] | None = None
) -> str:
    day = article.published.isoformat() if article.published else "unknown date"
    lines = [
        f"{article.id}  {article.title or ''}",
        f"  language {article.language or '?'} · published {day} · source {article.source or '?'}"
        f" · story {article.story_id or '-'}",
    ]
    if article.url:
        lines.append(f"  url: {article.url}")
    if article.notes:
        lines.append(f"  notes: {'; '.join(article.notes)}")
    entities = sorted({(names.get(m.entity_id or "", {}).get("name") or m.text, m.type) for m in article.mentions})
    if entities:
        lines.append("  entities: " + ", ".join(f"{name} ({etype})" for name, etype in entities))
    if article.dates:
        lines.append("  dates: " + ", ".join(f"{d.text} → {d.value}" for d in article.dates))
    if events is None:  # not given: what this article alone reports
        from storywire.events.merge import EventIndex

        index = EventIndex()
        index.add_article(article)
        events = list(index)
    if events:
        lines.append(f"  events ({len(events)}):")
        lines.extend(format_event(e, names) for e in events)
    lines.append("")
    for paragraph in article.paragraphs:
        marks = f"[{paragraph.language or '?'}{'?' if paragraph.language_uncertain else ''}"
        marks += " quote]" if paragraph.is_quote else "]"
        lines.append(f"{marks} {article.text[paragraph.start : paragraph.end]}")
    if article.removed:
        lines.append("")
        lines.append(f"  removed {len(article.removed)} line(s): " + ", ".join(
            f"{reason}×{count}" for reason, count in sorted(Counter(r.reason for r in article.removed).items())
        ))
    return "\n".join(lines)
