"""Throughput of the analysis stages on ~600-word news articles (see corpus.py).

    .venv/bin/python benchmarks/bench_analysis.py [--articles 200] [--workers 2] [--embed]

Reports articles/s for the whole per-article analysis (clean → link) in this process, with a
per-stage breakdown; with --workers N, also the throughput of N analysis processes (linking
stays in this process, as in an ingest); with --embed, the encoder too. Models are loaded (and
timed) before the clock starts.
"""

from __future__ import annotations

import argparse
import platform
import time
from collections import defaultdict

from corpus import news_articles
from threadpoolctl import threadpool_limits

from storywire.model import Article
from storywire.pipeline import prepare
from storywire.stages.dates import normalise_dates
from storywire.stages.embed import E5Embedder, embed
from storywire.stages.entities import extract_entities
from storywire.stages.language import detect_language
from storywire.stages.link import EntityRegistry, link_all
from storywire.stages.sentences import split_sentences
from storywire.stages.title import infer_title
from storywire.workers import Analyser

STAGES = [prepare, detect_language, split_sentences, infer_title, normalise_dates, extract_entities]


def warm_up() -> None:
    """Load every model and table once (the gazetteer of places alone takes ~3 s) before timing."""
    articles = news_articles(20, seed=99)
    for article in articles:
        for stage in STAGES:
            stage(article)
    link_all(articles, EntityRegistry())


def in_process(articles: list[Article]) -> float:
    spent: dict[str, float] = defaultdict(float)
    clock = time.perf_counter()
    for article in articles:
        for stage in STAGES:
            t = time.perf_counter()
            stage(article)
            spent[stage.__name__] += time.perf_counter() - t
    t = time.perf_counter()
    link_all(articles, EntityRegistry())
    spent["link"] += time.perf_counter() - t
    elapsed = time.perf_counter() - clock
    for name, seconds in spent.items():
        print(f"  {name:<18} {1000 * seconds / len(articles):7.2f} ms/article")
    print(f"analysis without embedding, 1 process: {len(articles) / elapsed:.1f} articles/s")
    return elapsed


def in_workers(articles: list[Article], workers: int) -> None:
    warm = news_articles(9, seed=98)  # one article in each language
    for article in warm:
        prepare(article)
    analyser = Analyser(workers, pool_after=0, warm_with=warm)  # every worker loads every model first
    analyser.submit(warm[:workers]).result()
    size = 32
    clock = time.perf_counter()
    registry = EntityRegistry()
    pending = None
    for start in range(0, len(articles), size):
        batch = articles[start : start + size]
        for article in batch:
            prepare(article)
        submitted = analyser.submit(batch)
        if pending is not None:
            link_all(pending.result(), registry)
        pending = submitted
    if pending is not None:
        link_all(pending.result(), registry)
    elapsed = time.perf_counter() - clock
    analyser.close()
    print(f"analysis without embedding, {workers} worker processes: {len(articles) / elapsed:.1f} articles/s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--workers", type=int, default=0, help="also measure N analysis processes")
    parser.add_argument("--embed", action="store_true")
    args = parser.parse_args()
    # One core per process, as in the ingest workers: a BLAS team would lend the single-process
    # figure the second core.
    threadpool_limits(1)
    started = time.perf_counter()
    warm_up()
    print(f"model loading and warm-up: {time.perf_counter() - started:.1f} s")
    articles = news_articles(args.articles)
    words = sum(len(a.raw.split()) for a in articles) / len(articles)
    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, python {platform.python_version()}")
    print(f"{len(articles)} articles, {words:.0f} words on average")
    analysis = in_process(articles)
    if args.embed:
        encoder = E5Embedder()
        encoder.embed(["warm-up: load the encoder outside the timing"])
        t = time.perf_counter()
        for start in range(0, len(articles), 32):
            embed(articles[start : start + 32], encoder)
        seconds = time.perf_counter() - t
        print(f"  {'embed (e5)':<18} {1000 * seconds / len(articles):7.2f} ms/article")
        print(f"analysis with embedding, 1 process: {len(articles) / (analysis + seconds):.1f} articles/s")
    if args.workers > 1:
        in_workers(news_articles(args.articles), args.workers)


if __name__ == "__main__":
    main()
