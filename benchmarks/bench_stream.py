"""Story assignment at scale, and end to end with real analysis.

    .venv/bin/python benchmarks/bench_stream.py scale --articles 1000000
    .venv/bin/python benchmarks/bench_stream.py real --articles 400 --workers 2
    .venv/bin/python benchmarks/bench_stream.py real --articles 400 --workers 2 --engine ray   # extra [scale]

`scale` streams N synthetic articles (random unit embeddings, generated entity sets, dates
over two years) through the online clusterer and its week-sharded HNSW index, and reports
articles/s, per-article assignment latency p50/p99 and peak memory (RSS).
`real` runs the whole pipeline (cleaning → entities → e5 embedding → clustering) on
~600-word news articles (see corpus.py), into an in-memory store; --workers N analyses in N
processes (--engine ray: N Ray actors on a local Ray instance) while this one links, embeds and
clusters.
"""

from __future__ import annotations

import argparse
import platform
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from storywire.model import Article, Mention
from storywire.stages.cluster import StoryClusterer

DIM = 384


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def synthetic_stream(count: int, seed: int = 7) -> list[tuple[str, date, list[str], int]]:
    """(id, published, entity ids, happening): happenings of 1-20 articles with shared actors, over two years."""
    rng = np.random.default_rng(seed)
    start = date(2024, 1, 1)
    stream: list[tuple[str, date, list[str], int]] = []
    happening = 0
    while len(stream) < count:
        day = start + timedelta(days=int(rng.integers(0, 730)))
        actors = [f"e{int(x)}" for x in rng.integers(0, 50_000, size=4)]
        for _ in range(int(rng.integers(1, 20))):
            published = day + timedelta(days=int(rng.integers(0, 3)))
            stream.append((f"a{len(stream)}", published, actors[: rng.integers(1, 5)], happening))
        happening += 1
    rng.shuffle(stream)  # a feed delivers happenings interleaved
    stream.sort(key=lambda item: item[1])  # ...but roughly in date order
    return stream[:count]


def happening_vector(happening: int, rng: np.random.Generator) -> np.ndarray:
    """Articles of one happening share a direction plus noise: cosine ~0.96 within (as e5), ~0 across."""
    centre = np.random.default_rng(happening).standard_normal(DIM)
    vector = centre / np.linalg.norm(centre) + 0.2 * rng.standard_normal(DIM) / np.sqrt(DIM)
    return (vector / np.linalg.norm(vector)).astype(np.float32)


def run_scale(count: int) -> None:
    rng = np.random.default_rng(11)
    stream = synthetic_stream(count)
    clusterer = StoryClusterer()
    latencies = np.empty(count, dtype=np.float64)
    began = time.perf_counter()
    for number, (article_id, day, entities, happening) in enumerate(stream):
        vector = happening_vector(happening, rng)
        article = Article(
            id=article_id,
            raw="",
            published=day,
            language="en",
            embedding=vector.tolist(),
            mentions=[Mention(0, 1, e, "PER", entity_id=e) for e in entities],
        )
        t = time.perf_counter()
        clusterer.assign(article)
        latencies[number] = time.perf_counter() - t
        if number % 1000 == 999:
            clusterer.take_changes()  # what the pipeline commits after each batch
        if number and number % 100_000 == 0:
            print(f"  {number} articles, {number / (time.perf_counter() - began):.0f}/s, RSS {peak_rss_mb():.0f} MB",
                  file=sys.stderr, flush=True)  # fmt: skip
    elapsed = time.perf_counter() - began
    happenings = len({item[3] for item in stream})
    print(f"scale: {count} articles, {len(clusterer.stories)} stories ({happenings} generated happenings)")
    print(f"  throughput {count / elapsed:.0f} articles/s (vector generation included)")
    print(f"  assignment latency p50 {1000 * np.percentile(latencies, 50):.2f} ms,"
          f" p99 {1000 * np.percentile(latencies, 99):.2f} ms")  # fmt: skip
    print(f"  peak memory {peak_rss_mb():.0f} MB")


def run_real(count: int, workers: int, engine: str = "local") -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from corpus import news_articles

    from storywire.pipeline import Pipeline
    from storywire.scale import analyser_for
    from storywire.stages.embed import E5Embedder
    from storywire.store.memory import MemoryStore

    Pipeline(MemoryStore(), E5Embedder()).ingest(news_articles(8, seed=99))  # loads every model once
    articles = news_articles(count)
    if engine == "ray":
        import ray

        started = time.perf_counter()
        ray.init(address="local", num_cpus=workers)
        # A Ray cluster outlives ingests: its start is not timed; the actors' start-up is, as the pool's.
        print(f"  Ray instance started in {time.perf_counter() - started:.1f} s (not counted below)")
    commits: list[tuple[float, int]] = []  # (time, articles ingested so far) at each batch commit
    began = time.perf_counter()
    report = Pipeline(MemoryStore(), E5Embedder(), workers=workers, make_analyser=analyser_for(engine)).ingest(
        articles, on_commit=lambda r: commits.append((time.perf_counter(), r.ingested))
    )
    elapsed = time.perf_counter() - began
    print(f"real: {report.summary()}")
    analysers = f"{workers} Ray actor(s)" if engine == "ray" else f"{workers} analysis process(es)"
    print(f"  {report.ingested} articles end to end, {analysers}, worker start-up included:")
    print(f"  {elapsed:.1f} s, {report.ingested / elapsed:.1f} articles/s")
    if len(commits) > 2:  # once the first batch is in, the workers have loaded their models
        (t0, n0), (t1, n1) = commits[0], commits[-1]
        print(f"  after the first batch (workers warm): {(n1 - n0) / (t1 - t0):.1f} articles/s")
    print(f"  peak memory {peak_rss_mb():.0f} MB (this process)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["scale", "real"])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=1, help="analysis processes or Ray actors (real mode)")
    parser.add_argument("--engine", choices=["local", "ray"], default="local", help="local processes or Ray actors")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {platform.system()}, python {platform.python_version()}")
    run_scale(args.articles) if args.mode == "scale" else run_real(args.articles, args.workers, args.engine)


if __name__ == "__main__":
    main()
