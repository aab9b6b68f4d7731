"""Both stores behave alike: duplicates, batches, stories, entities, search."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storywire.model import Article, Mention, Paragraph, Rejection, RejectReason, Story, TemporalExpression
from storywire.serialize import article_from_dict, article_to_dict
from storywire.store.base import Batch, Store, StoreError
from storywire.store.memory import MemoryStore
from storywire.store.migrations import SCHEMA_VERSION
from storywire.store.sqlite import SQLiteStore


@pytest.fixture(params=["memory", "sqlite"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    made: Store = MemoryStore() if request.param == "memory" else SQLiteStore(tmp_path / "t.db")
    yield made
    made.close()


def article(article_id: str, text: str, url: str | None = None, published: date | None = None) -> Article:
    return Article(
        id=article_id,
        raw=text,
        text=text,
        url=url,
        content_hash=f"h-{text}",
        published=published,
        language="en",
        title=f"title {article_id}",
        paragraphs=[Paragraph(0, len(text), "en", 0.9, False)],
    )


def test_duplicates_found_by_url_or_content(store: Store) -> None:
    store.commit_batch(Batch(articles=[article("a1", "alpha text", url="https://x.test/1")]))
    assert store.find_duplicate("https://x.test/1", "other") == "a1"
    assert store.find_duplicate(None, "h-alpha text") == "a1"
    assert store.find_duplicate("https://x.test/2", "h-beta") is None


def test_batch_writes_everything(store: Store) -> None:
    story = Story("s1", ["a1", "a2"], "t", ["en"], date(2025, 2, 27), date(2025, 2, 28), group="s0")
    store.commit_batch(
        Batch(
            articles=[article("a1", "one"), article("a2", "two")],
            rejections=[Rejection("bad.bin", RejectReason.BINARY, "NUL")],
            entities=[{"id": "e1", "name": "Sergei Shoigu", "type": "PER", "aliases": {"uk": ["Шойгу"]}}],
            corrections=[{"op": "rename", "entity": "e1", "name": "Sergei Shoigu"}],
            stories=[story],
        )
    )
    assert store.article_count() == 2
    assert store.get_story("s1") == story
    stored = store.get_article("a2")
    assert stored is not None and stored.story_id == "s1"
    assert store.rejections() == [Rejection("bad.bin", RejectReason.BINARY, "NUL")]
    assert store.entity_records()[0]["aliases"] == {"uk": ["Шойгу"]}
    assert store.corrections() == [{"op": "rename", "entity": "e1", "name": "Sergei Shoigu"}]
    assert store.get_article("missing") is None


def test_search_folds_accents_and_scripts(store: Store) -> None:
    store.commit_batch(
        Batch(
            articles=[
                article("fr", "Sergueï Choïgou est arrivé à Pékin."),
                article("uk", "Шойгу прибув до Пекіна у п'ятницю."),
                article("zh", "绍伊古在北京会见了王毅。"),
            ]
        )
    )
    assert [h.article_id for h in store.search("choigou pekin")] == ["fr"]
    assert [h.article_id for h in store.search("Шойгу")] == ["uk"]
    assert [h.article_id for h in store.search("北京")] == ["zh"]
    assert [h.article_id for h in store.search("会见了王毅")] == ["zh"]


@pytest.mark.parametrize(
    "query", ['"', "NEAR(a b)", "*", "a OR", "(unbalanced", "Шойгу*", "'; DROP TABLE articles; --", "", "  ", "^x"]
)
def test_hostile_search_queries_never_fail(store: Store, query: str) -> None:
    store.commit_batch(Batch(articles=[article("a1", "Shoigu met Wang Yi near Beijing")]))
    store.search(query)
    assert store.article_count() == 1


def test_sqlite_is_wal_and_versioned(tmp_path: Path) -> None:
    path = tmp_path / "v.db"
    SQLiteStore(path).close()
    SQLiteStore(path).close()  # reopening applies nothing twice
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer"):
        SQLiteStore(path)


def test_sqlite_rejects_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "not.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        SQLiteStore(path)


def test_failed_batch_leaves_nothing(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "atomic.db")
    broken = article("a2", "two")
    broken.content_hash = "h-one"  # collides with a1 inside the same batch: the whole batch must roll back
    with pytest.raises(sqlite3.IntegrityError):
        store.commit_batch(Batch(articles=[article("a1", "one"), broken]))
    assert store.article_count() == 0


texts = st.text(min_size=0, max_size=60)
mentions = st.builds(
    Mention,
    start=st.integers(0, 50),
    end=st.integers(0, 50),
    text=texts,
    type=st.sampled_from(["PER", "ORG", "LOC", "MISC"]),
    entity_id=st.none() | st.text(min_size=1, max_size=8),
)
timexes = st.builds(
    TemporalExpression,
    start=st.integers(0, 50),
    end=st.integers(0, 50),
    text=texts,
    value=st.text(min_size=1, max_size=12),
    precision=st.sampled_from(["day", "week", "month", "year"]),
)
articles = st.builds(
    Article,
    id=st.text(min_size=1, max_size=20),
    raw=texts,
    text=texts,
    title=st.none() | texts,
    published=st.none() | st.dates(),
    mentions=st.lists(mentions, max_size=3),
    dates=st.lists(timexes, max_size=3),
    notes=st.lists(texts, max_size=2),
    embedding=st.none() | st.lists(st.floats(-1, 1, width=32), max_size=4),
)


@given(articles)
def test_article_dict_round_trip(record: Article) -> None:
    assert article_from_dict(article_to_dict(record)) == record


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(record=articles)
def test_sqlite_round_trip(tmp_path_factory: pytest.TempPathFactory, record: Article) -> None:
    store = SQLiteStore(tmp_path_factory.mktemp("rt") / "rt.db")
    record.content_hash = "h"
    store.commit_batch(Batch(articles=[record]))
    assert store.get_article(record.id) == record
    store.close()


def test_rejecting_the_same_input_again_is_one_rejection(store: Store) -> None:
    for detail in ("first run", "second run"):
        store.commit_batch(Batch(rejections=[Rejection("bad/empty.txt", RejectReason.EMPTY, detail)]))
    assert store.rejections() == [Rejection("bad/empty.txt", RejectReason.EMPTY, "second run")]


def test_events_round_trip(store: Store) -> None:
    from storywire.model import ActorRole, Event, Evidence

    role = ActorRole("secretary of Russia's Security Council", "RU", "a1", "en",
                     {"en": "secretary of Russia's Security Council", "uk": "секретар Ради безпеки Росії"})  # fmt: skip
    event = Event("ev1", "CONSULT", "visit", ["e-shoigu"], ["e-wang"], "e-beijing", "2025-02-28", "day",
                  evidence=[Evidence("a1", 0, 10, "Shoigu met")],
                  roles={"e-shoigu": role, "e-wang": ActorRole("ministre chinois", "CN")})  # fmt: skip
    store.commit_batch(Batch(events=[event]))
    assert store.get_event("ev1") == event and list(store.iter_events()) == [event]
    stored = store.get_event("ev1")
    assert stored is not None and stored.roles["e-shoigu"] == role
    assert event.actors == ["e-shoigu", "e-wang"]
    store.commit_batch(Batch(removed_events=["ev1"]))
    assert store.get_event("ev1") is None


def test_story_sources_come_from_an_index_alone(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "s.db")
    plan = store.connection.execute(
        "EXPLAIN QUERY PLAN SELECT DISTINCT story_id, source FROM articles WHERE story_id IN (?, ?)"
        " AND source IS NOT NULL",
        ("s1", "s2"),
    ).fetchall()
    store.close()
    assert any("COVERING INDEX articles_story_source" in row[-1] for row in plan), plan
