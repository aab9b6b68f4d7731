"""The HTTP API over the demo corpus, through the FastAPI test client."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from storywire.api import Storywire
from storywire.serve.app import create_app
from storywire.stages.embed import HashEmbedder
from storywire.store.memory import MemoryStore

TOKEN = "test-token-42"  # as in conftest.py

HOSTILE_QUERIES = [
    '"', '""', '"unbalanced', "((", "))", "a NEAR b", "NEAR(", "NEAR(a b, 2)", "*", "Shoi*", "^Shoigu",
    "title:Shoigu", "body : x", "a AND OR NOT b", "-", "'; DROP TABLE articles; --", "\x00", "🙂", "Шойгу OR",
    "{a b}", "a + b", "%", "_", "\\", "   ", "x" * 500,
]  # fmt: skip


def entity_id(client: TestClient, name: str) -> str:
    items = client.get("/api/v1/entities", params={"q": name, "type": "PER"}).json()["items"]
    assert items, name
    return str(items[0]["id"])


def test_health_counts_the_store(client: TestClient) -> None:
    body = client.get("/api/v1/health").json()
    assert body["status"] == "ok" and body["articles"] >= 57 and body["events"] >= 2 and body["ingest"] is True
    assert body["vectors"] == "ready"


def test_openapi_document_lists_versioned_paths(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/v1/stories", "/api/v1/stories/{story_id}", "/api/v1/search",
                 "/api/v1/entities/{entity_id}/timeline", "/api/v1/events", "/api/v1/storylines",
                 "/api/v1/export/{table}", "/api/v1/articles"):  # fmt: skip
        assert path in paths
    assert "post" in paths["/api/v1/articles"]


def test_story_list_pages_without_overlap(client: TestClient) -> None:
    first = client.get("/api/v1/stories", params={"limit": 4}).json()
    second = client.get("/api/v1/stories", params={"limit": 4, "offset": 4}).json()
    assert first["total"] == second["total"] > 8  # the demo's seven happenings and a few strays
    ids = [s["id"] for s in first["items"]] + [s["id"] for s in second["items"]]
    assert len(set(ids)) == 8
    days = [s["last_published"] or "" for s in first["items"]]
    assert days == sorted(days, reverse=True)
    assert all(s["languages"] and s["article_count"] == len(s["articles"]) for s in first["items"])


def test_story_filters(client: TestClient) -> None:
    everything = client.get("/api/v1/stories", params={"limit": 500}).json()
    ukrainian = client.get("/api/v1/stories", params={"language": "uk", "limit": 500}).json()
    assert 0 < ukrainian["total"] < everything["total"]
    assert all("uk" in s["languages"] for s in ukrainian["items"])
    window = client.get("/api/v1/stories", params={"since": "2025-02-27", "until": "2025-03-01", "limit": 500}).json()
    assert window["total"] > 0
    for s in window["items"]:
        assert s["last_published"] >= "2025-02-27" and s["first_published"] <= "2025-03-01"
    shoigu = entity_id(client, "Shoigu")
    with_entity = client.get("/api/v1/stories", params={"entity": shoigu, "limit": 500}).json()
    assert with_entity["total"] >= 2
    assert all("Shoigu" in s["title"] or "Шойгу" in s["title"] or "Choïgou" in s["title"] or "Schoigu" in s["title"]
               or "Xi" in s["title"] for s in with_entity["items"])  # fmt: skip
    by_text = client.get("/api/v1/stories", params={"q": "Malatya"}).json()
    assert by_text["total"] >= 1 and all("alatya" in s["title"] or "Turkey" in s["title"] or "Малат" in s["title"]
                                         for s in by_text["items"])  # fmt: skip
    assert client.get("/api/v1/stories", params={"entity": "no-such-entity"}).json()["total"] == 0


def test_story_groups_articles_by_language_with_mentions_and_events(client: TestClient) -> None:
    shoigu = entity_id(client, "Shoigu")
    stories = client.get("/api/v1/stories", params={"entity": shoigu, "limit": 50}).json()["items"]
    biggest = max(stories, key=lambda s: len(s["languages"]))
    detail = client.get(f"/api/v1/stories/{biggest['id']}").json()
    languages = [group["language"] for group in detail["languages"]]
    assert languages == sorted(biggest["languages"]) and len(languages) >= 3
    for group in detail["languages"]:
        for article in group["articles"]:
            assert article["language"] == group["language"]
            for m in article["mentions"]:
                assert article["text"][m["start"] : m["end"]] == m["text"]
    assert shoigu in {e["id"] for e in detail["entities"]}
    with_event = client.get("/api/v1/articles/rec-001").json()["story"]
    events = client.get(f"/api/v1/stories/{with_event}").json()["events"]
    mine = [e for e in events if e["id"] == "ev-test-1"]
    assert mine and mine[0]["names"][shoigu]["name"] == "Sergei Shoigu"


def test_articles_list_and_detail(client: TestClient) -> None:
    page = client.get("/api/v1/articles", params={"language": "fr", "limit": 3}).json()
    exported = [json.loads(line) for line in client.get("/api/v1/export/articles").text.splitlines()]
    assert page["total"] == sum(a["language"] == "fr" for a in exported) >= 10 and len(page["items"]) == 3
    assert all(a["language"] == "fr" for a in page["items"])
    article = client.get(f"/api/v1/articles/{page['items'][0]['id']}").json()
    assert article["text"] and article["paragraphs"] and "provenance" in article


@pytest.mark.parametrize(
    "path",
    ["/api/v1/stories/nope", "/api/v1/articles/..%2F..%2Fetc%2Fpasswd", "/api/v1/entities/%2Fetc%2Fpasswd",
     "/api/v1/entities/..%2Fpyproject.toml/timeline", "/api/v1/storylines/..", "/static/../pyproject.toml",
     "/static/%2e%2e/%2e%2e/pyproject.toml", "/static/..%2F..%2Fapp.py", "/api/v1/articles/C:%5Cwindows%5Cwin.ini"],
)  # fmt: skip
def test_path_like_ids_never_reach_the_file_system(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "storywire" not in response.text.lower() or response.headers["content-type"].startswith("application/json")


def test_entity_search_by_alias_in_any_script(client: TestClient) -> None:
    found = {}
    for alias in ("Шойгу", "shoigu", "Choïgou", "Schoigu", "SERGEJ SHOIGU", "шойг"):
        items = client.get("/api/v1/entities", params={"q": alias, "type": "PER"}).json()["items"]
        found[alias] = {e["id"] for e in items}
    common = set.intersection(*found.values())
    assert common, found
    entity = client.get(f"/api/v1/entities/{common.pop()}").json()
    assert {"uk", "ru", "en", "fr"} <= set(entity["aliases_by_language"]) and entity["article_count"] >= 5


def test_timeline_holds_events_in_date_order_and_mention_counts(client: TestClient) -> None:
    shoigu = entity_id(client, "Shoigu")
    timeline = client.get(f"/api/v1/entities/{shoigu}/timeline").json()
    ids = [e["id"] for e in timeline["events"]]
    assert ids.index("ev-test-2") < ids.index("ev-test-1")
    dates = [e["date"] for e in timeline["events"] if e["date"]]
    assert dates == sorted(dates)
    assert all(shoigu in [*e["actors"], e["place"]] for e in timeline["events"])
    days = [d["date"] for d in timeline["mentions"]]
    assert days == sorted(days) and "2025-02-28" in days
    assert client.get("/api/v1/entities/nope/timeline").status_code == 404


def test_event_filters_and_network(client: TestClient) -> None:
    shoigu, wang = entity_id(client, "Shoigu"), entity_id(client, "Wang Yi")
    def ids(**params: str) -> list[str]:
        return [e["id"] for e in client.get("/api/v1/events", params={**params, "limit": "500"}).json()["items"]]

    assert len(ids()) >= 2
    assert ids(type="TESTMEET") == ["ev-test-1"]
    assert {"ev-test-1", "ev-test-2"} <= set(ids(actor=wang))
    assert all(wang in e["actors"] for e in client.get("/api/v1/events", params={"actor": wang}).json()["items"])
    assert ids(type="TESTMEET", since="2025-01-01") == ["ev-test-1"] and ids(type="TESTMEET", until="2024-12-31") == []
    assert ids(type="TESTAGREE", until="2024-12-31") == ["ev-test-2"]
    assert "ev-test-1" not in ids(place=shoigu)
    network = client.get("/api/v1/network", params={"type": "TESTMEET"}).json()
    assert network["edges"] == [{"source": min(shoigu, wang), "target": max(shoigu, wang), "events": 1,
                                 "types": {"TESTMEET": 1}}]  # fmt: skip
    assert {n["id"] for n in network["nodes"]} == {shoigu, wang}
    everyone = client.get("/api/v1/network").json()
    assert everyone["edges"] and all(e["events"] >= 1 for e in everyone["edges"])


def test_storylines_group_stories(client: TestClient) -> None:
    lines = client.get("/api/v1/storylines", params={"limit": 500}).json()
    assert lines["total"] == len(lines["items"]) >= 1
    for line in lines["items"]:
        assert line["stories"] and all(s["storyline"] == line["id"] for s in line["stories"])
    mine = client.get("/api/v1/storylines/line-test").json()
    assert len(mine["stories"]) == 2
    assert client.get("/api/v1/storylines/no-such-line").status_code == 404


def test_volume_counts_articles_per_day(client: TestClient) -> None:
    days = client.get("/api/v1/volume").json()
    assert sum(d["articles"] for d in days) >= 55
    assert [d["date"] for d in days] == sorted(d["date"] for d in days)
    narrow = client.get("/api/v1/volume", params={"since": "2025-02-28", "until": "2025-02-28"}).json()
    assert [d["date"] for d in narrow] == ["2025-02-28"]


def test_search_in_ukrainian_finds_latin_script_articles(client: TestClient) -> None:
    result = client.get("/api/v1/search", params={"q": "Шойгу", "limit": 50}).json()
    languages = {hit["language"] for hit in result["hits"]}
    assert {"uk", "ru", "en", "fr", "de"} <= languages, languages
    latin = [h for h in result["hits"] if h["language"] in ("en", "de") and "alias" in h["matched_by"]]
    assert latin and any("Shoigu" in h["snippet"] or "Schoigu" in h["snippet"] for h in latin)
    assert any(e["name"] == "Sergei Shoigu" for e in result["entities"])
    only_fr = client.get("/api/v1/search", params={"q": "Шойгу", "language": "fr"}).json()
    assert only_fr["hits"] and {h["language"] for h in only_fr["hits"]} == {"fr"}


def test_search_uses_the_vector_index(client: TestClient) -> None:
    result = client.get("/api/v1/search", params={"q": "Malatya earthquake rescue", "limit": 30}).json()
    assert any("vector" in h["matched_by"] for h in result["hits"])


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_search_input_never_errors_or_leaks(client: TestClient, query: str) -> None:
    for path, params in (("/api/v1/search", {"q": query}), ("/api/v1/stories", {"q": query}),
                         ("/api/v1/entities", {"q": query})):  # fmt: skip
        response = client.get(path, params=params)
        assert response.status_code == 200, (path, query, response.text)
        assert "sqlite" not in response.text.lower() and "fts5" not in response.text.lower()


def test_export_streams_csv_and_jsonl(client: TestClient) -> None:
    response = client.get("/api/v1/export/articles", params={"format": "jsonl"})
    assert response.headers["content-type"].startswith("application/x-ndjson")
    rows = [json.loads(line) for line in response.text.splitlines()]
    assert len(rows) >= 57 and rows[0]["kind"] == "article" and "text" in rows[0]
    stories = list(csv.DictReader(io.StringIO(client.get("/api/v1/export/stories", params={"format": "csv"}).text)))
    assert stories and json.loads(stories[0]["articles"])
    entities = [json.loads(line) for line in client.get("/api/v1/export/entities").text.splitlines()]
    assert any(e["mentions"] for e in entities)
    events = list(csv.DictReader(io.StringIO(client.get("/api/v1/export/events?format=csv").text)))
    assert {"ev-test-1", "ev-test-2"} <= {e["id"] for e in events}
    assert client.get("/api/v1/export/secrets").status_code == 422


def test_ingest_requires_the_token(client: TestClient) -> None:
    body = {"articles": [{"text": "Olaf Scholz met Emmanuel Macron in Berlin on Monday.", "language": "en"}]}
    assert client.post("/api/v1/articles", json=body).status_code == 401
    wrong = client.post("/api/v1/articles", json=body, headers={"Authorization": "Bearer wrong"})
    assert wrong.status_code == 401


def test_ingest_with_token_adds_articles_and_no_token_disables_it() -> None:
    store = MemoryStore()
    with TestClient(create_app(store, HashEmbedder(), token=TOKEN)) as client:
        body = {"articles": [{"id": "w1", "text": "Olaf Scholz met Emmanuel Macron in Berlin on Monday.",
                              "published": "2025-02-10", "language": "en", "source": "Wire"}]}  # fmt: skip
        response = client.post("/api/v1/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 201 and response.json()["ingested"] == 1
        assert client.get("/api/v1/articles/w1").json()["source"] == "Wire"
        assert client.get("/api/v1/stories").json()["total"] == 1
        assert client.get("/api/v1/search", params={"q": "Scholz"}).json()["hits"][0]["id"] == "w1"
        again = client.post("/api/v1/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert again.json()["duplicates"] == 1
        auth = {"Authorization": f"Bearer {TOKEN}"}
        bad = client.post("/api/v1/articles", json={"articles": [{"txt": "x"}]}, headers=auth)
        assert bad.status_code == 422
    with TestClient(create_app(MemoryStore())) as closed:
        assert closed.post("/api/v1/articles", json=body, headers={"Authorization": "Bearer "}).status_code == 403


def test_oversize_bodies_are_refused_with_413(client: TestClient) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    huge = b'{"articles": [{"text": "' + b"x" * (9 * 1024 * 1024) + b'"}]}'
    assert client.post("/api/v1/articles", content=huge, headers=headers).status_code == 413

    def chunks() -> Any:
        for _ in range(10):
            yield b"y" * (1024 * 1024)

    assert client.post("/api/v1/articles", content=chunks(), headers=headers).status_code == 413
    assert client.post("/api/v1/articles", content=b"{}", headers={**headers, "content-length": "abc"}).status_code in (
        400, 413)  # fmt: skip


def test_page_and_security_headers(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and '<script src="/static/app.js"' in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    script = client.get("/static/app.js").text
    assert "innerHTML" not in script.replace("never innerHTML", "") and "eval(" not in script
    assert all(not src.startswith("http") for src in ("/static/style.css", "/static/app.js"))
    assert "http" not in page.text.replace("http-equiv", "")


def test_memory_store_answers_like_sqlite(demo: Path) -> None:
    files = [demo / n for n in ("en_shoigu_beijing_0227.txt", "uk_shoigu_pekin_0228.txt", "fr_shoigu_pekin_0228.txt",
                                "de_erdbeben_malatya_0318.txt")]  # fmt: skip
    memory = MemoryStore()
    Storywire(memory, HashEmbedder()).ingest(files)
    with TestClient(create_app(memory, HashEmbedder())) as client:
        stories = client.get("/api/v1/stories").json()
        assert stories["total"] >= 2
        story = client.get(f"/api/v1/stories/{stories['items'][0]['id']}").json()
        assert story["languages"]
        result = client.get("/api/v1/search", params={"q": "Шойгу"}).json()
        assert {"uk", "en", "fr"} <= {h["language"] for h in result["hits"]}
        assert client.get("/api/v1/stories", params={"language": "de"}).json()["total"] == 1
        shoigu = entity_id(client, "Шойгу")
        assert client.get(f"/api/v1/entities/{shoigu}/timeline").json()["mentions"]
        assert client.get("/api/v1/stories", params={"entity": shoigu}).json()["total"] >= 1
        assert len(client.get("/api/v1/export/articles").text.splitlines()) == 4
