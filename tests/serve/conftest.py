"""One demo-corpus store per test session, served by the FastAPI app (and, for browsers, by uvicorn)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the [serve] extra (fastapi) is not installed")

from fastapi import FastAPI
from fastapi.testclient import TestClient

from storywire.api import Storywire
from storywire.model import Event, Evidence
from storywire.serve.app import create_app
from storywire.stages.embed import E5Embedder
from storywire.store.base import Batch
from storywire.store.sqlite import SQLiteStore

TOKEN = "test-token-42"
HOSTILE_TEXT = (
    "Sergei Shoigu arrived in Beijing. A reader wrote <script>window.__pwned = 1</script> and "
    '<img src=x onerror="window.__pwned = 2"> in the comments, which must stay text.'
)


def _entity(store: SQLiteStore, alias: str) -> str:
    row = store.connection.execute(
        "SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE a.folded = ?"
        " AND e.type = 'PER' ORDER BY length(e.record) DESC LIMIT 1",
        (alias,),
    ).fetchone()
    assert row, f"demo corpus lacks {alias}"
    return str(row[0])


@pytest.fixture(scope="session")
def demo_store(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> SQLiteStore:
    """The demo corpus plus one hostile article, two known test events and a test storyline."""
    store = SQLiteStore(tmp_path_factory.mktemp("serve") / "demo.db")
    app = Storywire(store, E5Embedder())  # the real encoder: stories are cross-lingual, as users see them
    app.ingest([demo], records=[{"id": "hostile-1", "text": HOSTILE_TEXT, "published": "2025-02-28",
                                  "language": "en", "source": "Test <b>Wire</b>"}])  # fmt: skip
    shoigu, wang = _entity(store, "shoigu"), _entity(store, "wang yi")
    story = store.connection.execute("SELECT story_id FROM articles WHERE id = 'rec-001'").fetchone()[0]
    evidence = [Evidence("rec-001", 0, 10, "Shoigu met Wang Yi")]
    events = [
        Event("ev-test-1", "TESTMEET", "visit", [shoigu], [wang], None, "2025-02-28", "day", evidence=evidence,
              story_id=story),
        Event("ev-test-2", "TESTAGREE", None, [wang], [shoigu], None, "2024-11-12", "day", story_id=None),
    ]
    stories = [s for s in store.iter_stories() if s.languages and not s.storyline_id][:2]
    for s in stories:
        s.storyline_id = "line-test"
    store.commit_batch(Batch(events=events, stories=stories))
    return store


@pytest.fixture(scope="session")
def app(demo_store: SQLiteStore) -> FastAPI:
    return create_app(demo_store, E5Embedder(), token=TOKEN)


@pytest.fixture(scope="session")
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as test_client:
        deadline = time.monotonic() + 30
        while test_client.get("/api/v1/health").json()["vectors"] == "building" and time.monotonic() < deadline:
            time.sleep(0.05)
        yield test_client


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(app: FastAPI) -> Iterator[str]:
    """The app under uvicorn on a loopback port, in a thread, for the browser tests."""
    uvicorn = pytest.importorskip("uvicorn")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
