"""Throughput of the analysis stages on ~600-word articles built from the demo corpus.

    .venv/bin/python benchmarks/bench_analysis.py [--articles 200] [--embed]

Reports articles/s for the whole per-article analysis (clean → link) and, with --embed, for the
encoder too, with a per-stage breakdown. Models are loaded (and timed) before the clock starts.
"""

from __future__ import annotations

import argparse
import itertools
import platform
import time
from collections import defaultdict
from pathlib import Path

from storywire.ingest.sources import read_inputs
from storywire.model import Article
from storywire.stages.clean import clean
from storywire.stages.dates import normalise_dates
from storywire.stages.embed import E5Embedder, embed
from storywire.stages.entities import extract_entities
from storywire.stages.language import detect_language
from storywire.stages.link import EntityRegistry, link_all
from storywire.stages.sentences import split_sentences
from storywire.stages.title import infer_title

DEMO = Path(__file__).resolve().parent.parent / "src" / "storywire" / "demo" / "corpus"
STAGES = [clean, detect_language, split_sentences, infer_title, normalise_dates, extract_entities]


def synthetic_articles(count: int, words: int = 600) -> list[Article]:
    """Articles of about `words` words: demo texts of one language concatenated, so each stays monolingual."""
    sources = [item for item in read_inputs([str(DEMO)]) if isinstance(item, Article)]
    by_language: dict[str, list[Article]] = defaultdict(list)
    for source in sources:
        by_language[source.origin.split("/")[-1][:2]].append(source)
    pools = [itertools.cycle(group) for group in by_language.values() if len(group) > 2]
    made = []
    for number in range(count):
        pool = pools[number % len(pools)]
        parts, first = [], next(pool)
        parts.append(first.raw)
        while sum(len(p.split()) for p in parts) < words:
            parts.append(next(pool).raw)
        made.append(Article(id=f"b{number}", raw="\n\n".join(parts), published=first.published))
    return made


def warm_up() -> None:
    for article in synthetic_articles(10):
        for stage in STAGES:
            stage(article)
    link_all([], EntityRegistry())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--embed", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    warm_up()
    print(f"model loading and warm-up: {time.perf_counter() - started:.1f} s")
    articles = synthetic_articles(args.articles)
    words = sum(len(a.raw.split()) for a in articles) / len(articles)
    spent: dict[str, float] = defaultdict(float)
    registry = EntityRegistry()
    clock = time.perf_counter()
    for article in articles:
        for stage in STAGES:
            t = time.perf_counter()
            stage(article)
            spent[stage.__name__] += time.perf_counter() - t
    t = time.perf_counter()
    link_all(articles, registry)
    spent["link"] += time.perf_counter() - t
    analysis = time.perf_counter() - clock
    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, python {platform.python_version()}")
    print(f"{len(articles)} articles, {words:.0f} words on average")
    for name, seconds in spent.items():
        print(f"  {name:<18} {1000 * seconds / len(articles):7.2f} ms/article")
    print(f"analysis without embedding: {len(articles) / analysis:.1f} articles/s")
    if args.embed:
        encoder = E5Embedder()
        t = time.perf_counter()
        for start in range(0, len(articles), 32):
            embed(articles[start : start + 32], encoder)
        seconds = time.perf_counter() - t
        print(f"  {'embed (e5)':<18} {1000 * seconds / len(articles):7.2f} ms/article")
        print(f"analysis with embedding: {len(articles) / (analysis + seconds):.1f} articles/s")


if __name__ == "__main__":
    main()


