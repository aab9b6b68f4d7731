"""`storywire serve`: the HTTP API and web page over one database."""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from collections.abc import Callable
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


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn
    except ModuleNotFoundError as error:
        raise CommandError("storywire serve needs the [serve] extra: pip install 'storywire[serve]'") from error
    from storywire.api import make_embedder
    from storywire.serve.app import create_app
    from storywire.store.sqlite import SQLiteStore

    token = args.token or os.environ.get("STORYWIRE_TOKEN") or None
    if not is_loopback(args.host):
        print(
            f"storywire: warning: binding {args.host}: every read is open to whoever can reach it",
            file=sys.stderr,
        )
    store = SQLiteStore(args.db)
    app = create_app(store, make_embedder(args.embedder), token)
    print(
        f"storywire: serving {args.db} on http://{args.host}:{args.port}/"
        f" (ingest {'enabled' if token else 'disabled: no token'})",
        file=sys.stderr,
    )
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, access_log=False)
    finally:
        store.close()
    return 0


def register(commands: Any, register_evaluation: Callable[[str, Callable[[argparse.Namespace], None]], None]) -> None:
    serve = commands.add_parser("serve", help="HTTP API and web page over the database (127.0.0.1 by default)")
    _db_option(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--token", help="bearer token that enables POST /api/v1/articles (or env STORYWIRE_TOKEN)")
    serve.add_argument("--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"])
    serve.set_defaults(run=cmd_serve)
