"""Benchmark input: distinct ~600-word news articles in storywire's languages.

With the shared evaluation data present (`../shared/data`), each article joins real news texts
of one language from the SemEval-2022 Task 8 sample (read at run time, never copied): en, de,
es, pl, zh, it, fr, ar, ru. Without it, the demo corpus's paragraphs are recombined. Every
article's text is distinct, so that duplicate detection does not skip work and flatter the figures.
"""

from __future__ import annotations

import csv
import random
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from storywire.ingest.sources import read_inputs
from storywire.model import Article

ROOT = Path(__file__).resolve().parent.parent
SEMEVAL = ROOT.parent / "shared" / "data" / "semeval2022-task8" / "train.csv"
DEMO = ROOT / "src" / "storywire" / "demo" / "corpus"
START = date(2024, 1, 1)
PER_DAY = 50  # a stream of 50 articles a day, so that the clusterer's time window moves
LANGUAGES = ("en", "de", "es", "pl", "zh", "it", "fr", "ar", "ru")


def _semeval_pools() -> dict[str, list[str]]:
    csv.field_size_limit(1 << 27)
    pools: dict[str, set[str]] = defaultdict(set)
    with SEMEVAL.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for side in ("1", "2"):
                text = row[f"text{side}"].strip()
                if row[f"lang{side}"] in LANGUAGES and len(text) > 200:
                    pools[row[f"lang{side}"]].add(text)
    return {language: sorted(texts) for language, texts in pools.items()}


def _demo_pools() -> dict[str, list[str]]:
    pools: dict[str, list[str]] = defaultdict(list)
    for item in read_inputs([str(DEMO)]):
        if isinstance(item, Article):
            paragraphs = [p for p in item.raw.split("\n\n") if p.strip()]
            pools[Path(item.origin).name[:2]].extend(paragraphs)
    return dict(pools)


def _size(text: str, language: str) -> int:
    """Words, or for Chinese (no spaces) characters / 1.7, about the words of a translation."""
    return int(len(text) / 1.7) if language == "zh" else len(text.split())


def news_articles(count: int, words: int = 600, seed: int = 11) -> list[Article]:
    """`count` distinct articles of about `words` words, languages in turn."""
    pools = _semeval_pools() if SEMEVAL.exists() else _demo_pools()
    languages = sorted(pools)
    rng = random.Random(seed)
    made: list[Article] = []
    seen: set[str] = set()
    attempts = 0
    while len(made) < count:
        attempts += 1
        if attempts > 50 * count:
            raise RuntimeError(f"cannot make {count} distinct articles from the available texts")
        language = languages[len(made) % len(languages)]
        pool = pools[language]
        parts: list[str] = []
        while sum(_size(p, language) for p in parts) < words and len(parts) < len(pool):
            parts.append(pool[rng.randrange(len(pool))])
        raw = "\n\n".join(parts)
        if raw in seen:
            continue
        seen.add(raw)
        published = START + timedelta(days=len(made) // PER_DAY)
        made.append(Article(id=f"b{len(made)}", raw=raw, origin=f"bench/{language}/{len(made)}", published=published))
    return made
