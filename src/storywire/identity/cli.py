"""`storywire entity show|list|merge|split|rename` and `storywire eval news-ner`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from storywire.identity.corrections import CorrectionError, Identities

Runner = Callable[[argparse.Namespace], None]
_TYPES = ("PER", "ORG", "LOC", "MISC")


@contextmanager
def _identities(args: argparse.Namespace) -> Iterator[Identities]:
    from storywire.api import open_store
    from storywire.cli import EXIT_NOT_FOUND, CommandError

    if args.db != ":memory:" and not Path(args.db).exists():
        # opening would create an empty database, and every id would then be "unknown"
        raise CommandError(f"no database at {args.db} (give --db, or ingest first)", EXIT_NOT_FOUND)
    store = open_store(args.db)
    try:
        yield Identities.load(store)
    except CorrectionError as error:
        raise CommandError(str(error), EXIT_NOT_FOUND if error.not_found else 2) from error
    finally:
        store.close()


def _place(record: dict[str, Any]) -> str | None:
    lat, lon = record.get("latitude"), record.get("longitude")
    parts = [f"country {record['country']}"] if record.get("country") else []
    if lat is not None and lon is not None:
        parts.append(f"coordinates {lat:.4f}, {lon:.4f}")
    return ", ".join(parts) or None


def format_entity(record: dict[str, Any], articles: int) -> str:
    lines = [f"{record['id']}  {record.get('type', '?')}  {record.get('name', '')}", f"  articles: {articles}"]
    place = _place(record)
    if place:
        lines.append(f"  {place}")
    aliases = record.get("aliases") or {}
    if aliases:
        lines.append("  aliases:")
        lines += [f"    {lang}: {', '.join(forms)}" for lang, forms in sorted(aliases.items()) if forms]
    if record.get("merged_ids"):
        lines.append(f"  merged ids: {', '.join(record['merged_ids'])}")
    if record.get("user_named"):
        lines.append("  name set by a user correction")
    return "\n".join(lines)


def _matching(ids: Identities, query: str) -> list[dict[str, Any]]:
    """Records for an id (current or retired) or for a name in any language or script."""
    from storywire.events.timeline import resolve_query

    if query.strip().startswith("ent:"):
        return [ids.record(query)]
    found = resolve_query(query, ids.records())
    return [ids.registry.record(eid) for eid in dict.fromkeys(ids.registry.resolve(e) for e in found)]


def cmd_show(args: argparse.Namespace) -> int:
    from storywire.cli import EXIT_NOT_FOUND, CommandError

    with _identities(args) as ids:
        records = _matching(ids, args.entity)
        if not records:
            raise CommandError(f"no entity matches {args.entity!r}", EXIT_NOT_FOUND)
        counts = ids.article_counts()
        print("\n\n".join(format_entity(r, counts[r["id"]]) for r in records))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with _identities(args) as ids:
        records = _matching(ids, args.query) if args.query else ids.records()
        records = [r for r in records if not args.type or r.get("type") == args.type]
        counts = ids.article_counts()
    records.sort(key=lambda r: (-counts[r["id"]], str(r.get("name", "")).casefold(), r["id"]))
    shown = records[: args.limit] if args.limit else records
    for r in shown:
        print(f"{r['id']}  {r.get('type', '?'):<4} {counts[r['id']]:>4}  {r.get('name', '')}")
    more = f" (showing {len(shown)})" if len(shown) < len(records) else ""
    print(f"{len(records)} entit{'y' if len(records) == 1 else 'ies'}{more}")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    with _identities(args) as ids:
        dropped = ids.record(args.drop)
        kept = ids.merge(args.keep, args.drop)
        record = ids.registry.record(kept)
        counts = ids.article_counts()
    print(f"merged {dropped['id']} ({dropped.get('name')}) into {kept} ({record.get('name')})")
    print(format_entity(record, counts[kept]))
    return 0


def cmd_split(args: argparse.Namespace) -> int:
    with _identities(args) as ids:
        new_id = ids.split(args.id, args.alias)
        old = ids.record(args.id)
        counts = ids.article_counts()
        record = ids.registry.record(new_id)
    print(f"split {args.alias!r} off {old['id']} ({old.get('name')}) into {new_id}")
    print(format_entity(record, counts[new_id]))
    return 0


def cmd_rename(args: argparse.Namespace) -> int:
    with _identities(args) as ids:
        eid = ids.rename(args.id, args.name)
        record = ids.registry.record(eid)
    print(f"renamed {eid} to {record.get('name')!r}")
    return 0


def _eval_news_ner(args: argparse.Namespace) -> None:
    from storywire.evaluation.news_ner import run_news_ner_eval

    path = Path(args.path) if args.path else None
    run_news_ner_eval(sys.stdout, path, args.language, getattr(args, "verbose", False))


def register(commands: Any, register_evaluation: Callable[[str, Runner], None]) -> None:
    from storywire.cli import _db_option

    entity = commands.add_parser("entity", help="show, list and correct entity identities (merge, split, rename)")
    actions = entity.add_subparsers(dest="action", required=True)
    show = actions.add_parser("show", help="one entity by id or by any alias: names, place, article count")
    show.add_argument("entity", metavar="NAME|ID")
    show.set_defaults(run=cmd_show)
    listing = actions.add_parser("list", help="entities by article count")
    listing.add_argument("--type", choices=_TYPES)
    listing.add_argument("--query", help="only entities this name or alias matches (any script)")
    listing.add_argument("--limit", type=int, default=0, help="show at most this many (0: all)")
    listing.set_defaults(run=cmd_list)
    merge = actions.add_parser("merge", help="make the second entity the same as the first (kept and replayed)")
    merge.add_argument("keep", metavar="ID")
    merge.add_argument("drop", metavar="ID")
    merge.set_defaults(run=cmd_merge)
    split = actions.add_parser("split", help="move one alias out of an entity into a new one")
    split.add_argument("id", metavar="ID")
    split.add_argument("alias", metavar="ALIAS")
    split.set_defaults(run=cmd_split)
    rename = actions.add_parser("rename", help="set an entity's display name")
    rename.add_argument("id", metavar="ID")
    rename.add_argument("name", metavar="NAME")
    rename.set_defaults(run=cmd_rename)
    for sub in (show, listing, merge, split, rename):
        _db_option(sub)
        sub.set_defaults(embedder="hash")
    register_evaluation("news-ner", _eval_news_ner)
