"""`storywire serve`: the HTTP API and web page over one database."""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from storywire.cli import CommandError, _db_option

LOOPBACK_NAMES = {"localhost"}


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# what a server process started by uvicorn (several processes: `--processes`) is to serve
ENV_DB, ENV_EMBEDDER, ENV_PROCESSES = "STORYWIRE_SERVE_DB", "STORYWIRE_SERVE_EMBEDDER", "STORYWIRE_SERVE_PROCESSES"


def app_from_environment() -> Any:
    """The app of one server process among several (uvicorn's factory, imported in each)."""
    from storywire.api import make_embedder
    from storywire.serve.app import create_app
    from storywire.store.sqlite import SQLiteStore

    store = SQLiteStore(Path(os.environ[ENV_DB]))
    token = os.environ.get("STORYWIRE_TOKEN") or None
    return create_app(store, make_embedder(os.environ[ENV_EMBEDDER]), token, processes=int(os.environ[ENV_PROCESSES]))


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn
    except ModuleNotFoundError as error:
        raise CommandError("storywire serve needs the [serve] extra: pip install 'storywire[serve]'") from error
    from storywire.api import make_embedder
    from storywire.serve.app import create_app
    from storywire.store.sqlite import SQLiteStore

    if args.processes < 1:
        raise CommandError("--processes must be at least 1")
    token = args.token or os.environ.get("STORYWIRE_TOKEN") or None
    if not is_loopback(args.host):
        print(
            f"storywire: warning: binding {args.host}: every read is open to whoever can reach it",
            file=sys.stderr,
        )
    store = SQLiteStore(args.db)  # created and migrated here, once, before any server process opens it
    print(
        f"storywire: serving {args.db} on http://{args.host}:{args.port}/"
        f" (ingest {'enabled' if token else 'disabled: no token'}"
        f"{f'; {args.processes} processes' if args.processes > 1 else ''})",
        file=sys.stderr,
    )
    options: dict[str, Any] = {"host": args.host, "port": args.port, "log_level": args.log_level, "access_log": False}
    try:
        if args.processes == 1:
            uvicorn.run(create_app(store, make_embedder(args.embedder), token), **options)
        else:
            os.environ.update(
                {ENV_DB: str(Path(args.db).resolve()), ENV_EMBEDDER: args.embedder, ENV_PROCESSES: str(args.processes)}
            )
            if token:
                os.environ["STORYWIRE_TOKEN"] = token
            factory = f"{__name__}:{app_from_environment.__name__}"
            uvicorn.run(factory, factory=True, workers=args.processes, **options)
    finally:
        store.close()
    return 0


def register(commands: Any, register_evaluation: Callable[[str, Callable[[argparse.Namespace], None]], None]) -> None:
    serve = commands.add_parser("serve", help="HTTP API and web page over the database (127.0.0.1 by default)")
    _db_option(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--token", help="bearer token that enables POST /api/v1/articles (or env STORYWIRE_TOKEN)")
    serve.add_argument(
        "--processes",
        type=int,
        default=1,
        help="server processes sharing the port (default 1); more use more cores for reads, each holding"
        " its own caches and query encoder",
    )
    serve.add_argument("--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"])
    serve.set_defaults(run=cmd_serve)
