"""`storywire timeline QUERY` and `storywire eval plover FILE`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Runner = Callable[[argparse.Namespace], None]


def cmd_timeline(args: argparse.Namespace) -> int:
    from storywire.cli import EXIT_NOT_FOUND, CommandError, _open
    from storywire.events.timeline import FORMATTERS, resolve_query, rows, select_events
    from storywire.export import entity_redirects
    from storywire.views import entity_names

    if not (args.query or args.story or args.storyline):
        raise CommandError("give an entity QUERY, --story ID or --storyline ID")
    with _open(args) as app:
        records = app.store.entity_records()
        ids: list[str] = []
        if args.query:
            ids = resolve_query(args.query, records)
            if not ids:
                raise CommandError(f"no entity matches {args.query!r}", EXIT_NOT_FOUND)
        if args.story and app.store.get_story(args.story) is None:
            raise CommandError(f"no story with id {args.story!r}", EXIT_NOT_FOUND)
        events = select_events(app.store, ids, args.story, args.storyline, entity_redirects(records))
        table = rows(app.store, events, entity_names(app.store))
    if args.format == "text" and args.query:
        names = ", ".join(sorted({str(r["name"]) for r in records if r["id"] in ids}))
        print(f"timeline for {names}")
    print(FORMATTERS[args.format](table))
    return 0


def _eval_plover(args: argparse.Namespace) -> None:
    from storywire.evaluation.plover import run_plover_eval

    run_plover_eval(Path(args.path), sys.stdout, language=args.language, limit=args.limit)


def register(commands: Any, register_evaluation: Callable[[str, Runner], None]) -> None:
    from storywire.cli import _db_option

    timeline = commands.add_parser("timeline", help="dated events for an entity (any alias), a story or a storyline")
    timeline.add_argument("query", nargs="?", help="an entity name or alias, in any language or script")
    timeline.add_argument("--story", help="only events of this story")
    timeline.add_argument("--storyline", help="only events of the stories of this storyline")
    timeline.add_argument("--format", choices=["text", "json", "csv"], default="text")
    _db_option(timeline)
    timeline.set_defaults(run=cmd_timeline, embedder="hash")
    register_evaluation("plover", _eval_plover)
