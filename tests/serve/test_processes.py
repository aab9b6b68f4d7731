"""Several server processes over one database: reads anywhere, ingest consistent across processes."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storywire.serve.app import ServeState, create_app
from storywire.stages.embed import HashEmbedder
from storywire.store.sqlite import SQLiteStore

TOKEN = "test-token-42"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def post(client: TestClient, article_id: str, text: str) -> None:
    body = {"articles": [{"id": article_id, "text": text, "language": "en", "published": "2025-02-28"}]}
    response = client.post("/api/v1/articles", json=body, headers=AUTH)
    assert response.status_code == 201, response.text


def test_a_process_reloads_its_pipeline_after_another_process_ingested(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    first_store, second_store = SQLiteStore(path), SQLiteStore(path)
    first_app = create_app(first_store, HashEmbedder(), token=TOKEN)
    second_app = create_app(second_store, HashEmbedder(), token=TOKEN)
    first: ServeState = first_app.state.serve
    with TestClient(first_app) as one, TestClient(second_app) as two:
        post(one, "p1", "Sergei Shoigu arrived in Beijing for talks with Wang Yi on Tuesday.")
        pipeline = first.ingester
        post(one, "p2", "Wang Yi said the talks in Beijing were constructive.")
        assert first.ingester is pipeline  # nobody else wrote: the loaded state is current
        post(two, "p3", "Shoigu and Wang Yi agreed to meet again in Moscow next year.")
        post(one, "p4", "Shoigu left Beijing on Wednesday after the talks with Wang Yi.")
        assert first.ingester is not pipeline  # the other process wrote: reloaded from the store
        assert first.ingester is not None
        known = {a.id for a in first.ingester.store.iter_articles()}
    assert known == {"p1", "p2", "p3", "p4"}
    people = [e for e in first_store.entity_records() if e.get("type") == "PER" and "Shoigu" in str(e.get("name"))]
    assert len(people) == 1  # one identity, whichever process saw the name first
    first_store.close()
    second_store.close()


def wait_ready(base: str, timeout: float = 120) -> dict[str, object]:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(base + "/api/v1/health", timeout=5) as response:
                health: dict[str, object] = json.loads(response.read())
                if health.get("vectors") not in ("idle", "building"):
                    return health
        except (urllib.error.URLError, ConnectionError):
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(base)
        time.sleep(0.2)


@pytest.mark.slow
def test_serve_with_two_processes_answers_and_ingests(tmp_path: Path) -> None:
    pytest.importorskip("uvicorn")
    db, port = tmp_path / "news.db", free_port()
    command = [sys.executable, "-m", "storywire.cli", "serve", "--db", str(db), "--port", str(port),
               "--embedder", "hash", "--processes", "2"]  # fmt: skip
    server = subprocess.Popen(command, env={**os.environ, "STORYWIRE_TOKEN": TOKEN}, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base)
        texts = ["Sergei Shoigu arrived in Beijing for talks.", "Wang Yi met Shoigu in Beijing on Tuesday.",
                 "An earthquake struck the coast of Chile.", "Floods in Valencia left thousands homeless."]  # fmt: skip
        for number, text in enumerate(texts):
            # a connection each, so the kernel may hand them to either process
            body = json.dumps({"articles": [{"id": f"m{number}", "text": text, "language": "en"}]}).encode()
            request = urllib.request.Request(base + "/api/v1/articles", data=body, method="POST",
                                             headers={**AUTH, "content-type": "application/json"})  # fmt: skip
            with urllib.request.urlopen(request, timeout=60) as response:
                assert response.status == 201
        for _ in range(8):  # every process sees every article, whichever ingested it
            with urllib.request.urlopen(base + "/api/v1/health", timeout=10) as response:
                assert json.loads(response.read())["articles"] == 4
        with urllib.request.urlopen(base + "/api/v1/search?q=Shoigu", timeout=10) as response:
            assert {hit["id"] for hit in json.loads(response.read())["hits"]} >= {"m0", "m1"}
    finally:
        server.terminate()
        _, errors = server.communicate(timeout=60)
    assert b"2 processes" in errors
    store = SQLiteStore(db)
    assert store.article_count() == 4
    store.close()
