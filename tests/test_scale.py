"""The Ray engine (extra [scale]), run for real: a local Ray instance of 2 CPUs, 2 actors."""

from __future__ import annotations

import copy
import dataclasses
import itertools
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from storywire.cli import main
from storywire.ingest.formats import Item
from storywire.ingest.sources import read_inputs
from storywire.model import Article, Story
from storywire.pipeline import Pipeline, prepare
from storywire.scale import RayAnalyser, RayNotInstalled, ScaleError, analyser_for
from storywire.stages.embed import HashEmbedder, embed
from storywire.store.memory import MemoryStore
from storywire.workers import AUTO, Analyser

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "seeds"


@pytest.fixture(scope="module")
def ray_cluster() -> Iterator[ModuleType]:
    # One instance for the module: starting Ray costs seconds. The analysers join it and,
    # not having started it, leave it running for the next test.
    ray = pytest.importorskip("ray")
    ray.init(address="local", num_cpus=2)
    yield ray
    ray.shutdown()


def _inputs(demo: Path) -> Iterator[Item]:
    """The demo corpus (nine languages, near-duplicates, bad files), then the seeds where present."""
    seeds = read_inputs([str(SEEDS)], SEEDS / "meta.jsonl") if (SEEDS / "meta.jsonl").exists() else iter(())
    return itertools.chain(read_inputs([str(demo)]), seeds)


def _prepared(demo: Path, languages: set[str]) -> list[Article]:
    """Cleaned demo articles whose file name starts with one of `languages` (fewer models to load)."""
    articles = [item for item in read_inputs([str(demo)]) if isinstance(item, Article)]
    chosen = [a for a in articles if Path(a.origin).name[:2] in languages]
    for article in chosen:
        prepare(article)
    return chosen


def test_actors_analyse_and_embed_like_the_ingesting_process_in_order(ray_cluster: ModuleType, demo: Path) -> None:
    articles = _prepared(demo, {"de", "uk", "en"})
    expected = Analyser(1).submit(copy.deepcopy(articles)).result()
    embed(expected, HashEmbedder())
    # Closed before the next test: its actors hold both of the instance's CPUs.
    analyser = RayAnalyser(2, embedder=HashEmbedder())
    try:
        sizes = [1, 7, 0, 3, len(articles) - 11]
        starts = [sum(sizes[:i]) for i in range(len(sizes))]
        # All submitted before any is collected, as the pipeline does with the batch ahead.
        pending = [analyser.submit(articles[start : start + size]) for start, size in zip(starts, sizes, strict=True)]
        assert analyser.parallel
        batches = [batch.result() for batch in pending]
    finally:
        analyser.close()
    for batch, start, size in zip(batches, starts, sizes, strict=True):
        assert [a.id for a in batch] == [a.id for a in articles[start : start + size]]
    analysed = [article for batch in batches for article in batch]
    assert analysed[0] is not articles[0]  # copies came back
    # Whole records: language, paragraphs, sentences, title, dates, mentions, provenance, vector.
    assert analysed == expected
    assert all(a.embedding for a in analysed) and all(a.mentions for a in analysed)
    assert {p.stage for p in analysed[0].provenance} >= {"detect_language", "extract_entities", "embed"}


def test_actors_follow_the_entity_mode_of_the_command(
    ray_cluster: ModuleType, demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = _prepared(demo, {"de"})[:2]
    monkeypatch.setenv("STORYWIRE_NER", "contextual")  # as `--ner contextual` sets it
    analyser = RayAnalyser(1)
    try:
        pending = analyser.submit(articles)
        assert analyser.parallel
        analysed = pending.result()
    finally:
        analyser.close()
    models = {p.model for a in analysed for p in a.provenance if p.stage == "extract_entities"}
    assert models == {"contextual:de"}


def test_more_actors_than_the_cluster_has_cpus_is_an_error(ray_cluster: ModuleType) -> None:
    analyser = RayAnalyser(3)
    with pytest.raises(ScaleError, match="2 CPU"):
        analyser.submit([])
    analyser.close()


def test_auto_stays_in_process_for_a_short_stream(ray_cluster: ModuleType, demo: Path) -> None:
    analyser = RayAnalyser(AUTO, pool_after=10)
    done = analyser.submit(_prepared(demo, {"de"})[:3]).result()
    assert not analyser.parallel and [a.language for a in done] == ["de"] * 3
    analyser.close()


def _articles(store: MemoryStore) -> list[Article]:
    # Provenance by stage: the actors embed before the driver links, the in-process path after,
    # so the same records come in another order (as with the local worker processes).
    by_stage = [
        dataclasses.replace(a, provenance=sorted(a.provenance, key=lambda p: p.stage)) for a in store.iter_articles()
    ]
    return sorted(by_stage, key=lambda a: a.id)


def _stories(store: MemoryStore) -> list[Story]:
    return sorted(store.iter_stories(), key=lambda story: story.id)


def test_an_ingest_on_ray_equals_the_in_process_one(ray_cluster: ModuleType, demo: Path) -> None:
    local, distributed = MemoryStore(), MemoryStore()
    first = Pipeline(local, HashEmbedder(), batch_size=8).ingest(_inputs(demo))
    commits: list[int] = []
    second = Pipeline(distributed, HashEmbedder(), batch_size=8, workers=2, make_analyser=analyser_for("ray")).ingest(
        _inputs(demo), on_commit=lambda report: commits.append(report.committed)
    )
    assert first.summary() == second.summary() and second.ingested > 50
    assert commits == sorted(commits) and commits[-1] == second.ingested
    # Articles whole (linked mentions, story ids, vectors, provenance), stories, entities, events.
    assert _articles(local) == _articles(distributed)
    assert _stories(local) == _stories(distributed)
    key = lambda record: str(record.get("id"))  # noqa: E731
    assert sorted(local.entity_records(), key=key) == sorted(distributed.entity_records(), key=key)
    assert sorted(local.iter_events(), key=lambda e: e.id) == sorted(distributed.iter_events(), key=lambda e: e.id)
    assert ray_cluster.is_initialized()  # joined, not started: left running


def test_without_ray_the_engine_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # what `import ray` meets where it is not installed
    assert analyser_for("local") is Analyser  # the core package needs no Ray
    with pytest.raises(RayNotInstalled, match=r"storywire\[scale\]"):
        analyser_for("ray")
    with pytest.raises(RayNotInstalled):
        RayAnalyser(2)
    db = tmp_path / "x.db"
    code = main(["ingest", str(demo), "--engine", "ray", "--workers", "2", "--db", str(db), "--quiet"])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err == "storywire: the Ray engine needs Ray: pip install 'storywire[scale]'\n"


def test_a_ray_address_needs_the_ray_engine(tmp_path: Path, demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["ingest", str(demo), "--ray-address", "auto", "--db", str(tmp_path / "x.db"), "--quiet"])
    assert code == 2 and "--engine ray" in capsys.readouterr().err
    with pytest.raises(ScaleError, match="unknown engine"):
        analyser_for("dask")
