"""The FastAPI application: versioned JSON API under /api/v1, the web page at /.

Reads need no credentials: the server binds 127.0.0.1 unless told otherwise, so only this
machine can read.  Ingest (POST /api/v1/articles) requires the token given at start.
"""

from __future__ import annotations

import asyncio
import functools
import hmac
import logging
import threading
import weakref
from collections.abc import Awaitable, Callable, MutableMapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

from storywire.serve.file_lock import exclusive
from storywire.serve.queries import Queries
from storywire.serve.query_vectors import CPU_SHARE
from storywire.serve.search import CrossLingualSearch
from storywire.serve.sql_queries import SQLQueries
from storywire.stages.embed import Embedder
from storywire.store.base import Store
from storywire.store.sqlite import SQLiteStore
from storywire.workers import default_workers

log = logging.getLogger("storywire.serve")
API_VERSION = "1"
MAX_BODY = 8 * 1024 * 1024
READ_THREADS = max(2, default_workers())  # one per core
STATIC = Path(str(resources.files("storywire") / "serve" / "static"))
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none';"
        b" base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]
T = TypeVar("T")


@dataclass
class ServeState:
    store: Store
    queries: Queries
    search: CrossLingualSearch
    embedder: Embedder | None
    token: str | None
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)
    ingester: Any = None  # storywire.api.Storywire, made on the first ingest
    ingested_version: int | None = None  # the store's data version the ingester last saw

    def writers_lock(self) -> AbstractContextManager[None]:
        """Held while ingesting, across every process serving this database."""
        path = getattr(self.store, "path", None)
        if not isinstance(path, Path) or not path.exists():  # in memory: one process only
            return exclusive(None)
        return exclusive(path.with_name(path.name + ".ingest.lock"))

    def data_version(self) -> int:
        """Changes when another process commits to the store (SQLite's `PRAGMA data_version`)."""
        if isinstance(self.store, SQLiteStore):
            return int(self.store.connection.execute("PRAGMA data_version").fetchone()[0])
        return 0

    def token_ok(self, given: str | None) -> bool:
        return bool(self.token) and given is not None and hmac.compare_digest(given.encode(), str(self.token).encode())


def state(request: Request) -> ServeState:
    found: ServeState = request.app.state.serve
    return found


async def offload(function: Callable[..., T], *args: Any) -> T:
    """Run blocking store work on a worker thread from an `async def` endpoint.

    A plain `def` endpoint costs two thread hops per request (FastAPI validates its result on
    the pool as well); this costs one, and the response is validated on the event loop.
    Reads share a small pool of their own (one thread per core): the work is mostly Python
    under the GIL, and more threads only add hand-offs (measured on 2 cores: 1.5 ms of CPU per
    search on one thread, 2.5 on two, 7.2 on forty, the default pool's size).
    """
    return await anyio.to_thread.run_sync(functools.partial(function, *args), limiter=_read_limiter())


_limiters: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, anyio.CapacityLimiter] = weakref.WeakKeyDictionary()


def _read_limiter() -> anyio.CapacityLimiter:
    # a limiter belongs to one event loop (tests run several, one after another)
    loop = asyncio.get_running_loop()
    found = _limiters.get(loop)
    if found is None:
        found = _limiters[loop] = anyio.CapacityLimiter(READ_THREADS)
    return found


class Guard:
    """Refuses bodies over `limit` bytes with 413 (declared or streamed) and adds security headers."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._too_large(send_with_headers)
            return
        if scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send_with_headers)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await self._too_large(send_with_headers)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send_with_headers)

    async def _too_large(self, send: Send) -> None:
        response = JSONResponse({"detail": f"request body over {self.limit} bytes"}, status_code=413)
        await response({"type": "http"}, _no_body, send)


async def _no_body() -> Message:
    return {"type": "http.disconnect"}


def make_queries(store: Store) -> Queries:
    return SQLQueries(store) if isinstance(store, SQLiteStore) else Queries(store)


def create_app(
    store: Store,
    embedder: Embedder | None = None,
    token: str | None = None,
    max_body: int = MAX_BODY,
    processes: int = 1,
) -> FastAPI:
    """The API and web page over `store`; `embedder` enables vector search, `token` enables ingest.
    `processes`: how many serve this store; they split the query encoder's share of the CPU,
    which a search's latency depends on more than on anything else."""
    from storywire.serve import routes_ingest, routes_read, routes_search

    queries = make_queries(store)
    search = CrossLingualSearch(queries, embedder, share=CPU_SHARE / max(1, processes))
    serve = ServeState(store, queries, search, embedder, token or None)
    app = FastAPI(
        title="storywire",
        version=API_VERSION,
        description="A cross-lingual map of what happened: stories, articles, entities, events.",
        docs_url=None,  # Swagger UI loads from a CDN; the schema itself is at /openapi.json
        redoc_url=None,
    )
    app.state.serve = serve
    if serve.search.vectors is not None:
        serve.search.vectors.start()
    threading.Thread(target=serve.search.warm, name="storywire-warm-search", daemon=True).start()

    @app.exception_handler(Exception)
    async def internal_error(request: Request, error: Exception) -> JSONResponse:
        log.exception("internal error on %s", request.url.path)
        return JSONResponse({"detail": "internal error"}, status_code=500)

    app.include_router(routes_read.router, prefix="/api/v1")
    app.include_router(routes_search.router, prefix="/api/v1")
    app.include_router(routes_ingest.router, prefix="/api/v1")

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        return FileResponse(STATIC / "index.html", headers={"cache-control": "no-cache"})

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(Guard, limit=max_body)
    return app
