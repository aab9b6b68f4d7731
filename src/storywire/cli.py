"""The `storywire` command. Errors inside are typed exceptions; here they become messages and exit codes."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path

from storywire.api import Storywire, make_embedder, open_store
from storywire.export import FORMATS, ExportError, write_export
from storywire.ingest.sources import MetadataError, read_inputs
from storywire.pipeline import IngestReport
from storywire.scale import ENGINES, ScaleError
from storywire.stages.ner.modes import NER_MODE_ENV, NER_MODES
from storywire.store.base import StoreError
from storywire.views import (
    entity_names,
    format_article,
    format_stories,
    format_story,
    format_storyline,
    story_summaries,
    storylines,
    summarise,
)
from storywire.workers import AUTO

DEFAULT_DB = "storywire.db"
EXIT_USAGE = 2
EXIT_NOT_FOUND = 3


class CommandError(Exception):
    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def demo_corpus() -> Path:
    return Path(str(resources.files("storywire") / "demo" / "corpus"))


def _open(args: argparse.Namespace) -> Storywire:
    app = Storywire(open_store(args.db), make_embedder(getattr(args, "embedder", "e5")))
    app.batch_size = getattr(args, "batch_size", app.batch_size)
    app.workers = getattr(args, "workers", app.workers)
    app.engine = getattr(args, "engine", app.engine)
    app.ray_address = getattr(args, "ray_address", app.ray_address)
    return app


def _progress(items, quiet: bool):  # type: ignore[no-untyped-def]
    from tqdm import tqdm

    # tqdm hides itself when stderr is not a terminal, so logs and CI stay clean
    return tqdm(items, unit=" input", disable=True if quiet else None, file=sys.stderr)


def _run_ingest(app: Storywire, inputs: Sequence[str], meta: Path | None, args: argparse.Namespace) -> IngestReport:
    missing = [p for p in inputs if p != "-" and not Path(p).exists()]
    if missing:
        raise CommandError(f"no such file or folder: {', '.join(missing)}")
    items = read_inputs(inputs, meta, encoding=args.encoding, max_bytes=args.max_bytes)

    def committed(report: IngestReport) -> None:
        if args.verbose:
            print(f"committed {report.committed} article(s)", file=sys.stderr, flush=True)

    return app.pipeline.ingest(_progress(items, args.quiet), on_commit=committed)


def cmd_ingest(args: argparse.Namespace) -> int:
    with _open(args) as app:
        report = _run_ingest(app, args.paths, args.meta, args)
    print(report.summary())
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    corpus = demo_corpus()
    print(f"storywire demo: ingesting the built-in corpus ({corpus}) into {args.db}", file=sys.stderr)
    with _open(args) as app:
        report = _run_ingest(app, [str(corpus)], None, args)
        print(format_stories(story_summaries(app.store)))
        print()
        print(report.summary())
        print(f"database left at {args.db} (try: storywire stories --db {args.db})")
    return 0


def _languages(args: argparse.Namespace) -> list[str]:
    return [code.strip() for code in (getattr(args, "lang", None) or "").split(",") if code.strip()]


def cmd_stories(args: argparse.Namespace) -> int:
    with _open(args) as app:
        summaries = story_summaries(app.store)
        empty = "no stories yet: run `storywire ingest PATH...` first"
        print(format_stories(summaries, _languages(args)) if summaries else empty)
    return 0


def cmd_storylines(args: argparse.Namespace) -> int:
    with _open(args) as app:
        chains = storylines(app.store)
    for storyline_id, chain in chains.items():
        print(format_storyline(storyline_id, chain, _languages(args)))
    print(f"{len(chains)} storyline(s)")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with _open(args) as app:
        names = entity_names(app.store)
        story = app.store.get_story(args.id)
        if story:
            print(format_story(summarise(app.store, story, names), _languages(args)))
            return 0
        chain = storylines(app.store).get(args.id)
        if chain:
            print(format_storyline(args.id, chain, _languages(args)))
            return 0
        article = app.store.get_article(args.id)
        if article:
            reported = [e for e in app.store.iter_events() if any(x.article == article.id for x in e.evidence)]
            print(format_article(article, names, reported))
            return 0
    raise CommandError(f"no story, storyline or article with id {args.id!r}", EXIT_NOT_FOUND)


def cmd_export(args: argparse.Namespace) -> int:
    with _open(args) as app:
        written = write_export(app.store, args.format, args.out, sys.stdout)
    for path in written:
        print(f"wrote {path}", file=sys.stderr)
    return 0


def cmd_rejects(args: argparse.Namespace) -> int:
    with _open(args) as app:
        rejections = app.rejections()
    for rejection in rejections:
        print(f"{rejection.reason.value:12} {rejection.origin}  {rejection.detail}")
    print(f"{len(rejections)} rejected input(s)")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with _open(args) as app:
        hits = app.search(args.query, args.limit)
    for hit in hits:
        print(f"{hit.article_id}  {hit.title or ''}\n    {hit.snippet}")
    print(f"{len(hits)} hit(s)")
    return 0


def _eval_timex(args: argparse.Namespace) -> None:
    from storywire.evaluation.timex import run_timex_eval

    run_timex_eval(Path(args.path), sys.stdout)


def _eval_ner(args: argparse.Namespace) -> None:
    from storywire.evaluation.ner import run_ner_eval

    run_ner_eval(Path(args.path), args.language, sys.stdout, limit=args.limit)


def _eval_cleaning(args: argparse.Namespace) -> None:
    from storywire.evaluation.cleaning import run_cleaning_eval

    run_cleaning_eval(Path(args.path), sys.stdout)


def _eval_stories(args: argparse.Namespace) -> None:
    from storywire.evaluation.stories import run_story_eval

    run_story_eval(Path(args.path), sys.stdout, make_embedder(args.embedder))


def _eval_similarity(args: argparse.Namespace) -> None:
    from storywire.evaluation.similarity import run_similarity_eval

    run_similarity_eval(Path(args.path), sys.stdout, limit=args.limit)


def _eval_gate(args: argparse.Namespace) -> None:
    from storywire.evaluation.gate import run_gate

    run_gate(Path(args.path), sys.stdout, update=args.update)


# `storywire eval NAME PATH`: each evaluation prints its headline figure alone on the last line.
# Feature modules add theirs with `register_evaluation` from their `register` hook.
EVALUATIONS: dict[str, Callable[[argparse.Namespace], None]] = {
    "timex": _eval_timex,
    "ner": _eval_ner,
    "cleaning": _eval_cleaning,
    "stories": _eval_stories,
    "similarity": _eval_similarity,
    "gate": _eval_gate,
}
# modules that add subcommands: each has `register(commands, evaluations)`; see events/ and serve/
COMMAND_MODULES = ("storywire.events.cli", "storywire.serve.cli", "storywire.identity.cli")


def register_evaluation(name: str, runner: Callable[[argparse.Namespace], None]) -> None:
    EVALUATIONS[name] = runner


# evaluations that have a built-in data set and need no path
PATH_OPTIONAL = {"news-ner"}


def cmd_eval(args: argparse.Namespace) -> int:
    if args.path is None and args.stage not in PATH_OPTIONAL:
        raise CommandError(f"eval {args.stage} needs a data file or folder")
    if args.path is not None and not Path(args.path).exists():
        raise CommandError(f"no such file or folder: {args.path}")
    EVALUATIONS[args.stage](args)
    return 0


def _workers(value: str) -> int:
    if value == "auto":
        return AUTO
    if value.isdigit() and int(value) >= 1:
        return int(value)
    raise argparse.ArgumentTypeError("a positive number or auto")


def _db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=os.environ.get("STORYWIRE_DB", DEFAULT_DB), help="SQLite database file")
    parser.add_argument("--embedder", default=os.environ.get("STORYWIRE_EMBEDDER", "e5"), choices=["e5", "hash"])


def _ner_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--ner",
        choices=NER_MODES,
        default=os.environ.get(NER_MODE_ENV) or "fast",
        help="entity extraction: fast (default), or contextual (de, en, ru: taggers that read the e5 encoder's "
        "states of every word; better on varied text, slower; see the README)",
    )


def _ingest_options(parser: argparse.ArgumentParser) -> None:
    _ner_option(parser)
    parser.add_argument("--encoding", help="decode inputs with this encoding instead of UTF-8")
    parser.add_argument("--max-bytes", type=int, default=5 * 1024 * 1024, help="reject larger inputs")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--verbose", action="store_true", help="report each committed batch")
    parser.add_argument("--batch-size", type=int, default=32, help="articles analysed and committed together")
    parser.add_argument(
        "--workers",
        type=_workers,
        default=AUTO,
        help="processes (with --engine ray: Ray actors) for per-article analysis: a number, or auto (one per "
        "core once the input is long)",
    )
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default="local",
        help="where per-article analysis runs: local (processes on this machine) or ray (a Ray cluster, extra [scale])",
    )
    parser.add_argument(
        "--ray-address", help="with --engine ray: the Ray cluster to use (default $RAY_ADDRESS, else a local one)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="storywire", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    ingest = commands.add_parser("ingest", help="ingest .txt/.html/.jsonl/.json/RSS files, folders, or - (stdin)")
    ingest.add_argument("paths", nargs="+")
    ingest.add_argument("--meta", type=Path, help="meta.jsonl with file, published, url, source, title")
    _db_option(ingest)
    _ingest_options(ingest)
    ingest.set_defaults(run=cmd_ingest)
    demo = commands.add_parser("demo", help="ingest the built-in demo corpus and summarise its stories")
    _db_option(demo)
    _ingest_options(demo)
    demo.set_defaults(run=cmd_demo, db=os.environ.get("STORYWIRE_DB", "storywire-demo.db"))
    for name, run, help_text in (
        ("stories", cmd_stories, "list stories with languages, dates and leading entities"),
        ("storylines", cmd_storylines, "list storylines: stories chained over time by shared actors"),
        ("rejects", cmd_rejects, "list rejected inputs with their reasons"),
    ):
        sub = commands.add_parser(name, help=help_text)
        _db_option(sub)
        sub.add_argument("--lang", help="preferred title languages, e.g. uk,en")
        sub.set_defaults(run=run)
    show = commands.add_parser("show", help="show one story, storyline or article")
    show.add_argument("id")
    show.add_argument("--lang", help="preferred title languages, e.g. uk,en")
    _db_option(show)
    show.set_defaults(run=cmd_show)
    export = commands.add_parser("export", help="export articles, entities, stories and events")
    export.add_argument("--format", choices=FORMATS, default="json")
    export.add_argument("--out", type=Path, help="output file (json/jsonl) or folder (csv/parquet)")
    _db_option(export)
    export.set_defaults(run=cmd_export)
    search = commands.add_parser("search", help="full-text search over article text, all scripts")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=20)
    _db_option(search)
    search.set_defaults(run=cmd_search)
    for module_name in COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if not (error.name and module_name.startswith(error.name)):
                raise  # the module exists but something it imports is missing: a real error
            continue
        module.register(commands, register_evaluation)
    evaluate = commands.add_parser("eval", help="evaluation commands; the headline figure is the last line")
    evaluate.add_argument("stage", choices=sorted(EVALUATIONS))
    evaluate.add_argument(
        "path", nargs="?", help="data file or folder (gate: the shared data folder; news-ner: the built-in set)"
    )
    evaluate.add_argument("--update", action="store_true", help="gate: raise pins to the measured figures")
    evaluate.add_argument("--language", help="ner: the file's language (default: its folder's name, else detected)")
    evaluate.add_argument("--limit", type=int)
    evaluate.add_argument("--verbose", action="store_true", help="list the errors behind the figures")
    evaluate.add_argument("--embedder", default="e5", choices=["e5", "hash"])
    _ner_option(evaluate)
    evaluate.set_defaults(run=cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    if getattr(args, "ner", None):
        os.environ[NER_MODE_ENV] = args.ner  # analysis worker processes inherit it
    try:
        return run(args)
    except CommandError as error:
        print(f"storywire: {error}", file=sys.stderr)
        return error.code
    except (StoreError, MetadataError, ExportError, ScaleError) as error:
        print(f"storywire: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("storywire: interrupted; committed batches are kept; run the same command again", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
