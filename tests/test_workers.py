from __future__ import annotations

from pathlib import Path

from storywire.ingest.sources import read_inputs
from storywire.model import Article
from storywire.pipeline import Pipeline, prepare
from storywire.stages.embed import HashEmbedder
from storywire.store.memory import MemoryStore
from storywire.workers import AUTO, Analyser


def _snapshot(store: MemoryStore) -> dict[str, tuple[object, ...]]:
    return {
        a.id: (
            a.language,
            a.title,
            len(a.sentences),
            [(m.start, m.end, m.type, m.entity_id) for m in a.mentions],
            [(d.start, d.value) for d in a.dates],
            a.story_id,
            a.duplicate_of,
            tuple(a.embedding or ()),  # embedded in the workers: the same vectors
        )
        for a in store.iter_articles()
    }


def test_worker_processes_give_the_same_result_as_in_process(demo: Path) -> None:
    serial, parallel = MemoryStore(), MemoryStore()
    first = Pipeline(serial, HashEmbedder(), batch_size=8).ingest(read_inputs([str(demo)]))
    commits: list[int] = []
    second = Pipeline(parallel, HashEmbedder(), batch_size=8, workers=2).ingest(
        read_inputs([str(demo)]), on_commit=lambda report: commits.append(report.committed)
    )
    assert first.summary() == second.summary()
    assert _snapshot(serial) == _snapshot(parallel)
    assert sorted(s.id for s in serial.iter_stories()) == sorted(s.id for s in parallel.iter_stories())
    assert commits == sorted(commits) and commits[-1] == second.ingested
    assert {r.origin for r in serial.rejections()} == {r.origin for r in parallel.rejections()}


GERMAN = (
    "Bundeskanzler Olaf Scholz hat am Freitag den französischen Präsidenten Emmanuel Macron in Berlin "
    "empfangen. Die beiden sprachen über die Lage in der Ukraine und über die gemeinsame Verteidigung."
)


def test_auto_stays_in_process_for_a_short_stream() -> None:
    analyser = Analyser(AUTO, pool_after=10)
    articles = [Article(id=f"x{i}", raw=GERMAN) for i in range(3)]
    for article in articles:
        prepare(article)
    done = analyser.submit(articles).result()
    assert not analyser.parallel
    assert [a.id for a in done] == ["x0", "x1", "x2"] and all(a.language == "de" for a in done)
    analyser.close()


def test_a_single_worker_means_in_process() -> None:
    analyser = Analyser(1, pool_after=0)
    analyser.submit([])
    assert not analyser.parallel
